package org.kbbx.reporting.report;

import java.time.LocalDate;
import java.util.Objects;
import org.kbbx.core.id.ResidentId;

/**
 * A child placed in home education (送教上门, R-LED-6) by a school over a period.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param residentId the child, never null
 * @param school the school delivering the visits, never null
 * @param from the first day of the placement, never null
 * @param until the last day of the placement, or null while it continues
 */
public record HomeEducationPlacement(
    ResidentId residentId, String school, LocalDate from, LocalDate until) {

  /** Checks the components. */
  public HomeEducationPlacement {
    Objects.requireNonNull(residentId, "residentId");
    Objects.requireNonNull(school, "school");
    Objects.requireNonNull(from, "from");
    if (until != null && until.isBefore(from)) {
      throw new IllegalArgumentException(
          "Invalid placement of " + residentId + ": until " + until + " is before from " + from);
    }
  }
}

package org.kbbx.reporting.report;

import java.time.LocalDate;
import java.util.Objects;
import org.kbbx.core.id.ResidentId;

/**
 * A week in which a home-education child had fewer visits than required (R-LED-6).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param residentId the child, never null
 * @param school the school delivering the visits, never null
 * @param weekStart the week's Monday, never null
 * @param visits the visits made that week, fewer than required
 */
public record VisitShortfall(
    ResidentId residentId, String school, LocalDate weekStart, int visits) {

  /** Checks that no component is null. */
  public VisitShortfall {
    Objects.requireNonNull(residentId, "residentId");
    Objects.requireNonNull(school, "school");
    Objects.requireNonNull(weekStart, "weekStart");
  }
}

package org.kbbx.reporting.rate;

import java.util.Objects;
import org.kbbx.core.division.DivisionCode;

/**
 * A school as the unit of enrolment-side counts: its identifier and the division it lies in, which
 * its counts roll up through (R-RATE-4).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the school's identifier (for example its 学校标识码), not blank
 * @param division the division the school lies in, not null
 */
public record SchoolRef(String id, DivisionCode division) {

  /** Creates a school reference. */
  public SchoolRef {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(division, "division");
    if (id.isBlank()) {
      throw new IllegalArgumentException("Invalid school id: must not be blank");
    }
  }

  /**
   * Returns the school {@code id} in {@code division}.
   *
   * @param id not blank
   * @param division not null
   * @return the reference
   */
  public static SchoolRef of(String id, DivisionCode division) {
    return new SchoolRef(id, division);
  }
}

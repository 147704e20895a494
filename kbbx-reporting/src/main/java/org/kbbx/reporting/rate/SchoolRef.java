package org.kbbx.reporting.rate;

import java.util.Objects;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.SchoolId;

/**
 * A school as the unit of enrolment-side counts: its identifier and the division it lies in, which
 * its counts roll up through (R-RATE-4).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the school's identifier (for example its 学校标识码), not null
 * @param division the division the school lies in, not null
 */
public record SchoolRef(SchoolId id, DivisionCode division) {

  /** Creates a school reference. */
  public SchoolRef {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(division, "division");
  }

  /**
   * Returns the school {@code id} in {@code division}.
   *
   * @param id not null
   * @param division not null
   * @return the reference
   */
  public static SchoolRef of(SchoolId id, DivisionCode division) {
    return new SchoolRef(id, division);
  }

  /**
   * Returns the school with code {@code code} in {@code division}.
   *
   * @param code the school code, not blank
   * @param division not null
   * @return the reference
   */
  public static SchoolRef of(String code, DivisionCode division) {
    return new SchoolRef(SchoolId.of(code), division);
  }
}

package org.kbbx.core.responsibility;

import java.util.Objects;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;

/**
 * Where a student sits on the two lines: the household's village (government line) and the school
 * attended (education line), and whether the student needs a teacher guarantor (R-RC-5).
 *
 * <p>{@code guaranteeRequired} is true for at-risk and priority students (R-GRP-1, R-LED-3); the
 * embedding system decides it from the full student record, which lives elsewhere.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param student the student, not null
 * @param household the household's village or community, a village-level code, not null
 * @param school the school attended, not null
 * @param guaranteeRequired whether the coverage check requires a teacher guarantor
 */
public record StudentPlacement(
    StudentId student, DivisionCode household, SchoolId school, boolean guaranteeRequired) {

  /** Checks that every part is present. */
  public StudentPlacement {
    Objects.requireNonNull(student, "student");
    Objects.requireNonNull(household, "household");
    Objects.requireNonNull(school, "school");
  }
}

package org.kbbx.rules.obligation;

import java.time.LocalDate;
import java.util.Objects;
import org.kbbx.core.id.StudentId;

/**
 * A home-educated student (送教上门) who had fewer visits in a week than the profile requires
 * (R-LED-6).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param student the student, not null
 * @param weekStart the Monday of the week, not null
 * @param visits the visits recorded that week, at least 0
 * @param required the visits required, at least 1
 */
public record HomeEducationShortfall(
    StudentId student, LocalDate weekStart, int visits, int required) {

  /** Creates a shortfall. */
  public HomeEducationShortfall {
    Objects.requireNonNull(student, "student");
    Objects.requireNonNull(weekStart, "weekStart");
  }
}

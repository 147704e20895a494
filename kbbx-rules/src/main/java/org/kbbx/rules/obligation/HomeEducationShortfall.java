package org.kbbx.rules.obligation;

import java.time.LocalDate;
import java.util.Objects;
import org.kbbx.core.mask.IdMask;

/**
 * A home-educated student (送教上门) who had fewer visits in a week than the profile requires
 * (R-LED-6).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param studentId the student, not null
 * @param weekStart the Monday of the week, not null
 * @param visits the visits recorded that week, at least 0
 * @param required the visits required, at least 1
 */
public record HomeEducationShortfall(
    String studentId, LocalDate weekStart, int visits, int required) {

  /** Creates a shortfall. */
  public HomeEducationShortfall {
    Objects.requireNonNull(studentId, "studentId");
    Objects.requireNonNull(weekStart, "weekStart");
  }

  /** Returns this HomeEducationShortfall with the student id masked by the one rule (R-ID-5). */
  @Override
  public String toString() {
    return "HomeEducationShortfall[studentId=" + IdMask.mask(studentId) + ", weekStart=" + weekStart + ", visits=" + visits + ", required=" + required + "]";
  }
}

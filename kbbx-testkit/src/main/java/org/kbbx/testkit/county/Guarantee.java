package org.kbbx.testkit.county;

import java.util.Objects;

/**
 * A guarantee assignment (包保, R-RC-4): a teacher looks after a student.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param teacherId the guarantor's staff id, not null
 * @param studentId the student's number, not null
 */
public record Guarantee(String teacherId, String studentId) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public Guarantee {
    Objects.requireNonNull(teacherId, "teacherId");
    Objects.requireNonNull(studentId, "studentId");
  }
}

package org.kbbx.rules.accountability;

import io.vavr.control.Option;
import java.util.Objects;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.responsibility.WorkFailure;

/**
 * One failure charged to a unit or person in a school year (R-RC-17): its cause, what happened and,
 * where a child is behind it, the child.
 *
 * <p>Evidence prints the child only through {@link StudentId#toString()}, which masks the key
 * (R-ID-5).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param cause the cause, not null
 * @param detail what happened, for example {@code 第37周零报告 due 2023-11-09, received 2023-11-13};
 *     no child's identifier, not null
 * @param student the child behind the failure, or none
 */
public record UnitFailure(WorkFailure cause, String detail, Option<StudentId> student) {

  /** Checks that every part is present. */
  public UnitFailure {
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(student, "student");
  }

  /**
   * Returns a failure with no child behind it.
   *
   * @param cause the cause
   * @param detail what happened
   * @return the failure
   */
  public static UnitFailure of(WorkFailure cause, String detail) {
    return new UnitFailure(cause, detail, Option.none());
  }

  /**
   * Returns a failure about one child.
   *
   * @param cause the cause
   * @param detail what happened
   * @param student the child
   * @return the failure
   */
  public static UnitFailure about(WorkFailure cause, String detail, StudentId student) {
    return new UnitFailure(cause, detail, Option.some(Objects.requireNonNull(student, "student")));
  }

  /** Returns the evidence line: cause label, detail and the masked child, if any. */
  @Override
  public String toString() {
    return cause.chineseLabel() + ": " + detail
        + student.map(s -> " (" + s + ")").getOrElse("");
  }
}

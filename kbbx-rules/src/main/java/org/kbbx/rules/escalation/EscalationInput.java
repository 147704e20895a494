package org.kbbx.rules.escalation;

import java.time.LocalDate;
import java.util.Objects;
import org.kbbx.core.id.StudentId;

/**
 * One dated fact about one student that the escalation engine consumes (R-ABS-1..4).
 *
 * <p>A closed family: an attendance mark, an explicit return to school (返校复学), or an explicit
 * dropout confirmation (for profiles whose dropout needs one). Implementations are immutable and
 * thread-safe.
 */
public sealed interface EscalationInput {

  /**
   * Returns the student.
   *
   * @return never null
   */
  StudentId studentId();

  /**
   * Returns the date the fact is about.
   *
   * @return never null
   */
  LocalDate date();

  /**
   * An attendance mark.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param studentId the student, not null
   * @param date the day, not null
   * @param kind absent without reason, excused, or present; not null
   */
  record Mark(StudentId studentId, LocalDate date, MarkKind kind) implements EscalationInput {
    /** Creates a mark. */
    public Mark {
      requireStudent(studentId);
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(kind, "kind");
    }
  }

  /**
   * An explicit return to school (返校复学): the only way back from suspected or dropped out.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param studentId the student, not null
   * @param date the day of return, not null
   */
  record Return(StudentId studentId, LocalDate date) implements EscalationInput {
    /** Creates a return. */
    public Return {
      requireStudent(studentId);
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * An explicit confirmation that a suspected dropout has dropped out (HEZHANG_2018, R-ABS-3).
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param studentId the student, not null
   * @param date the day of the confirmation, not null
   */
  record DropoutConfirmation(StudentId studentId, LocalDate date) implements EscalationInput {
    /** Creates a confirmation. */
    public DropoutConfirmation {
      requireStudent(studentId);
      Objects.requireNonNull(date, "date");
    }
  }

  private static void requireStudent(StudentId studentId) {
    Objects.requireNonNull(studentId, "studentId");
  }
}

package org.kbbx.rules.file;

import java.time.LocalDate;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.rules.casework.CaseEvent;
import org.kbbx.rules.escalation.EscalationInput;

/**
 * One input of a student file (R-FILE-1): a status event, a daily attendance mark, or a
 * return-persuasion case event, each for one student on one date.
 *
 * <p>A closed family. The components may be null: a {@link FileKeeper} answers a null input or a
 * null part with a typed {@link FileRejection} (R-FILE-5), never an exception.
 * Implementations are immutable and thread-safe.
 */
public sealed interface FileInput {

  /**
   * Returns the student the input is about.
   *
   * @return the student, or null when the input does not name one
   */
  StudentId student();

  /**
   * Returns the date the input is about (an event's effective date, a mark's day, a case event's
   * day).
   *
   * @return the date, or null when the input has none
   */
  LocalDate date();

  /**
   * Returns a status-event input.
   *
   * @param event the core status event, may be null (rejected)
   * @return the input
   */
  static FileInput of(StatusEvent event) {
    return new Status(event);
  }

  /**
   * Returns an attendance-mark input.
   *
   * @param mark the mark, may be null (rejected)
   * @return the input
   */
  static FileInput of(EscalationInput.Mark mark) {
    return new Attendance(mark);
  }

  /**
   * Returns a case-event input: a step taken, an exclusion or ageing out. A return (返校复学) is
   * a {@code RETURN} status event, not a case event.
   *
   * @param student the student, may be null (rejected)
   * @param event the case event, may be null (rejected)
   * @return the input
   */
  static FileInput of(StudentId student, CaseEvent event) {
    return new Casework(student, event);
  }

  /**
   * A status event (学籍/在读状态 event, docs/rules.md §4) for the student's timeline.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param event the event, may be null
   */
  record Status(StatusEvent event) implements FileInput {
    @Override
    public StudentId student() {
      return event == null ? null : event.student();
    }

    @Override
    public LocalDate date() {
      return event == null ? null : event.effectiveDate();
    }

    /** Returns a short form without the student's id (PIPL). */
    @Override
    public String toString() {
      return event == null ? "Status[null]" : "Status[" + event.type() + " " + date() + "]";
    }
  }

  /**
   * A daily attendance mark (R-ABS-1).
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param mark the mark, may be null
   */
  record Attendance(EscalationInput.Mark mark) implements FileInput {
    @Override
    public StudentId student() {
      return mark == null ? null : mark.studentId();
    }

    @Override
    public LocalDate date() {
      return mark == null ? null : mark.date();
    }

    /** Returns a short form without the student's id (PIPL). */
    @Override
    public String toString() {
      return mark == null ? "Attendance[null]" : "Attendance[" + mark.kind() + " " + date() + "]";
    }
  }

  /**
   * A return-persuasion case event (R-CASE-1..4) for the case open on its date.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param student the student, may be null
   * @param event the case event, may be null
   */
  record Casework(StudentId student, CaseEvent event) implements FileInput {
    @Override
    public LocalDate date() {
      return event == null ? null : event.on();
    }

    /** Returns a short form without the student's id (PIPL). */
    @Override
    public String toString() {
      return event == null ? "Casework[null]" : "Casework[" + event.target() + " " + date() + "]";
    }
  }
}

package org.kbbx.rules.file;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.core.status.StatusSpan;
import org.kbbx.core.status.TimelineOrder;
import org.kbbx.rules.casework.CaseEvent;
import org.kbbx.rules.escalation.Alert;
import org.kbbx.rules.escalation.EscalationInput;
import org.kbbx.rules.escalation.StudentEscalation;

/**
 * One student's file as plain data (一生一档, R-FILE-1, R-FILE-3): the inputs the file holds, in a
 * canonical order, and what the absence escalation derived from them up to {@link
 * Derived#through()}.
 *
 * <p>A file is a value: records and sequences of values, with no rules inside, so a vendor can
 * write it to its own store and read it back to an equal file ({@link #equals}); the rules live
 * in the {@link FileKeeper} that made it. The same inputs, in any arrival order, give an equal
 * file. Build one through a {@link FileKeeper}, or restore one from stored data with the
 * canonical constructor.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param student the student, not null
 * @param events the status events held, ordered by (effective date, sequence, id), not null
 * @param marks the attendance marks held, one per day, in date order, not null
 * @param caseEvents the case events held, ordered by (date, type), not null
 * @param derived what the escalation derived from these inputs, not null
 */
public record StudentFile(
    StudentId student,
    Seq<StatusEvent> events,
    Seq<EscalationInput.Mark> marks,
    Seq<CaseEvent> caseEvents,
    Derived derived) {

  /** The order of a file's status events: that of the student's timeline (R-SM-4). */
  static final Comparator<StatusEvent> EVENT_ORDER = TimelineOrder.ORDER;

  /** The order of a file's case events: by date, then by step order (steps move forward). */
  static final Comparator<CaseEvent> CASE_ORDER =
      Comparator.comparing(CaseEvent::on).thenComparing(CaseEvent::target);

  /** Checks the parts and keeps the sequences as vectors. */
  public StudentFile {
    Objects.requireNonNull(student, "student");
    events = Vector.ofAll(Objects.requireNonNull(events, "events"));
    marks = Vector.ofAll(Objects.requireNonNull(marks, "marks"));
    caseEvents = Vector.ofAll(Objects.requireNonNull(caseEvents, "caseEvents"));
    Objects.requireNonNull(derived, "derived");
  }

  /**
   * Returns the empty file of a student: no input, nothing derived.
   *
   * @param student the student, not null
   * @return the empty file
   */
  public static StudentFile empty(StudentId student) {
    return new StudentFile(
        student, Vector.empty(), Vector.empty(), Vector.empty(), Derived.NOTHING);
  }

  /**
   * Returns the date of the latest status event or mark, if any.
   *
   * @return the date
   */
  public Option<LocalDate> latestInput() {
    LocalDate latest = null;
    if (!events.isEmpty()) {
      latest = events.last().effectiveDate();
    }
    if (!marks.isEmpty() && (latest == null || marks.last().date().isAfter(latest))) {
      latest = marks.last().date();
    }
    return Option.of(latest);
  }

  /**
   * What the absence escalation derived from a file's inputs up to a day, kept so that the next
   * day's marks cost only the new marks (R-FILE-3, R-FILE-4).
   *
   * <p>{@code through} is the date of the file's latest status event or mark, or, when a dropout
   * rule came due after it and on or before the county's day, that due day. This class is
   * immutable and thread-safe.
   *
   * @param through the last day derived, empty for a file with no input
   * @param escalation the escalation state at the end of {@code through}
   * @param alerts the alerts raised up to {@code through}, in order
   * @param events the derived status events up to {@code through} ({@code MARK_SUSPECTED},
   *     {@code AUTOMATIC_DROPOUT}), with stable ids
   * @param baseSpans the spans of the timeline of the file's own status events, which say on
   *     which days the student is expected at school (R-FILE-2)
   * @param dropoutDue the day the dropout rule (R-ABS-3) comes due, while it is pending
   */
  public record Derived(
      Option<LocalDate> through,
      StudentEscalation escalation,
      Seq<Alert> alerts,
      Seq<StatusEvent> events,
      Seq<StatusSpan> baseSpans,
      Option<LocalDate> dropoutDue) {

    static final Derived NOTHING = new Derived(
        Option.none(),
        StudentEscalation.attending(),
        Vector.empty(),
        Vector.empty(),
        Vector.empty(),
        Option.none());

    /** Checks the parts and keeps the sequences as vectors. */
    public Derived {
      Objects.requireNonNull(through, "through");
      Objects.requireNonNull(escalation, "escalation");
      alerts = Vector.ofAll(Objects.requireNonNull(alerts, "alerts"));
      events = Vector.ofAll(Objects.requireNonNull(events, "events"));
      baseSpans = Vector.ofAll(Objects.requireNonNull(baseSpans, "baseSpans"));
      Objects.requireNonNull(dropoutDue, "dropoutDue");
    }

    /** Returns a short form without the student's id (PIPL). */
    @Override
    public String toString() {
      return "Derived[through " + through.getOrNull() + ", " + escalation.status() + ", "
          + alerts.size() + " alerts, " + events.size() + " events]";
    }
  }

  /** Returns a short form without the student's id (PIPL). */
  @Override
  public String toString() {
    return "StudentFile[" + events.size() + " events, " + marks.size() + " marks, "
        + caseEvents.size() + " case events, through " + derived.through().getOrNull() + "]";
  }
}

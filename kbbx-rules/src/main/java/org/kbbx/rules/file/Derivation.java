package org.kbbx.rules.file;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.status.EntryOutcome;
import org.kbbx.core.status.EventType;
import org.kbbx.core.status.SchoolingState;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.core.status.StatusSpan;
import org.kbbx.core.status.StudentTimeline;
import org.kbbx.core.status.TimelineEntry;
import org.kbbx.rules.escalation.AbsenceEscalation;
import org.kbbx.rules.escalation.Alert;
import org.kbbx.rules.escalation.EscalationInput;
import org.kbbx.rules.escalation.EscalationStep;
import org.kbbx.rules.escalation.MarkKind;
import org.kbbx.rules.escalation.StudentEscalation;

/**
 * The one replay of a student's escalation (R-ABS-1..4 under R-FILE-2) and its extension by one
 * later mark; both give the same {@link StudentFile.Derived} for the same inputs (R-FILE-3).
 */
final class Derivation {

  private Derivation() {}

  /**
   * A derivation and the timeline of the file's own events it was made with; {@code spanReads}
   * counts the spans read to classify the marks (the complexity guard's count, §11).
   */
  record Run(StudentFile.Derived derived, StudentTimeline base, long spanReads) {}

  /**
   * Whether a student in this state is expected at school, so that an absence mark counts
   * (R-FILE-2): attending, borrowed (借读, attends another school), in a special school, or
   * already suspected or dropped out. Every other state (on leave, suspended, home education,
   * studying elsewhere, abroad, not enrolled, ...) makes a mark excused.
   */
  static boolean expectedAtSchool(SchoolingState state) {
    switch (state) {
      case ATTENDING:
      case BORROWED:
      case SPECIAL_SCHOOL:
      case SUSPECTED_DROPOUT:
      case DROPPED_OUT:
        return true;
      default:
        return false;
    }
  }

  /** The schooling state at the end of {@code date} by the spans of the file's own events. */
  static SchoolingState baseState(Seq<StatusSpan> spans, LocalDate date) {
    for (int i = spans.size() - 1; i >= 0; i--) {
      StatusSpan span = spans.get(i);
      if (!span.from().isAfter(date)) {
        return span.state();
      }
    }
    return SchoolingState.NOT_ENROLLED;
  }

  /** The mark as the escalation takes it: excused on a day the student is not expected. */
  static EscalationInput.Mark classify(Seq<StatusSpan> spans, EscalationInput.Mark mark) {
    if (mark.kind() == MarkKind.EXCUSED || expectedAtSchool(baseState(spans, mark.date()))) {
      return mark;
    }
    return new EscalationInput.Mark(mark.studentId(), mark.date(), MarkKind.EXCUSED);
  }

  /**
   * Replays a student's escalation from the start up to the end of {@code through}: the
   * timeline's {@code RETURN} and {@code CONFIRM_DROPOUT} events (not retracted) and the marks,
   * by date, a day's events before its marks.
   */
  static Run derive(
      FileKeeper keeper,
      StudentId student,
      Seq<StatusEvent> events,
      Seq<EscalationInput.Mark> marks,
      LocalDate through) {
    return derive(
        keeper,
        student,
        StudentTimeline.of(student, keeper.machine()).withAll(events),
        marks,
        through);
  }

  /** As {@link #derive(FileKeeper, StudentId, Seq, Seq, LocalDate)}, from the events' timeline. */
  static Run derive(
      FileKeeper keeper,
      StudentId student,
      StudentTimeline base,
      Seq<EscalationInput.Mark> marks,
      LocalDate through) {
    Seq<StatusSpan> spans = base.spans();
    if (through == null) {
      return new Run(
          new StudentFile.Derived(
              Option.none(),
              StudentEscalation.attending(),
              Vector.empty(),
              Vector.empty(),
              spans,
              Option.none()),
          base,
          0);
    }
    AbsenceEscalation engine = keeper.escalation();
    Collector out = new Collector(engine, student, StudentEscalation.attending());
    Vector<EscalationInput> fromEvents = Vector.empty();
    Seq<TimelineEntry> entries = base.entries();
    // Usually every event is on or before through: then no entry's date need be read.
    boolean allBy = entries.isEmpty() || !entries.last().event().effectiveDate().isAfter(through);
    for (TimelineEntry entry : entries) {
      if (!allBy && entry.event().effectiveDate().isAfter(through)) {
        break;
      }
      EscalationInput input =
          entry.outcome() == EntryOutcome.RETRACTED ? null : escalationInput(entry.event());
      if (input != null) {
        fromEvents = fromEvents.append(input);
      }
    }
    SpanCursor cursor = new SpanCursor(spans);
    int e = 0;
    int m = 0;
    while (true) {
      boolean eventLeft = e < fromEvents.size();
      boolean markLeft = m < marks.size() && !marks.get(m).date().isAfter(through);
      if (eventLeft
          && (!markLeft || !fromEvents.get(e).date().isAfter(marks.get(m).date()))) {
        out.take(fromEvents.get(e++));
      } else if (markLeft) {
        out.take(cursor.classify(marks.get(m++)));
      } else {
        break;
      }
    }
    out.advance(through);
    return new Run(out.derived(Option.some(through), spans), base, cursor.reads());
  }

  private static EscalationInput escalationInput(StatusEvent event) {
    if (event.type() == EventType.RETURN) {
      return new EscalationInput.Return(event.student(), event.effectiveDate());
    }
    if (event.type() == EventType.CONFIRM_DROPOUT) {
      return new EscalationInput.DropoutConfirmation(event.student(), event.effectiveDate());
    }
    return null;
  }

  /**
   * Extends a derivation by one mark dated after its {@code through}; equal to {@link #derive}
   * with the mark added.
   */
  static StudentFile.Derived extend(
      FileKeeper keeper, StudentId student, StudentFile.Derived d, EscalationInput.Mark mark) {
    Collector out = new Collector(keeper.escalation(), student, d.escalation());
    out.take(classify(d.baseSpans(), mark));
    out.advance(mark.date());
    return out.appendTo(d, mark.date());
  }

  /**
   * Runs a pending dropout rule (R-ABS-3) that comes due after {@code through} and on or before
   * {@code day}; the derivation is unchanged otherwise.
   */
  static StudentFile.Derived extendToDue(
      FileKeeper keeper, StudentId student, StudentFile.Derived d, LocalDate day) {
    if (d.dropoutDue().isEmpty()
        || d.dropoutDue().get().isAfter(day)
        || (d.through().isDefined() && !d.dropoutDue().get().isAfter(d.through().get()))) {
      return d;
    }
    LocalDate due = d.dropoutDue().get();
    Collector out = new Collector(keeper.escalation(), student, d.escalation());
    out.advance(due);
    return out.appendTo(d, due);
  }

  /** What one stretch of escalation produced. */
  private static final class Collector {
    private final AbsenceEscalation engine;
    private final StudentId student;
    private StudentEscalation state;
    private Vector<Alert> alerts = Vector.empty();
    private Vector<StatusEvent> events = Vector.empty();

    Collector(AbsenceEscalation engine, StudentId student, StudentEscalation state) {
      this.engine = engine;
      this.student = student;
      this.state = state;
    }

    void take(EscalationInput input) {
      engine.advance(student, state, input.date().minusDays(1)).forEach(this::collect);
      // A return for a student the escalation has attending is not applicable: the timeline
      // reports the event's own outcome.
      engine.apply(state, input).forEach(this::collect);
    }

    void advance(LocalDate day) {
      engine.advance(student, state, day).forEach(this::collect);
    }

    private void collect(EscalationStep step) {
      state = step.state();
      if (!step.alerts().isEmpty()) {
        alerts = alerts.appendAll(step.alerts());
      }
      if (!step.events().isEmpty()) {
        events = events.appendAll(step.events());
      }
    }

    StudentFile.Derived derived(Option<LocalDate> through, Seq<StatusSpan> spans) {
      return new StudentFile.Derived(
          through, state, alerts, events, spans, engine.dropoutDue(state));
    }

    StudentFile.Derived appendTo(StudentFile.Derived d, LocalDate through) {
      return new StudentFile.Derived(
          Option.some(through),
          state,
          alerts.isEmpty() ? d.alerts() : d.alerts().appendAll(alerts),
          events.isEmpty() ? d.events() : d.events().appendAll(events),
          d.baseSpans(),
          engine.dropoutDue(state));
    }
  }
}

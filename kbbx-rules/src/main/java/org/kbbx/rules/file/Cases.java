package org.kbbx.rules.file;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.responsibility.Role;
import org.kbbx.core.status.SchoolingState;
import org.kbbx.core.status.StatusSpan;
import org.kbbx.core.status.StudentTimeline;
import org.kbbx.rules.casework.CaseEvent;
import org.kbbx.rules.casework.CaseMachine;
import org.kbbx.rules.casework.Evidence;
import org.kbbx.rules.casework.RejectedCaseEvent;
import org.kbbx.rules.casework.ReturnCase;
import org.kbbx.rules.escalation.EvidenceKind;

/**
 * A student's return-persuasion cases (一生一案, R-CASE-1..4) from her full timeline: a case opens
 * on the first day she is suspected or dropped out, is open until the day she is in another state
 * (not included), and ends as returned when that state is attending. Each case event goes to the
 * case open on its date; one dated when no case is open is {@link FileRefusal#NO_OPEN_CASE}
 * (R-FILE-2). Linear in the spans and case events.
 */
final class Cases {

  private Cases() {}

  /** The cases as of a date and the case events that were not taken. */
  record Run(Seq<FileCase> cases, Seq<FileRejection> rejections) {}

  static Run of(
      FileKeeper keeper,
      StudentId student,
      StudentTimeline timeline,
      Seq<CaseEvent> events,
      LocalDate asOf) {
    CaseMachine machine = keeper.caseMachine();
    Vector<FileCase> cases = Vector.empty();
    Vector<FileRejection> rejections = Vector.empty();
    int next = 0;
    LocalDate opened = null;
    for (StatusSpan span : timeline.spans()) {
      if (span.from().isAfter(asOf)) {
        break;
      }
      boolean out = span.state() == SchoolingState.SUSPECTED_DROPOUT
          || span.state() == SchoolingState.DROPPED_OUT;
      if (out && opened == null) {
        opened = span.from();
      } else if (!out && opened != null) {
        Taken taken = take(machine, student, events, next, opened, span.from(), rejections);
        next = taken.next;
        rejections = taken.rejections;
        ReturnCase c = taken.returnCase;
        if (span.state() == SchoolingState.ATTENDING) {
          c = machine.record(
              c,
              new CaseEvent.Return(
                  span.from(),
                  Role.SCHOOL,
                  Evidence.of(EvidenceKind.RETURN_RECORD, "status timeline " + span.from())));
        }
        cases = cases.append(view(keeper, student, c, asOf));
        opened = null;
      }
    }
    if (opened != null) {
      // the day after asOf; on LocalDate.MAX, which has none, MAX itself (R-SM-2)
      LocalDate after = asOf.equals(LocalDate.MAX) ? asOf : asOf.plusDays(1);
      Taken taken = take(machine, student, events, next, opened, after, rejections);
      next = taken.next;
      rejections = taken.rejections;
      cases = cases.append(view(keeper, student, taken.returnCase, asOf));
    }
    for (; next < events.size() && !events.get(next).on().isAfter(asOf); next++) {
      rejections = rejections.append(noOpenCase(student, events.get(next)));
    }
    return new Run(cases, rejections);
  }

  private record Taken(ReturnCase returnCase, int next, Vector<FileRejection> rejections) {}

  /** Takes the events dated in [opened, until) into a new case; earlier ones have no case. */
  private static Taken take(
      CaseMachine machine,
      StudentId student,
      Seq<CaseEvent> events,
      int from,
      LocalDate opened,
      LocalDate until,
      Vector<FileRejection> rejections) {
    int next = from;
    Vector<FileRejection> out = rejections;
    while (next < events.size() && events.get(next).on().isBefore(opened)) {
      out = out.append(noOpenCase(student, events.get(next++)));
    }
    ReturnCase c = machine.open(student, opened, Option.none());
    while (next < events.size() && events.get(next).on().isBefore(until)) {
      CaseEvent event = events.get(next++);
      int before = c.rejected().size();
      c = machine.record(c, event);
      if (c.rejected().size() > before) {
        RejectedCaseEvent r = c.rejected().get(before);
        out =
            out.append(new FileRejection.CaseRejected(FileInput.of(student, event), r.rejection()));
      }
    }
    return new Taken(c, next, out);
  }

  private static FileRejection noOpenCase(StudentId student, CaseEvent event) {
    return new FileRejection.Refused(FileInput.of(student, event), FileRefusal.NO_OPEN_CASE);
  }

  private static FileCase view(FileKeeper keeper, StudentId student, ReturnCase c, LocalDate asOf) {
    CaseMachine machine = keeper.caseMachine();
    Vector<Evidence> evidence = Vector.empty();
    for (CaseEvent e : c.events()) {
      if (e instanceof CaseEvent.Step) {
        evidence = evidence.append(((CaseEvent.Step) e).evidence());
      } else if (e instanceof CaseEvent.Exclude) {
        evidence = evidence.append(((CaseEvent.Exclude) e).evidence());
      } else if (e instanceof CaseEvent.Return) {
        evidence = evidence.append(((CaseEvent.Return) e).evidence());
      }
    }
    var nextStep = machine.nextStep(c);
    return new FileCase(
        c,
        nextStep,
        machine.nextDue(c),
        machine.overdue(c, asOf),
        evidence,
        nextStep.isDefined()
            ? keeper.routing().forCaseStep(student, nextStep.get())
            : io.vavr.control.Option.none());
  }
}

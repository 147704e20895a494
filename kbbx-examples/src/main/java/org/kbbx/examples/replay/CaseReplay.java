package org.kbbx.examples.replay;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.kbbx.core.status.SchoolingState;
import org.kbbx.core.status.StatusSpan;
import org.kbbx.core.status.StudentTimeline;
import org.kbbx.core.time.SchoolCalendar;
import org.kbbx.rules.casework.CaseEvent;
import org.kbbx.rules.casework.CaseMachine;
import org.kbbx.rules.casework.Evidence;
import org.kbbx.rules.casework.ReturnCase;
import org.kbbx.rules.escalation.EvidenceKind;
import org.kbbx.rules.obligation.Actor;
import org.kbbx.rules.profile.EffectiveProfile;

/**
 * The return-persuasion cases (劝返复学, 一生一案, R-CASE-1..4) of one student, replayed from her
 * status timeline: a case opens on the day she becomes suspected or dropped out, takes the case
 * steps recorded for her in date order, and ends as returned on the day she is back attending.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CaseReplay {

  private CaseReplay() {}

  /**
   * Returns the case machine of a profile: its step deadlines and exclusion rules over a calendar.
   *
   * @param profile the resolved profile, not null
   * @param calendar the school calendar, not null
   * @return the machine
   */
  public static CaseMachine machine(EffectiveProfile profile, SchoolCalendar calendar) {
    return CaseMachine.of(profile.caseDeadlineMap(), profile.exclusions().value(),
        calendar::isSchoolDay);
  }

  /**
   * Replays a student's cases up to {@code asOf}.
   *
   * @param machine the case machine, not null
   * @param timeline the student's full timeline, not null
   * @param steps the case-step events recorded for her, in any order, not null
   * @param asOf the as-of date, not null
   * @return her cases, oldest first; empty if she was never suspected or dropped out
   */
  public static List<ReturnCase> of(CaseMachine machine, StudentTimeline timeline,
      List<CaseEvent.Step> steps, LocalDate asOf) {
    String id = timeline.student().unmasked();
    List<CaseEvent.Step> pending = new ArrayList<>(steps);
    pending.sort(Comparator.comparing(CaseEvent.Step::on));
    List<ReturnCase> cases = new ArrayList<>();
    Optional<ReturnCase> open = Optional.empty();
    for (StatusSpan span : timeline.spans()) {
      if (span.from().isAfter(asOf)) {
        break;
      }
      boolean out = span.state() == SchoolingState.SUSPECTED_DROPOUT
          || span.state() == SchoolingState.DROPPED_OUT;
      if (out && open.isEmpty()) {
        open = Optional.of(machine.open(id, span.from(), Optional.empty()));
      } else if (!out && open.isPresent()) {
        ReturnCase c = takeSteps(machine, open.get(), pending, span.from().minusDays(1));
        if (span.state() == SchoolingState.ATTENDING) {
          c = machine.record(c, new CaseEvent.Return(span.from(), Actor.SCHOOL,
              Evidence.of(EvidenceKind.RETURN_RECORD, "status timeline " + span.from())));
        }
        cases.add(c);
        open = Optional.empty();
      }
    }
    open.ifPresent(c -> cases.add(takeSteps(machine, c, pending, asOf)));
    return cases;
  }

  private static ReturnCase takeSteps(CaseMachine machine, ReturnCase c,
      List<CaseEvent.Step> pending, LocalDate until) {
    ReturnCase current = c;
    while (!pending.isEmpty() && !pending.get(0).on().isAfter(until)) {
      CaseEvent.Step step = pending.remove(0);
      current = machine.record(current, step); // one dated before the case is kept, rejected
    }
    return current;
  }
}

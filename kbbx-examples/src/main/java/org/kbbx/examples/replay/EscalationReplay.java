package org.kbbx.examples.replay;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kbbx.core.status.EventType;
import org.kbbx.core.status.SchoolingState;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.status.StudentTimeline;
import org.kbbx.core.status.TimelineEntry;
import org.kbbx.core.time.SchoolCalendar;
import org.kbbx.examples.synthetic.Absence;
import org.kbbx.rules.escalation.AbsenceEscalation;
import org.kbbx.rules.escalation.Alert;
import org.kbbx.rules.escalation.EscalationInput;
import org.kbbx.rules.escalation.EscalationStep;
import org.kbbx.rules.escalation.MarkKind;
import org.kbbx.rules.escalation.StudentEscalation;

/**
 * Replays one student's absences through the absence escalation (R-ABS-1..4) up to an as-of
 * date, next to her status timeline, and returns the alerts and the status events the escalation
 * derives for the timeline.
 *
 * <p>Absences count only on days the base timeline has the student attending, suspected or
 * dropped out (on leave, suspended and the like, they are excused). The base timeline's {@code
 * RETURN} and {@code CONFIRM_DROPOUT} events reach the escalation; {@code returns} adds return
 * days that are not yet events (a return that takes effect then becomes a derived {@code RETURN}
 * event; one on a day the student is attending is dropped, as there is nothing to return from).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param alerts the alerts raised, in date order
 * @param derived the derived status events ({@code MARK_SUSPECTED}, {@code AUTOMATIC_DROPOUT},
 *     {@code RETURN} for {@code returns} that took effect)
 * @param streak the absence streak on the as-of date
 */
public record EscalationReplay(List<Alert> alerts, List<StatusEvent> derived, int streak) {

  /** Escalation-derived events sort after the enrolment and before the scenario's events. */
  static final long FIRST_DERIVED_SEQUENCE = 1_000L;

  /** Copies the lists. */
  public EscalationReplay {
    alerts = List.copyOf(alerts);
    derived = List.copyOf(derived);
  }

  /**
   * Replays one student.
   *
   * @param engine the escalation engine (profile rules and calendar), not null
   * @param calendar the school calendar the engine counts on, not null
   * @param base the student's timeline without derived events, not null
   * @param absences the student's absence marks, in any order, not null
   * @param returns return days not in the base timeline, not null
   * @param asOf the as-of date, not null
   * @return the alerts, derived events and streak
   */
  public static EscalationReplay of(AbsenceEscalation engine, SchoolCalendar calendar,
      StudentTimeline base, List<Absence> absences, List<LocalDate> returns, LocalDate asOf) {
    String id = base.student().unmasked();
    List<EscalationInput> inputs = new ArrayList<>();
    for (TimelineEntry e : base.entries()) {
      if (e.event() == null || e.event().effectiveDate().isAfter(asOf)) {
        continue;
      }
      if (e.event().type() == EventType.RETURN) {
        inputs.add(new EscalationInput.Return(id, e.event().effectiveDate()));
      } else if (e.event().type() == EventType.CONFIRM_DROPOUT) {
        inputs.add(new EscalationInput.DropoutConfirmation(id, e.event().effectiveDate()));
      }
    }
    for (LocalDate day : returns) {
      if (!day.isAfter(asOf)) {
        inputs.add(new EscalationInput.Return(id, day));
      }
    }
    for (Absence a : absences) {
      if (a.date().isAfter(asOf)) {
        continue;
      }
      SchoolingState state = base.statusOn(a.date()).schooling();
      boolean counts = state == SchoolingState.ATTENDING
          || state == SchoolingState.SUSPECTED_DROPOUT || state == SchoolingState.DROPPED_OUT;
      inputs.add(new EscalationInput.Mark(id, a.date(),
          a.excused() || !counts ? MarkKind.EXCUSED : MarkKind.ABSENT_WITHOUT_REASON));
    }
    // Returns and confirmations come before the marks of their day.
    inputs.sort(Comparator.comparing(EscalationInput::date)
        .thenComparing(i -> i instanceof EscalationInput.Mark ? 1 : 0));
    StudentEscalation state = StudentEscalation.attending();
    List<Alert> alerts = new ArrayList<>();
    List<StatusEvent> derived = new ArrayList<>();
    for (EscalationInput input : inputs) {
      state = take(engine.advance(id, state, input.date().minusDays(1)), alerts, derived, id);
      StudentEscalation before = state;
      boolean extraReturn = input instanceof EscalationInput.Return
          && returns.contains(input.date());
      state = engine.apply(state, input)
          .map(step -> {
            if (extraReturn) {
              derived.add(StatusEvent.of("auto:return:" + id + ":" + input.date(),
                  StudentId.of(id), input.date(), FIRST_DERIVED_SEQUENCE + derived.size(),
                  EventType.RETURN));
            }
            return take(step, alerts, derived, id);
          })
          .getOrElse(before);
    }
    state = take(engine.advance(id, state, asOf), alerts, derived, id);
    return new EscalationReplay(alerts, derived, state.streakLengthOn(calendar::isSchoolDay, asOf));
  }

  private static StudentEscalation take(EscalationStep step, List<Alert> alerts,
      List<StatusEvent> derived, String id) {
    alerts.addAll(step.alerts().asJava());
    for (org.kbbx.rules.escalation.StatusEvent e : step.events()) {
      EventType type;
      switch (e.kind()) {
        case SUSPECTED_DROPOUT:
          type = EventType.MARK_SUSPECTED;
          break;
        case AUTOMATIC_DROPOUT:
          type = EventType.AUTOMATIC_DROPOUT;
          break;
        default:
          continue; // returns and confirmations are the scenario's own events
      }
      derived.add(StatusEvent.of(
          "auto:" + type.name().toLowerCase(java.util.Locale.ROOT) + ":" + id + ":" + e.on(),
          StudentId.of(id), e.on(), FIRST_DERIVED_SEQUENCE + derived.size(), type));
    }
    return step.state();
  }
}

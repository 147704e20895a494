package org.kbbx.examples.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.kbbx.core.status.EventType;
import org.kbbx.core.status.SchoolingState;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.core.status.StatusSpan;
import org.kbbx.core.status.StudentTimeline;
import org.kbbx.core.time.SchoolCalendar;
import org.kbbx.rules.casework.CaseEvent;
import org.kbbx.rules.casework.CaseStep;
import org.kbbx.rules.casework.Evidence;
import org.kbbx.rules.escalation.AlertCode;
import org.kbbx.rules.file.FileAlert;
import org.kbbx.rules.file.StudentPicture;
import org.kbbx.rules.routing.RoutingTable;

/**
 * How the synthetic county's schools, township education centres and bureau work their cases.
 * Under a profile whose dropout needs an explicit confirmation (HEZHANG_2018, R-ABS-3), the
 * township education centre confirms each dropout it is asked to confirm one to three school days
 * after the alert (R-RC-14), so dropouts count as the profile requires. For return persuasion: after each
 * episode of suspected dropout opens, the next steps are taken a few school days apart, some on
 * time and some late, and each step is less likely than the one before (most children come back
 * after a contact or a return notice). Deterministic: the same seed and student give the same
 * steps.
 */
final class SimulatedCasework {

  private static final CaseStep[] LADDER = {
    CaseStep.CONTACT, CaseStep.RETURN_NOTICE, CaseStep.BUREAU_REPORT,
    CaseStep.GOVERNMENT_ESCALATION, CaseStep.ORDER_TO_CORRECT, CaseStep.URGE_NOTICE
  };

  private SimulatedCasework() {}

  /**
   * The dropout confirmations the centre records: one {@code CONFIRM_DROPOUT} status event for
   * each {@code DROPOUT_CONFIRMATION_REQUIRED} alert, one to three school days after it, not after
   * {@code asOf}.
   */
  static List<StatusEvent> confirmations(
      StudentPicture picture, SchoolCalendar calendar, LocalDate asOf) {
    List<StatusEvent> confirmations = new ArrayList<>();
    for (FileAlert a : picture.alerts()) {
      if (a.alert().code() == AlertCode.DROPOUT_CONFIRMATION_REQUIRED) {
        LocalDate on = a.alert().on();
        LocalDate day = calendar
            .plusSchoolDays(
                on, 1 + Math.floorMod(on.hashCode() + a.alert().studentId().hashCode(), 3))
            .getOrElse(on);
        if (!day.isAfter(asOf)) {
          confirmations.add(StatusEvent.of(
              "confirm:" + on,
              picture.timeline().student(),
              day,
              1_000,
              EventType.CONFIRM_DROPOUT));
        }
      }
    }
    return confirmations;
  }

  static List<CaseEvent.Step> steps(StudentTimeline timeline, SchoolCalendar calendar, long seed) {
    SplittableRandom random =
        new SplittableRandom(seed ^ timeline.student().unmasked().hashCode());
    List<CaseEvent.Step> steps = new ArrayList<>();
    boolean out = false;
    for (StatusSpan span : timeline.spans()) {
      boolean nowOut = span.state() == SchoolingState.SUSPECTED_DROPOUT
          || span.state() == SchoolingState.DROPPED_OUT;
      if (nowOut && !out) {
        LocalDate day = span.from();
        for (int i = 0; i < LADDER.length && random.nextInt(100) < 85 - 12 * i; i++) {
          day = calendar.plusSchoolDays(day, 1 + random.nextInt(i == 0 ? 2 : 9)).getOrElse(day);
          CaseStep step = LADDER[i];
          steps.add(new CaseEvent.Step(
              step,
              day,
              RoutingTable.national().usualActor(step),
              Evidence.of(step.evidence(), step.name() + " " + day)));
        }
      }
      out = nowOut;
    }
    return steps;
  }
}

package org.kbbx.rules.escalation;

import java.util.List;
import org.kbbx.core.responsibility.Role;
import org.kbbx.rules.obligation.DayCount;

/** Test-only rule sets, separate from the real profiles so threshold changes never break logic tests. */
final class Rules {
  private Rules() {}

  static final RequiredAction CONTACT =
      RequiredAction.of(ActionKind.CONTACT_FAMILY, Role.TEACHER, DayCount.schoolDays(0));

  static EscalationRules of(int suspectedThreshold, Comparison comparison, DropoutMode mode) {
    return new EscalationRules(
        new AbsenceTrigger(1, Comparison.REACHES, List.of(CONTACT)),
        List.of(new AbsenceTrigger(
            2,
            Comparison.REACHES,
            List.of(new RequiredAction(
                ActionKind.WRITTEN_REPORT,
                Role.SCHOOL,
                List.of(Role.TOWNSHIP_GOVERNMENT, Role.COUNTY_EDUCATION_BUREAU),
                DayCount.schoolDays(1))))),
        new AbsenceTrigger(suspectedThreshold, comparison, List.of()),
        new DropoutRule(mode, 1, List.of()));
  }

  /** More than 5 school days → suspected on the 6th, automatic dropout after a month. */
  static EscalationRules xxCountyLike() {
    return of(5, Comparison.MORE_THAN, DropoutMode.AUTOMATIC);
  }
}

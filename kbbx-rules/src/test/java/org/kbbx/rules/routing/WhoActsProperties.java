package org.kbbx.rules.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;
import org.kbbx.core.responsibility.Organisation;
import org.kbbx.core.responsibility.Role;
import org.kbbx.core.responsibility.StudentPlacement;
import org.kbbx.rules.casework.CaseStep;
import org.kbbx.rules.escalation.AlertCode;

class WhoActsProperties {

  private static final WhoActs WHO = WhoActs.using(RoutingTable.standard());

  private static void check(Organisation org, StudentPlacement placement, Route route) {
    for (Assignee assignee : route.acting().appendAll(route.informed())) {
      // R-RC-6 and R-RC-8 agree: whoever must act or be told may see the student.
      assertThat(org.maySee(assignee.seat(), placement.student())).as("%s sees %s", assignee, placement.student()).isTrue();
      // A stand-in answers only when the seat it covers for is vacant, and is held unless it is a top seat.
      if (assignee.holder().isEmpty() && assignee.role() != Role.PARENT) {
        assertThat(assignee.role()).isIn(Role.COUNTY_HEAD, Role.BUREAU_DIRECTOR);
      }
    }
  }

  /** R-RC-6: every route names seats that may see the student; vacant seats pass the duty upward. */
  @Test
  void rRc6RoutesNameSeatsThatSeeTheStudent() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              Organisation org = SmallCounty.random(seed);
              for (StudentPlacement placement : org.students()) {
                for (CaseStep step : CaseStep.values()) {
                  check(org, placement, WHO.forCaseStep(org, placement.student(), step).get());
                }
                for (AlertCode alert : AlertCode.values()) {
                  check(org, placement, WHO.forAlert(org, placement.student(), alert).get());
                }
              }
            });
  }
}

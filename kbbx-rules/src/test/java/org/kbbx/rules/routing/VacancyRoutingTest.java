package org.kbbx.rules.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kbbx.rules.routing.SmallCounty.*;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.responsibility.Line;
import org.kbbx.core.responsibility.Organisation;
import org.kbbx.core.responsibility.Person;
import org.kbbx.core.responsibility.PersonId;
import org.kbbx.core.responsibility.Position;
import org.kbbx.core.responsibility.ResponsibilityProfile;
import org.kbbx.core.responsibility.Role;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.rules.casework.CaseStep;
import org.kbbx.rules.escalation.AlertCode;

/** Routing through a teacher seat vacated in one call, and through a guardian's household seat. */
class VacancyRoutingTest {

  private static final WhoActs WHO = WhoActs.using(RoutingTable.national());

  private static Organisation build(org.kbbx.core.responsibility.OrganisationBuilder builder) {
    return builder.build(ResponsibilityProfile.national()).getOrElseGet(problems -> {
      throw new AssertionError(problems.mkString("; "));
    });
  }

  @Test
  @Tag("R-RC-15")
  void thePrincipalStandsInOnceForAVacatedClassTeacherAndIsNotToldOfHisOwnAct() {
    Organisation org = build(townBuilder().vacate(Position.teacher(JUNIOR, CLASS_TEACHER)));
    for (Route route : java.util.List.of(
        WHO.forAlert(org, StudentId.of("g"), AlertCode.FIRST_DAY_CONTACT).get(),
        WHO.forCaseStep(org, StudentId.of("g"), CaseStep.CONTACT).get())) {
      Assignee acts = route.acting().single();
      assertThat(acts.role()).isEqualTo(Role.TEACHER);
      assertThat(acts.seat()).contains(Position.principal(JUNIOR));
      assertThat(acts.standIn()).isTrue();
      assertThat(route
              .acting()
              .appendAll(route.informed())
              .filter(a -> a.seat().contains(Position.principal(JUNIOR))))
          .hasSize(1);
      // the guarantor is still told: a guarantee adds a person, it never replaces the class teacher
      assertThat(route.informed().map(Assignee::role)).contains(Role.GUARANTOR);
    }
    assertThat(org.chainFor(StudentId.of("v"), Line.EDUCATION, SchoolYear.of(2023))
            .get()
            .steps()
            .get(1)
            .holder())
        .isEmpty();
  }

  @Test
  @Tag("R-RC-11")
  void theParentWhoActsIsTheGuardiansHouseholdSeat() {
    Organisation org = build(townBuilder()
        .person(Person.of("mum", "母亲"))
        .guardian(PersonId.of("mum"), StudentId.of("g"))
        .guardian(PersonId.of("mum"), StudentId.of("u")));
    Route route =
        WHO.forCaseStep(org, StudentId.of("u"), CaseStep.RETURN_NOTICE).get();
    assertThat(route
            .acting()
            .appendAll(route.informed())
            .filter(a -> a.role() == Role.PARENT)
            .map(a -> a.seat().get()))
        .containsExactly(Position.guardian(PersonId.of("mum")));
  }
}

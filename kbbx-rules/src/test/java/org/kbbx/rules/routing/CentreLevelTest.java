package org.kbbx.rules.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kbbx.rules.routing.SmallCounty.*;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.responsibility.CoverageFinding;
import org.kbbx.core.responsibility.Organisation;
import org.kbbx.core.responsibility.Position;
import org.kbbx.core.responsibility.ResponsibilityDegree;
import org.kbbx.core.responsibility.ResponsibilityProfile;
import org.kbbx.core.responsibility.Role;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.rules.escalation.AlertCode;
import org.kbbx.rules.obligation.TermStartDeadline;
import org.kbbx.rules.profile.EffectiveProfile;
import org.kbbx.rules.profile.Profiles;

/** The township education centre as a level of the education line under HEZHANG_2018 (R-RC-12). */
class CentreLevelTest {

  private static final EffectiveProfile HEZHANG =
      Profiles.builtIn().effective("HEZHANG_2018").get();

  @Test
  @Tag("R-RC-12")
  void schoolsReportToTheCentreWhichReportsToTheBureauAndTheTownship() {
    java.util.List<TermStartDeadline> termStart = HEZHANG.termStart().value();
    assertThat(termStart.get(0).actor()).isEqualTo(Role.SCHOOL);
    assertThat(termStart.get(0).recipients()).containsExactly(Role.TOWNSHIP_EDUCATION_CENTRE);
    assertThat(termStart.get(1).actor()).isEqualTo(Role.TOWNSHIP_EDUCATION_CENTRE);
    assertThat(termStart.get(1).recipients())
        .containsExactly(Role.COUNTY_EDUCATION_BUREAU, Role.TOWNSHIP_GOVERNMENT);
  }

  @Test
  @Tag("R-RC-12")
  @Tag("R-RC-15")
  void theCentreDirectorConfirmsADropoutAndAVacantDirectorIsAFindingWithAStandIn() {
    Organisation org = town();
    Route route = HEZHANG
        .whoActs()
        .forAlert(org, StudentId.of("g"), AlertCode.DROPOUT_CONFIRMATION_REQUIRED)
        .get();
    Assignee acts = route.acting().single();
    assertThat(acts.seat()).contains(Position.educationCentreDirector(TOWN));
    assertThat(acts.degree()).contains(ResponsibilityDegree.DIRECT);
    assertThat(org.visibleStudents(Position.educationCentreDirector(TOWN)))
        .contains(StudentId.of("g"), StudentId.of("u"), StudentId.of("v"))
        .doesNotContain(StudentId.of("c")); // the county-run school has no centre

    Organisation vacant = townBuilder()
        .vacate(Position.educationCentreDirector(TOWN))
        .build(ResponsibilityProfile.national())
        .get();
    assertThat(vacant.coverage(SchoolYear.of(2023)))
        .contains(new CoverageFinding.BrokenLink(Position.educationCentreDirector(TOWN)));
    Assignee standIn = HEZHANG
        .whoActs()
        .forAlert(vacant, StudentId.of("g"), AlertCode.DROPOUT_CONFIRMATION_REQUIRED)
        .get()
        .acting()
        .single();
    assertThat(standIn.seat()).contains(Position.bureauDirector(COUNTY));
    assertThat(standIn.standIn()).isTrue();
  }
}

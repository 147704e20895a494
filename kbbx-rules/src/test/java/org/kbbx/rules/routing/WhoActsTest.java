package org.kbbx.rules.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kbbx.rules.routing.SmallCounty.*;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.kbbx.core.responsibility.Line;
import org.kbbx.core.responsibility.Organisation;
import org.kbbx.core.responsibility.Position;
import org.kbbx.core.responsibility.ResponsibilityDegree;
import org.kbbx.core.responsibility.Role;
import org.kbbx.core.id.StudentId;
import org.kbbx.rules.casework.CaseStep;
import org.kbbx.rules.escalation.AlertCode;

class WhoActsTest {

  private static final Organisation ORG = SmallCounty.town();
  private static final WhoActs WHO = WhoActs.using(RoutingTable.standard());

  private static Route step(String student, CaseStep step) {
    return WHO.forCaseStep(ORG, StudentId.of(student), step).get();
  }

  @ParameterizedTest(name = "R-RC-6 every case step has a row: {0}")
  @EnumSource(CaseStep.class)
  void rRc6EveryCaseStepIsRouted(CaseStep step) {
    assertThat(RoutingTable.standard().ruleFor(step).acting()).isNotEmpty();
    assertThat(WHO.forCaseStep(ORG, StudentId.of("g"), step).isRight()).isTrue();
  }

  @ParameterizedTest(name = "R-RC-6 every alert has a row: {0}")
  @EnumSource(AlertCode.class)
  void rRc6EveryAlertIsRouted(AlertCode alert) {
    assertThat(RoutingTable.standard().ruleFor(alert).acting()).isNotEmpty();
    assertThat(WHO.forAlert(ORG, StudentId.of("g"), alert).isRight()).isTrue();
  }

  @ParameterizedTest(name = "R-RC-6 {0} for student g: {1} acts on the {2} line")
  @CsvSource({
    "CONTACT, 师长@熨斗初级中学/teacher (teacher), EDUCATION",
    "RETURN_NOTICE, 校长@熨斗初级中学 (校长), EDUCATION",
    "BUREAU_REPORT, 校长@熨斗初级中学 (校长), EDUCATION",
    "NON_RESIDENT_HANDOVER, 教育局长@610922000000 (局长), EDUCATION",
    "GOVERNMENT_ESCALATION, 教育局长@610922000000 (局长) | 乡(镇)长@610922104000 (镇长), GOVERNMENT",
    "ORDER_TO_CORRECT, 乡(镇)长@610922104000 (镇长), GOVERNMENT",
    "URGE_NOTICE, 乡(镇)长@610922104000 (镇长), GOVERNMENT",
    "LEGAL_ACTION, 县长@610922000000 (县长), GOVERNMENT"
  })
  void rRc6WhoActsOnEachCaseStep(CaseStep step, String acting, Line line) {
    Route route = step("g", step);
    assertThat(route.acting().mkString(" | ")).isEqualTo(acting);
    assertThat(route.line()).isEqualTo(line);
  }

  @Test
  void rRc6GovernmentEscalationTellsCountyHeadAndVillageDirector() {
    assertThat(step("g", CaseStep.GOVERNMENT_ESCALATION).informed().map(Assignee::seat))
        .containsExactly(Position.countyHead(COUNTY), Position.villageDirector(VILLAGE));
  }

  @Test
  void rRc6PrincipalStandsInForAMissingTeacher() {
    Assignee contact = step("u", CaseStep.CONTACT).acting().head();
    assertThat(contact.seat()).isEqualTo(Position.principal(JUNIOR));
    assertThat(contact.standingInFor()).contains(Role.TEACHER);
    assertThat(contact).hasToString("校长@熨斗初级中学 (校长) for 师长");
  }

  @Test
  void rRc6TownshipHeadStandsInForAVacantVillageDirector() {
    Assignee village = step("v", CaseStep.ORDER_TO_CORRECT).informed().get(1);
    assertThat(village.seat()).isEqualTo(Position.townshipHead(TOWN));
    assertThat(village.standingInFor()).contains(Role.VILLAGE_DIRECTOR);
  }

  @Test
  void rRc6AlertsGoToTheGuarantorTeacherAndTheSchool() {
    Route firstDay = WHO.forAlert(ORG, StudentId.of("g"), AlertCode.FIRST_DAY_CONTACT).get();
    assertThat(firstDay.acting().map(Assignee::role)).containsExactly(Role.TEACHER);
    Route autoDropout = WHO.forAlert(ORG, StudentId.of("g"), AlertCode.AUTO_DROPOUT).get();
    assertThat(autoDropout.informed().map(Assignee::role))
        .containsExactly(Role.EDUCATION_CENTRE_DIRECTOR, Role.TOWNSHIP_HEAD, Role.BUREAU_DIRECTOR);
  }

  @Test
  void rRc7FirstAndDirectResponsiblePersonsOfAStudent() {
    Route route = step("g", CaseStep.CONTACT);
    assertThat(route.accountable().map(Assignee::role))
        .containsExactly(Role.TOWNSHIP_HEAD, Role.EDUCATION_CENTRE_DIRECTOR, Role.PRINCIPAL);
    assertThat(route.accountable().map(a -> a.degree().get()))
        .containsExactly(ResponsibilityDegree.FIRST, ResponsibilityDegree.DIRECT, ResponsibilityDegree.DIRECT);
    assertThat(route.accountable().head().holder().get().name()).isEqualTo("镇长");
  }

  @Test
  void rRc7CountyRunSchoolHasNoEducationCentreDirector() {
    Route route = step("c", CaseStep.CONTACT);
    assertThat(route.accountable().map(Assignee::role)).containsExactly(Role.TOWNSHIP_HEAD, Role.PRINCIPAL);
    Assignee centre = WHO.forAlert(ORG, StudentId.of("c"), AlertCode.SUSPECTED_DROPOUT).get().informed().get(1);
    assertThat(centre.role()).isEqualTo(Role.BUREAU_DIRECTOR);
    assertThat(centre.standingInFor()).isEqualTo(Option.some(Role.EDUCATION_CENTRE_DIRECTOR));
  }

  @Test
  void rSm2BadInputIsATypedRejectionNeverAnException() {
    Either<RoutingRejection, Route> unknown = WHO.forCaseStep(ORG, StudentId.of("nobody"), CaseStep.CONTACT);
    assertThat(unknown.getLeft().code()).isEqualTo("UNKNOWN_STUDENT");
    assertThat(unknown.getLeft().message()).isEqualTo("student ****** is not in this organisation");
    assertThat(WHO.forCaseStep(ORG, StudentId.of("g"), null).getLeft().code()).isEqualTo("MISSING_ARGUMENT");
    assertThat(WHO.forAlert(null, StudentId.of("g"), AlertCode.SUSPECTED_DROPOUT).getLeft().message())
        .isEqualTo("missing organisation");
    assertThat(WHO.forAlert(ORG, null, AlertCode.SUSPECTED_DROPOUT).getLeft().message()).isEqualTo("missing student");
  }
}

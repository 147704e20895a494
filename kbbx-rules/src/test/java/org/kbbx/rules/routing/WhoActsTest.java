package org.kbbx.rules.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kbbx.rules.routing.SmallCounty.*;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.responsibility.Line;
import org.kbbx.core.responsibility.Organisation;
import org.kbbx.core.responsibility.Position;
import org.kbbx.core.responsibility.ResponsibilityDegree;
import org.kbbx.core.responsibility.Role;
import org.kbbx.rules.casework.CaseStep;
import org.kbbx.rules.escalation.AlertCode;
import org.kbbx.rules.profile.EffectiveProfile;
import org.kbbx.rules.profile.Profiles;

class WhoActsTest {

  private static final Organisation ORG = SmallCounty.town();
  private static final WhoActs WHO = WhoActs.using(RoutingTable.national());

  private static Route step(String student, CaseStep step) {
    return WHO.forCaseStep(ORG, StudentId.of(student), step).get();
  }

  private static Route alert(String student, AlertCode alert) {
    return WHO.forAlert(ORG, StudentId.of(student), alert).get();
  }

  @ParameterizedTest(name = "R-RC-6 every case step has a row: {0}")
  @EnumSource(CaseStep.class)
  @Tag("R-RC-6")
  void everyCaseStepIsRouted(CaseStep step) {
    assertThat(RoutingTable.national().ruleFor(step).acting()).isNotEmpty();
    assertThat(WHO.forCaseStep(ORG, StudentId.of("g"), step).isRight()).isTrue();
  }

  @ParameterizedTest(name = "R-RC-6 every alert has a row: {0}")
  @EnumSource(AlertCode.class)
  @Tag("R-RC-6")
  void everyAlertIsRouted(AlertCode alert) {
    assertThat(RoutingTable.national().ruleFor(alert).acting()).isNotEmpty();
    assertThat(WHO.forAlert(ORG, StudentId.of("g"), alert).isRight()).isTrue();
  }

  @ParameterizedTest(name = "R-RC-6 {0} for student g: {1} acts on the {2} line")
  @CsvSource({
    "CONTACT, 师长: 师长@熨斗初级中学/class (class), EDUCATION",
    "RETURN_NOTICE, 校长: 校长@熨斗初级中学 (校长), EDUCATION",
    "BUREAU_REPORT, 校长: 校长@熨斗初级中学 (校长), EDUCATION",
    "NON_RESIDENT_HANDOVER, 教育局长: 教育局长@610922000000 (局长), EDUCATION",
    "GOVERNMENT_ESCALATION, 教育局长: 教育局长@610922000000 (局长) | 乡(镇)长: 乡(镇)长@610922104000 (镇长), GOVERNMENT",
    "ORDER_TO_CORRECT, 乡(镇)长: 乡(镇)长@610922104000 (镇长), GOVERNMENT",
    "URGE_NOTICE, 乡(镇)长: 乡(镇)长@610922104000 (镇长), GOVERNMENT",
    "LEGAL_ACTION, 县长: 县长@610922000000 (县长), GOVERNMENT"
  })
  @Tag("R-RC-6")
  void whoActsOnEachCaseStep(CaseStep step, String acting, Line line) {
    Route route = step("g", step);
    assertThat(route.acting().mkString(" | ")).isEqualTo(acting);
    assertThat(route.line()).isEqualTo(line);
  }

  @Test
  @Tag("R-RC-6")
  void governmentEscalationTellsCountyHeadAndVillageDirector() {
    assertThat(step("g", CaseStep.GOVERNMENT_ESCALATION)
            .informed()
            .map(a -> a.seat().get()))
        .containsExactly(Position.countyHead(COUNTY), Position.villageDirector(VILLAGE));
  }

  /** The 302-of-440 bug: a guaranteed student's first-day contact went to a stand-in, not the class teacher. */
  @Test
  @Tag("R-RC-10")
  void contactGoesToTheClassTeacherAndTheGuarantorIsAddedNotInstead() {
    for (Route route :
        java.util.List.of(alert("g", AlertCode.FIRST_DAY_CONTACT), step("g", CaseStep.CONTACT))) {
      Assignee acts = route.acting().single();
      assertThat(acts.seat()).contains(Position.teacher(JUNIOR, CLASS_TEACHER));
      assertThat(acts.standIn()).isFalse();
      assertThat(route.informed().map(a -> a.seat().get()))
          .containsExactly(Position.principal(JUNIOR), Position.teacher(JUNIOR, TEACHER));
      assertThat(route.informed().get(1).role()).isEqualTo(Role.GUARANTOR);
    }
  }

  @Test
  @Tag("R-RC-15")
  void vacantClassTeacherPrincipalStandsInOnceAndIsNotToldOfItsOwnAct() {
    Route contact = step("u", CaseStep.CONTACT);
    Assignee acts = contact.acting().single();
    assertThat(acts.seat()).contains(Position.principal(JUNIOR));
    assertThat(acts.standingInFor()).contains(Role.TEACHER);
    assertThat(acts).hasToString("师长: 校长@熨斗初级中学 (校长) stands in");
    assertThat(contact.informed()).isEmpty(); // the principal acts; "u" has no guarantor
    Route homeVisit = alert("u", AlertCode.HOME_VISIT_REQUIRED); // teacher and principal act
    assertThat(homeVisit.acting().map(a -> a.seat().get()))
        .containsExactly(Position.principal(JUNIOR));
    assertThat(homeVisit.informed().map(Assignee::role))
        .containsExactly(Role.TOWNSHIP_HEAD, Role.BUREAU_DIRECTOR);
  }

  @Test
  @Tag("R-RC-15")
  void townshipHeadStandsInForAVacantVillageDirector() {
    // Under NATIONAL the township head orders the correction; standing in for the vacant village
    // director as well, it is not also told of its own act.
    Route order = step("v", CaseStep.ORDER_TO_CORRECT);
    assertThat(order.acting().map(a -> a.seat().get()))
        .containsExactly(Position.townshipHead(TOWN));
    assertThat(order.informed().map(Assignee::seatRole))
        .containsExactly(Role.PARENT, Role.BUREAU_DIRECTOR);
    // A profile that has the village committee act: its head's seat is vacant, the township head
    // stands in.
    RoutingTable villageActs = RoutingTable.national()
        .with(
            RouteKey.of(CaseStep.ORDER_TO_CORRECT),
            RouteRule.of(
                Line.GOVERNMENT,
                java.util.List.of(Role.VILLAGE_COMMITTEE),
                java.util.List.of(Role.COUNTY_HEAD)));
    Assignee village = WhoActs.using(villageActs)
        .forCaseStep(ORG, StudentId.of("v"), CaseStep.ORDER_TO_CORRECT)
        .get()
        .acting()
        .single();
    assertThat(village.role()).isEqualTo(Role.VILLAGE_COMMITTEE);
    assertThat(village.seat()).contains(Position.townshipHead(TOWN));
    assertThat(village.standingInFor()).contains(Role.VILLAGE_COMMITTEE);
    Assignee ownRight = WhoActs.using(villageActs)
        .forCaseStep(ORG, StudentId.of("g"), CaseStep.ORDER_TO_CORRECT)
        .get()
        .acting()
        .single();
    assertThat(ownRight.seat()).contains(Position.villageDirector(VILLAGE));
    assertThat(ownRight.standIn()).isFalse();
  }

  @Test
  @Tag("R-RC-6")
  void alertsGoToTheClassTeacherAndTheSchool() {
    assertThat(alert("g", AlertCode.FIRST_DAY_CONTACT).acting().map(Assignee::role))
        .containsExactly(Role.TEACHER);
    assertThat(alert("g", AlertCode.AUTO_DROPOUT).informed().map(Assignee::role))
        .containsExactly(Role.EDUCATION_CENTRE_DIRECTOR, Role.TOWNSHIP_HEAD, Role.BUREAU_DIRECTOR);
  }

  /** Seed 000 四(二)2: 学生辍学，乡镇教管中心应及时向当地乡镇政府报告. */
  @Test
  @Tag("R-RC-14")
  void hezhangCentreConfirmsTheDropoutAndTellsTheTownshipGovernment() {
    EffectiveProfile hezhang = Profiles.builtIn().effective("HEZHANG_2018").get();
    assertThat(hezhang.routing().fromProfile()).isEqualTo("HEZHANG_2018");
    Route route = hezhang
        .whoActs()
        .forAlert(ORG, StudentId.of("g"), AlertCode.DROPOUT_CONFIRMATION_REQUIRED)
        .get();
    Assignee centre = route.acting().single();
    assertThat(centre.role()).isEqualTo(Role.TOWNSHIP_EDUCATION_CENTRE);
    assertThat(centre.seat()).contains(Position.educationCentreDirector(TOWN));
    assertThat(centre.holder().get().name()).isEqualTo("教管中心主任");
    Assignee government = route.informed().head();
    assertThat(government.role()).isEqualTo(Role.TOWNSHIP_GOVERNMENT);
    assertThat(government.seat()).contains(Position.townshipHead(TOWN));
    // NATIONAL (no confirmation rule of its own) keeps the principal.
    assertThat(alert("g", AlertCode.DROPOUT_CONFIRMATION_REQUIRED).acting().map(Assignee::role))
        .containsExactly(Role.PRINCIPAL);
  }

  @Test
  @Tag("R-RC-14")
  void profilesWithoutRoutingInheritTheNationalTable() {
    Profiles profiles = Profiles.builtIn();
    assertThat(profiles.effective("NATIONAL").get().routing().value())
        .isEqualTo(RoutingTable.national());
    assertThat(profiles.effective("BISHAN_2024").get().routing().fromProfile())
        .isEqualTo("NATIONAL");
    assertThat(profiles.effective("HEZHANG_2018").get().routing().value())
        .isNotEqualTo(RoutingTable.national());
  }

  @Test
  @Tag("R-RC-14")
  void withoutTheOrganisationTheRouteNamesRolesOnce() {
    Route route = WhoActs.using(RoutingTable.national())
        .route(Option.none(), StudentId.of("anyone"), RouteKey.of(AlertCode.HOME_VISIT_REQUIRED))
        .get();
    assertThat(route.acting().map(Assignee::role)).containsExactly(Role.TEACHER, Role.PRINCIPAL);
    assertThat(route.informed().map(Assignee::role))
        .containsExactly(Role.GUARANTOR, Role.TOWNSHIP_HEAD, Role.BUREAU_DIRECTOR);
    assertThat(route.acting().appendAll(route.informed()).filter(a -> a.seat().isDefined()))
        .isEmpty();
  }

  @Test
  @Tag("R-RC-14")
  void usualActorOfACaseStepIsTheRoutingsFirstActor() {
    RoutingTable national = RoutingTable.national();
    assertThat(national.usualActor(CaseStep.CONTACT)).isEqualTo(Role.TEACHER);
    assertThat(national.usualActor(CaseStep.LEGAL_ACTION)).isEqualTo(Role.COUNTY_HEAD);
    assertThat(national.usualActor(CaseStep.ORDER_TO_CORRECT)).isEqualTo(Role.TOWNSHIP_HEAD);
  }

  @Test
  @Tag("R-RC-7")
  void firstAndDirectResponsiblePersonsOfAStudent() {
    Route route = step("g", CaseStep.CONTACT);
    assertThat(route.accountable().map(Assignee::role))
        .containsExactly(Role.TOWNSHIP_HEAD, Role.EDUCATION_CENTRE_DIRECTOR, Role.PRINCIPAL);
    assertThat(route.accountable().map(a -> a.degree().get()))
        .containsExactly(
            ResponsibilityDegree.FIRST, ResponsibilityDegree.DIRECT, ResponsibilityDegree.DIRECT);
    assertThat(route.accountable().head().holder().get().name()).isEqualTo("镇长");
  }

  @Test
  @Tag("R-RC-7")
  @Tag("R-RC-15")
  void countyRunSchoolHasNoEducationCentreDirector() {
    Route route = step("c", CaseStep.CONTACT);
    assertThat(route.accountable().map(Assignee::role))
        .containsExactly(Role.TOWNSHIP_HEAD, Role.PRINCIPAL);
    Route suspected = alert("c", AlertCode.SUSPECTED_DROPOUT);
    Assignee centre = suspected.informed().get(1);
    assertThat(centre.role()).isEqualTo(Role.EDUCATION_CENTRE_DIRECTOR);
    assertThat(centre.seatRole()).isEqualTo(Role.BUREAU_DIRECTOR);
    assertThat(centre.standingInFor()).isEqualTo(Option.some(Role.EDUCATION_CENTRE_DIRECTOR));
    // R-RC-15: the bureau director, standing in for the centre, is not listed again in its own
    // right.
    assertThat(suspected.informed().map(Assignee::seatRole))
        .containsExactly(Role.TEACHER, Role.BUREAU_DIRECTOR);
  }

  @Test
  @Tag("R-SM-2")
  void badInputIsATypedRejectionNeverAnException() {
    Either<RoutingRejection, Route> unknown =
        WHO.forCaseStep(ORG, StudentId.of("nobody"), CaseStep.CONTACT);
    assertThat(unknown.getLeft().code().name()).isEqualTo("UNKNOWN_STUDENT");
    assertThat(unknown.getLeft().message())
        .isEqualTo("the student is not placed in this organisation");
    assertThat(unknown.getLeft().toString()).doesNotContain("nobody");
    assertThat(WHO.forCaseStep(ORG, StudentId.of("g"), null).getLeft().code().name())
        .isEqualTo("MISSING_ARGUMENT");
    assertThat(WHO.forAlert(null, StudentId.of("g"), AlertCode.SUSPECTED_DROPOUT)
            .getLeft()
            .message())
        .isEqualTo("missing organisation");
    assertThat(WHO.forAlert(ORG, null, AlertCode.SUSPECTED_DROPOUT).getLeft().message())
        .isEqualTo("missing student");
    assertThat(WHO.route(Option.some(ORG), StudentId.of("g"), null).getLeft().message())
        .isEqualTo("missing key");
  }
}

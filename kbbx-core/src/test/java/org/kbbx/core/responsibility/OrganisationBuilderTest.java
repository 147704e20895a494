package org.kbbx.core.responsibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kbbx.core.responsibility.Fixtures.*;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.validation.Violation;

class OrganisationBuilderTest {

  private static Seq<Violation> violations(
      OrganisationBuilder builder, ResponsibilityProfile profile) {
    Validation<Seq<Violation>, Organisation> result = builder.build(profile);
    assertThat(result.isInvalid()).as("expected violations").isTrue();
    return result.getError();
  }

  private static Seq<String> describe(Seq<Violation> violations) {
    return violations.map(Violation::toString);
  }

  @Test
  @Tag("R-RC-4")
  void everyBadAssignmentIsReportedTogether() {
    OrganisationBuilder builder = yundou()
        // unknown person as guarantor
        .guarantee(
            new GuaranteeAssignment.TeacherForStudent(PersonId.of("ghost"), StudentId.of("Y1")))
        // unknown student
        .guarantee(new GuaranteeAssignment.TeacherForStudent(
            PersonId.of("junior-teacher"), StudentId.of("nobody")))
        // student Y1 already guaranteed by junior-teacher: guaranteed twice
        .guarantee(new GuaranteeAssignment.TeacherForStudent(
            PersonId.of("junior-teacher"), StudentId.of("Y1")))
        // unknown township
        .guarantee(new GuaranteeAssignment.LeaderForTownship(
            PersonId.of("bureau-leader"), DivisionCode.parse("610922199000")));
    Seq<String> problems = describe(violations(builder, ResponsibilityProfile.national()));
    assertThat(problems)
        .containsExactly(
            "guarantees[15]: unknown person ghost",
            "guarantees[16]: unknown student ******",
            "guarantees[17]: student ** is guaranteed twice: already by junior-teacher, now by junior-teacher",
            "guarantees[18]: unknown township 610922199000");
  }

  @Test
  @Tag("R-RC-4")
  void teacherMustTeachAtTheStudentsSchool() {
    OrganisationBuilder builder = yundou()
        .student(new StudentPlacement(StudentId.of("Z"), yundouVillage(1), JUNIOR, true))
        .guarantee(new GuaranteeAssignment.TeacherForStudent(
            PersonId.of("primary-teacher"), StudentId.of("Z")));
    assertThat(describe(violations(builder, ResponsibilityProfile.national())))
        .containsExactly(
            "guarantees[15]: person primary-teacher holds no teacher position at school 熨斗初级中学, the school of student *");
  }

  @Test
  void unknownDivisionsSchoolsAndStudentsAreReportedWithTheirPaths() {
    OrganisationBuilder builder = Organisation.builder(SHIQUAN)
        .division(DivisionCode.parse("610922105201"))
        .division(DivisionCode.parse("610729101000"))
        .school(JUNIOR, DivisionCode.parse("610922106000"))
        .student(new StudentPlacement(StudentId.of("s"), yundouVillage(1), CENTRAL_PRIMARY, true))
        .survey(yundouVillage(2), JUNIOR);
    assertThat(describe(violations(builder, ResponsibilityProfile.national())))
        .containsExactly(
            "divisions[1]: division 610729101000 is not within county 610922000000",
            "divisions[0]: village 610922105201 names township 610922105000, which is not listed",
            "schools[0]: school 熨斗初级中学 is located in unknown division 610922106000",
            "students[0]: student * has household in unknown village 610922104201",
            "students[0]: student * attends unknown school 熨斗镇中心小学",
            "surveys[0]: survey assignment names unknown village 610922104202",
            "surveys[0]: survey assignment names unknown school 熨斗初级中学");
  }

  @Test
  void inputMayComeInAnyOrder() {
    Organisation org = Organisation.builder(SHIQUAN)
        .student(new StudentPlacement(StudentId.of("s"), yundouVillage(1), JUNIOR, false))
        .school(JUNIOR, yundouVillage(1))
        .division(yundouVillage(1))
        .division(YUNDOU)
        .build(ResponsibilityProfile.national())
        .get();
    assertThat(org.villages(YUNDOU)).containsExactly(yundouVillage(1));
    assertThat(org.placement(StudentId.of("s"))).isNotEmpty();
  }

  @Test
  @Tag("R-RC-3")
  void letterBetweenNonAdjacentLevelsIsRejected() {
    OrganisationBuilder builder = yundou()
        .letter(new ResponsibilityLetter(
            Position.countyHead(SHIQUAN), Position.villageDirector(yundouVillage(1)), YEAR_2022))
        .letter(new ResponsibilityLetter(
            Position.bureauDirector(SHIQUAN),
            Position.teacher(JUNIOR, PersonId.of("junior-teacher")),
            YEAR_2022))
        .letter(new ResponsibilityLetter(
            Position.principal(JUNIOR),
            Position.teacher(CENTRAL_PRIMARY, PersonId.of("primary-teacher")),
            YEAR_2022))
        .letter(new ResponsibilityLetter(
            Position.principal(JUNIOR),
            Position.teacher(JUNIOR, PersonId.of("junior-teacher")),
            YEAR_2022))
        .letter(new ResponsibilityLetter(
            Position.principal(JUNIOR),
            Position.teacher(JUNIOR, PersonId.of("junior-teacher")),
            YEAR_2022));
    assertThat(describe(violations(builder, ResponsibilityProfile.national())))
        .containsExactly(
            "letters[0]: letter between 县长@610922000000 and 村委会主任@610922104201 joins no two adjacent levels of a line (县长 → 村委会主任)",
            "letters[1]: letter between 教育局长@610922000000 and 师长@熨斗初级中学/junior-teacher joins no two adjacent levels of a line (教育局长 → 师长)",
            "letters[2]: letter 学校—教师: 校长@熨斗初级中学 is not directly above 师长@熨斗镇中心小学/primary-teacher",
            "letters[4]: letter between 校长@熨斗初级中学 and 师长@熨斗初级中学/junior-teacher for 2022-2023 is listed twice");
  }

  @Test
  @Tag("R-RC-1")
  void severalLeadingPositionsOnlyWhereTheProfileAllows() {
    OrganisationBuilder builder = yundou()
        .appoint(PersonId.of("yundou-head"), Position.villageDirector(Fixtures.YUNDOU_COMMUNITY));
    // The community's director seat is already held, so use a fresh village.
    OrganisationBuilder fresh = Organisation.builder(SHIQUAN)
        .division(YUNDOU)
        .division(yundouVillage(1))
        .person(Person.of("li", "李"))
        .appoint(PersonId.of("li"), Position.townshipHead(YUNDOU))
        .appoint(PersonId.of("li"), Position.villageDirector(yundouVillage(1)))
        .appoint(PersonId.of("li"), Position.educationCentreDirector(YUNDOU));
    assertThat(describe(violations(fresh, ResponsibilityProfile.national())))
        .hasSize(2)
        .allSatisfy(problem ->
            assertThat(problem).contains("would hold several leading positions").contains("一人一职"));
    assertThat(fresh
            .build(ResponsibilityProfile.national()
                .withHolding(PositionHolding.SEVERAL_HEAD_POSITIONS))
            .isValid())
        .isTrue();
    assertThat(describe(violations(
            builder,
            ResponsibilityProfile.national().withHolding(PositionHolding.SEVERAL_HEAD_POSITIONS))))
        .containsExactly(
            "appointments[24]: position 村委会主任@610922104001 is already held by director-14; cannot appoint yundou-head");
  }

  @Test
  @Tag("R-RC-5")
  void cycleOfSchoolLeadersIsRejected() {
    SchoolId school = JUNIOR;
    OrganisationBuilder builder =
        Organisation.builder(SHIQUAN).division(YUNDOU).school(school, YUNDOU);
    for (String id : new String[] {"a", "b", "c"}) {
      builder
          .person(Person.of(id, id))
          .appoint(PersonId.of(id), Position.teacher(school, PersonId.of(id)))
          .appoint(PersonId.of(id), Position.schoolLeader(school, PersonId.of(id)));
    }
    builder
        .guarantee(new GuaranteeAssignment.LeaderForTeacher(PersonId.of("a"), PersonId.of("b")))
        .guarantee(new GuaranteeAssignment.LeaderForTeacher(PersonId.of("b"), PersonId.of("c")))
        .guarantee(new GuaranteeAssignment.LeaderForTeacher(PersonId.of("c"), PersonId.of("a")));
    Seq<String> problems = describe(violations(builder, ResponsibilityProfile.national()));
    assertThat(problems).hasSize(1);
    assertThat(problems.head())
        .contains("school leaders guarantee one another in a cycle")
        .contains("a")
        .contains("b")
        .contains("c");
  }

  @Test
  @Tag("R-RC-5")
  void leaderGuaranteeingHimselfIsACycleOfOne() {
    OrganisationBuilder builder = Organisation.builder(SHIQUAN)
        .division(YUNDOU)
        .school(JUNIOR, YUNDOU)
        .person(Person.of("a", "a"))
        .appoint(PersonId.of("a"), Position.teacher(JUNIOR, PersonId.of("a")))
        .appoint(PersonId.of("a"), Position.schoolLeader(JUNIOR, PersonId.of("a")))
        .guarantee(new GuaranteeAssignment.LeaderForTeacher(PersonId.of("a"), PersonId.of("a")));
    assertThat(describe(violations(builder, ResponsibilityProfile.national())))
        .containsExactly("guarantees[0]: school leaders guarantee one another in a cycle: [a]");
  }

  @Test
  @Tag("R-RC-4")
  void capOfZeroIsAnAccumulatedViolationInUntrustedInput() {
    assertThat(GuaranteeCap.validate("$.caps.TEACHER_STUDENT", 0, 0)
            .getError()
            .map(Violation::toString))
        .containsExactly("$.caps.TEACHER_STUDENT.maximum: cap must be at least 1, found 0");
    assertThat(GuaranteeCap.validate("cap", -1, 0).getError()).hasSize(2);
    assertThat(GuaranteeCap.validate("cap", 9, 8).getError().map(Violation::toString))
        .containsExactly("cap.minimum: minimum 9 is above the cap 8");
    assertThat(GuaranteeCap.validate("cap", 6, 8).get()).isEqualTo(GuaranteeCap.of(6, 8));
  }

  @Test
  void nullInputIsAViolationNotAnException() {
    OrganisationBuilder builder = Organisation.builder(SHIQUAN)
        .division(null)
        .student(null)
        .guarantee(null)
        .letter(null)
        .person(null)
        .appoint(null, null);
    assertThat(violations(builder, ResponsibilityProfile.national())).hasSize(6);
  }

  @Test
  void seatsOfTheWrongLevelAreProgrammerErrors() {
    assertThatThrownBy(() -> Position.townshipHead(YUNDOU_COMMUNITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected a township-level code, found 610922104001 (village)");
    assertThatThrownBy(() -> Organisation.builder(YUNDOU))
        .hasMessageContaining("expected a county-level code");
  }
}

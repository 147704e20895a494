package org.kbbx.core.responsibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kbbx.core.responsibility.Fixtures.*;

import io.vavr.collection.Seq;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.id.StudentId;

class OrganisationTest {

  private static final ResponsibilityProfile NO_LETTERS =
      ResponsibilityProfile.national().withLettersRequired(Set.of());

  private static Organisation built(OrganisationBuilder builder, ResponsibilityProfile profile) {
    return builder.build(profile).getOrElseGet(problems -> {
      throw new AssertionError(problems.mkString("; "));
    });
  }

  @Test
  @Tag("R-RC-4")
  void liubaThirtyFiveTeachersLookAfterSixToEightEachOfTwoHundredFiftyNine() {
    Organisation org = built(liuba(Fixtures::liubaTeacherOf), hanzhong());
    assertThat(org.students()).hasSize(LIUBA_STUDENTS);
    int total = 0;
    for (int t = 1; t <= LIUBA_TEACHERS; t++) {
      int wards =
          org.visibleStudents(Position.teacher(MADAO_MIDDLE, liubaTeacher(t))).size();
      assertThat(wards).isBetween(6, 8);
      total += wards;
    }
    assertThat(total).isEqualTo(LIUBA_STUDENTS);
    assertThat(org.coverage(YEAR_2018)).isEmpty();
  }

  @Test
  @Tag("R-RC-5")
  void liubaTeacherOverTheCapIsNamedWithTheExcess() {
    // Three students of teacher 35 move to teacher 1, who then has 11: three over the cap of 8.
    Organisation org = built(liuba(n -> n >= 257 ? 1 : liubaTeacherOf(n)), hanzhong());
    assertThat(org.coverage(YEAR_2018))
        .containsExactly(new CoverageFinding.GuarantorOverCap(
            GuaranteeKind.TEACHER_STUDENT,
            Position.teacher(MADAO_MIDDLE, liubaTeacher(1)),
            11,
            GuaranteeCap.of(6, 8)));
    CoverageFinding.GuarantorOverCap finding =
        (CoverageFinding.GuarantorOverCap) org.coverage(YEAR_2018).head();
    assertThat(finding.excess()).isEqualTo(3);
    assertThat(finding.describe())
        .contains("T01")
        .contains("11 wards")
        .contains("3 over the cap of 8");
  }

  @Test
  @Tag("R-RC-5")
  void liubaTwoLevelLettersAreRequiredForEachSchoolYear() {
    Organisation org = built(liuba(Fixtures::liubaTeacherOf), hanzhong());
    assertThat(org.coverage(YEAR_2018.next()))
        .containsExactly(
            new CoverageFinding.MissingLetter(
                ChainLink.COUNTY_TOWNSHIP,
                Position.countyHead(LIUBA),
                Position.townshipHead(MADAO),
                YEAR_2018.next()),
            new CoverageFinding.MissingLetter(
                ChainLink.BUREAU_SCHOOL,
                Position.bureauDirector(LIUBA),
                Position.principal(MADAO_MIDDLE),
                YEAR_2018.next()));
  }

  @Test
  @Tag("R-RC-5")
  void yundouJuniorSurveysSixVillagesCentralPrimarySevenAndOneCommunity() {
    Organisation org = built(yundou(), NO_LETTERS);
    assertThat(org.surveyedVillages(JUNIOR)).hasSize(6);
    assertThat(org.surveyedVillages(CENTRAL_PRIMARY)).hasSize(8).contains(YUNDOU_COMMUNITY);
    assertThat(org.surveySchool(YUNDOU_COMMUNITY)).contains(CENTRAL_PRIMARY);
    assertThat(org.coverage(YEAR_2022)).isEmpty();
  }

  @Test
  @Tag("R-RC-5")
  void yundouVillageWithoutSurveySchoolIsNamed() {
    Organisation org = built(yundou(3, 14), NO_LETTERS);
    assertThat(org.coverage(YEAR_2022))
        .containsExactly(
            new CoverageFinding.VillageWithoutSurveySchool(yundouVillage(3)),
            new CoverageFinding.VillageWithoutSurveySchool(YUNDOU_COMMUNITY));
  }

  @Test
  @Tag("R-RC-5")
  void priorityStudentWithoutTeacherAndTownshipWithoutBureauGuarantorAreNamed() {
    OrganisationBuilder builder =
        Organisation.builder(SHIQUAN).division(YUNDOU).division(yundouVillage(1));
    builder.school(JUNIOR, YUNDOU).survey(yundouVillage(1), JUNIOR);
    builder.student(new StudentPlacement(StudentId.of("poor"), yundouVillage(1), JUNIOR, true));
    builder.student(new StudentPlacement(StudentId.of("other"), yundouVillage(1), JUNIOR, false));
    Seq<CoverageFinding> findings = built(builder, NO_LETTERS).coverage(YEAR_2022);
    assertThat(findings)
        .containsExactly(
            new CoverageFinding.BrokenLink(Position.countyHead(SHIQUAN)),
            new CoverageFinding.BrokenLink(Position.bureauDirector(SHIQUAN)),
            new CoverageFinding.BrokenLink(Position.townshipHead(YUNDOU)),
            new CoverageFinding.BrokenLink(Position.villageDirector(yundouVillage(1))),
            new CoverageFinding.BrokenLink(Position.principal(JUNIOR)),
            new CoverageFinding.BrokenLink(Position.educationCentreDirector(YUNDOU)),
            new CoverageFinding.ClassTeacherVacant(StudentId.of("poor"), JUNIOR),
            new CoverageFinding.ClassTeacherVacant(StudentId.of("other"), JUNIOR),
            new CoverageFinding.StudentWithoutGuarantor(StudentId.of("poor"), JUNIOR),
            new CoverageFinding.TownshipWithoutBureauGuarantor(YUNDOU));
    assertThat(findings.map(CoverageFinding::code).distinct())
        .containsExactly(
            "BROKEN_LINK",
            "CLASS_TEACHER_VACANT",
            "STUDENT_WITHOUT_GUARANTOR",
            "TOWNSHIP_WITHOUT_BUREAU_GUARANTOR");
    // PIPL: the finding names the school, never the student's id.
    assertThat(findings.get(6).describe()).doesNotContain("poor").contains(JUNIOR.toString());
    assertThat(findings.get(6).toString()).doesNotContain("poor");
  }

  @Test
  @Tag("R-RC-2")
  void governmentChainRunsFromParentToCountyHead() {
    Organisation org = built(
        yundou()
            .letter(new ResponsibilityLetter(
                Position.townshipHead(YUNDOU),
                Position.villageDirector(yundouVillage(2)),
                YEAR_2022)),
        NO_LETTERS);
    ResponsibilityChain chain =
        org.chainFor(StudentId.of("Y2"), Line.GOVERNMENT, YEAR_2022).get();
    assertThat(chain.steps().map(ChainStep::role))
        .containsExactly(Role.PARENT, Role.VILLAGE_DIRECTOR, Role.TOWNSHIP_HEAD, Role.COUNTY_HEAD);
    assertThat(chain.steps().map(step -> step.position().get()))
        .containsExactly(
            Position.parent(StudentId.of("Y2")),
            Position.villageDirector(yundouVillage(2)),
            Position.townshipHead(YUNDOU),
            Position.countyHead(SHIQUAN));
    assertThat(chain.steps().get(1).holder().map(Person::name)).contains("村主任2");
    assertThat(chain.steps().get(1).letterAbove()).isNotEmpty();
    assertThat(chain.steps().get(2).letterAbove()).isEmpty();
    assertThat(chain.steps().last().letterAbove()).isEmpty();
    assertThat(chain.isComplete()).isFalse();
  }

  @Test
  @Tag("R-RC-2")
  @Tag("R-RC-10")
  void educationChainRunsThroughTheClassTeacherNotTheGuarantor() {
    Organisation org = built(yundou(), NO_LETTERS);
    ResponsibilityChain chain =
        org.chainFor(StudentId.of("Y9"), Line.EDUCATION, YEAR_2022).get();
    assertThat(chain.steps().map(ChainStep::role))
        .containsExactly(Role.PARENT, Role.TEACHER, Role.PRINCIPAL, Role.BUREAU_DIRECTOR);
    assertThat(chain.steps().get(1).position())
        .contains(Position.teacher(CENTRAL_PRIMARY, PRIMARY_CLASS_TEACHER));
    assertThat(org.guarantor(StudentId.of("Y9")))
        .contains(Position.teacher(CENTRAL_PRIMARY, PersonId.of("primary-teacher")));
    assertThat(chain.steps().get(2).holder().map(Person::name)).contains("中心小学校长");
    assertThat(chain.line().duty()).isEqualTo(Duty.RETENTION);
  }

  @Test
  @Tag("R-RC-2")
  void chainOfAnUnknownStudentIsNone() {
    assertThat(
            built(yundou(), NO_LETTERS).chainFor(StudentId.of("nobody"), Line.EDUCATION, YEAR_2022))
        .isEmpty();
  }

  @Test
  @Tag("R-RC-3")
  void fullySignedChainIsComplete() {
    OrganisationBuilder builder = yundou()
        .letter(new ResponsibilityLetter(
            Position.bureauDirector(SHIQUAN), Position.principal(JUNIOR), YEAR_2022))
        .letter(new ResponsibilityLetter(
            Position.principal(JUNIOR),
            Position.teacher(JUNIOR, PersonId.of("junior-teacher")),
            YEAR_2022))
        .letter(new ResponsibilityLetter(
            Position.teacher(JUNIOR, PersonId.of("junior-teacher")),
            Position.parent(StudentId.of("Y1")),
            YEAR_2022));
    ResponsibilityChain chain = built(builder, NO_LETTERS)
        .chainFor(StudentId.of("Y1"), Line.EDUCATION, YEAR_2022)
        .get();
    assertThat(chain.isComplete()).isTrue();
  }

  @Test
  @Tag("R-RC-10")
  void classTeacherMustHoldATeacherSeatOfTheStudentsSchoolAndBeTheOnlyOne() {
    var result = yundou()
        .classTeacher(StudentId.of("Y1"), PersonId.of("junior-teacher")) // Y1 has one already
        .classTeacher(
            StudentId.of("Y7"), PersonId.of("junior-teacher")) // Y7 attends the central primary
        .classTeacher(StudentId.of("nobody"), PersonId.of("junior-teacher"))
        .build(NO_LETTERS);
    assertThat(result.isInvalid()).isTrue();
    assertThat(result.getError().map(v -> v.path()))
        .containsExactly("classTeachers[14]", "classTeachers[15]", "classTeachers[16]");
    assertThat(result.getError().map(v -> v.message()).mkString(" "))
        .doesNotContain("Y1", "Y7", "nobody");
  }

  @Test
  @Tag("R-RC-10")
  void teacherParentLetterIsNeededForEveryChildAtSchoolThroughTheClassTeacher() {
    ResponsibilityProfile teacherParent =
        ResponsibilityProfile.national().withLettersRequired(Set.of(ChainLink.TEACHER_PARENT));
    Organisation org = built(yundou(), teacherParent);
    // 14 students, one letter each from the class teacher, whether or not they are priority
    // students.
    Seq<CoverageFinding> findings = org.coverage(YEAR_2022);
    assertThat(findings).hasSize(14).allMatch(f -> f instanceof CoverageFinding.MissingLetter);
    assertThat(findings.map(f -> ((CoverageFinding.MissingLetter) f).upper()).distinct())
        .containsExactly(
            Position.teacher(JUNIOR, PersonId.of("junior-teacher")),
            Position.teacher(CENTRAL_PRIMARY, PRIMARY_CLASS_TEACHER));
    Organisation signed = built(
        yundou()
            .letter(new ResponsibilityLetter(
                Position.teacher(CENTRAL_PRIMARY, PRIMARY_CLASS_TEACHER),
                Position.parent(StudentId.of("Y7")),
                YEAR_2022)),
        teacherParent);
    assertThat(signed.coverage(YEAR_2022)).hasSize(13);
  }

  @Test
  @Tag("R-RC-10")
  void classTeacherSeesHerClassAndHerWards() {
    Organisation org = built(yundou(), NO_LETTERS);
    Position classTeacher = Position.teacher(CENTRAL_PRIMARY, PRIMARY_CLASS_TEACHER);
    assertThat(org.classOf(classTeacher)).hasSize(8);
    assertThat(org.classTeacher(StudentId.of("Y7"))).contains(classTeacher);
    assertThat(org.maySee(classTeacher, StudentId.of("Y7"))).isTrue();
    assertThat(org.maySee(classTeacher, StudentId.of("Y1"))).isFalse();
    assertThat(org.visibleStudents(classTeacher)).isEqualTo(org.classOf(classTeacher));
  }
}

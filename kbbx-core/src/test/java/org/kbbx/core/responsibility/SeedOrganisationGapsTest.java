package org.kbbx.core.responsibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kbbx.core.responsibility.Fixtures.*;

import io.vavr.collection.Vector;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.StudentId;

/**
 * The organisations of seeds 003 (Yundou: two schools surveying 13 villages and one community) and
 * 004 (Liuba's 马道中学: 35 teachers, 259 students at 6–8 each) with gaps punched in: coverage
 * reports exactly those gaps, by name.
 */
class SeedOrganisationGapsTest {

  private static final ResponsibilityProfile NO_LETTERS =
      ResponsibilityProfile.national().withLettersRequired(Set.of());

  private static Organisation built(OrganisationBuilder builder, ResponsibilityProfile profile) {
    return builder.build(profile).getOrElseGet(problems -> {
      throw new AssertionError(problems.mkString("; "));
    });
  }

  @Test
  @Tag("R-RC-11")
  @Tag("R-RC-12")
  @Tag("R-RC-13")
  @Tag("R-RC-15")
  void yundouWithFourGapsPunchedReportsExactlyThoseFourByName() {
    DivisionCode qijian = yundouVillage(6);
    DivisionCode zhonghe = yundouVillage(7);
    DivisionCode maiping = yundouVillage(10);
    OrganisationBuilder builder = yundou(6) // 齐建村 assigned to no school
        .survey(zhonghe, JUNIOR) // 中河村 assigned to both schools
        .vacate(Position.educationCentreDirector(YUNDOU))
        .vacate(Position.villageDirector(maiping));
    Organisation org = built(builder, NO_LETTERS);

    assertThat(org.coverage(YEAR_2022))
        .containsExactly(
            new CoverageFinding.BrokenLink(Position.villageDirector(maiping)),
            new CoverageFinding.BrokenLink(Position.educationCentreDirector(YUNDOU)),
            new CoverageFinding.VillageWithoutSurveySchool(qijian),
            new CoverageFinding.VillageSurveyedBySeveral(
                zhonghe, Vector.of(CENTRAL_PRIMARY, JUNIOR)));
    assertThat(org.coverage(YEAR_2022).map(org::describe))
        .containsExactly(
            "no one holds 村委会主任@麦坪村",
            "no one holds 教育管理中心主任@熨斗镇",
            "village 齐建村 is assigned to no survey school",
            "village 中河村 is assigned to several survey schools: 熨斗镇中心小学, 熨斗初级中学");
    assertThat(org.surveySchool(zhonghe)).isEmpty();
    assertThat(org.surveySchools(zhonghe)).containsExactly(CENTRAL_PRIMARY, JUNIOR);
  }

  @Test
  @Tag("R-RC-11")
  void yundouCommunityIsItsOwnKindAndPrintsByName() {
    Organisation org = built(yundou(14), NO_LETTERS);
    assertThat(org.isCommunity(YUNDOU_COMMUNITY)).isTrue();
    assertThat(org.isCommunity(yundouVillage(1))).isFalse();
    assertThat(org.name(yundouVillage(6))).contains("齐建村");
    assertThat(org.name(JUNIOR)).contains("熨斗初级中学");
    assertThat(org.coverage(YEAR_2022).map(org::describe))
        .containsExactly("community 熨斗社区 is assigned to no survey school");
    assertThat(org.label(Position.villageDirector(YUNDOU_COMMUNITY))).isEqualTo("社区居委会主任@熨斗社区");
  }

  @Test
  @Tag("R-RC-12")
  void theCentreSeesItsTownshipsStudentsAndItsDirectorIsDirectlyResponsible() {
    Organisation org = built(yundou(), NO_LETTERS);
    Position centre = Position.educationCentreDirector(YUNDOU);
    assertThat(org.visibleStudents(centre)).hasSize(14);
    assertThat(org.subordinates(centre))
        .containsExactly(Position.principal(CENTRAL_PRIMARY), Position.principal(JUNIOR));
    assertThat(centre.role().degree()).contains(ResponsibilityDegree.DIRECT);
  }

  @Test
  @Tag("R-RC-15")
  void liubaTeacherSeatVacatedInOneCallIsOneFindingAndHerStudentsKeepAVacantTeacherLevel() {
    Position seven = Position.teacher(MADAO_MIDDLE, liubaTeacher(7));
    Organisation org = built(
        liuba(Fixtures::liubaTeacherOf)
            .vacate(seven)
            .vacate(Position.townshipHead(MADAO))
            .vacate(Position.principal(MADAO_MIDDLE)),
        hanzhong());

    assertThat(org.coverage(YEAR_2018))
        .containsExactly(
            new CoverageFinding.BrokenLink(Position.townshipHead(MADAO)),
            new CoverageFinding.BrokenLink(Position.principal(MADAO_MIDDLE)),
            new CoverageFinding.BrokenLink(seven));
    assertThat(org.coverage(YEAR_2018).map(org::describe))
        .contains("no one holds 师长@马道中学/教师7", "no one holds 乡(镇)长@马道镇");
    // student 49 is in teacher 7's class (8 per class for the first 14 teachers)
    StudentId child = liubaStudent(49);
    ResponsibilityChain chain = org.chainFor(child, Line.EDUCATION, YEAR_2018).get();
    ChainStep teacherLevel = chain.steps().get(1);
    assertThat(teacherLevel.role()).isEqualTo(Role.TEACHER);
    assertThat(teacherLevel.position()).contains(seven);
    assertThat(teacherLevel.holder()).isEmpty();
    assertThat(org.classTeacher(child)).contains(seven);
    assertThat(org.isDeclaredVacant(seven)).isTrue();
  }

  @Test
  @Tag("R-RC-16")
  void liubaReliefResponsiblePersonGuaranteesAChildWithoutReplacingTheTeacher() {
    PersonId relief = PersonId.of("relief");
    DivisionCode village = DivisionCode.of(MADAO.value() + 202);
    PersonId officer = PersonId.of("officer");
    StudentId orphan = liubaStudent(1);
    OrganisationBuilder builder = liuba(Fixtures::liubaTeacherOf);
    seat(builder, "relief", "帮扶责任人甲", Position.reliefResponsible(relief));
    seat(builder, "officer", "信息管理员乙", Position.villageOfficer(village, officer));
    builder.guarantee(new GuaranteeAssignment.ReliefPersonForStudent(relief, orphan));
    builder.guarantee(new GuaranteeAssignment.VillageOfficerForStudent(officer, orphan));
    Organisation org = built(builder, hanzhong());

    assertThat(org.otherGuarantors(orphan))
        .containsExactly(
            Position.reliefResponsible(relief), Position.villageOfficer(village, officer));
    assertThat(org.guarantor(orphan)).contains(Position.teacher(MADAO_MIDDLE, liubaTeacher(1)));
    assertThat(org.visibleStudents(Position.reliefResponsible(relief))).containsExactly(orphan);
    assertThat(org.maySee(Position.reliefResponsible(relief), liubaStudent(2))).isFalse();
    assertThat(org.coverage(YEAR_2018)).isEmpty();

    // an officer of another village cannot guarantee the child
    OrganisationBuilder wrong = liuba(Fixtures::liubaTeacherOf);
    seat(wrong, "officer", "信息管理员乙", Position.villageOfficer(village, officer));
    wrong.guarantee(new GuaranteeAssignment.VillageOfficerForStudent(officer, liubaStudent(2)));
    assertThat(wrong.build(hanzhong()).getError().map(v -> v.toString()).mkString())
        .contains("holds no 村级控辍信息管理员 position");
  }

  @Test
  @Tag("R-RC-11")
  void aGuardianOfTwoChildrenIsOneHouseholdSeatWithOneLetterPerLink() {
    PersonId mother = PersonId.of("mother");
    StudentId elder = liubaStudent(1);
    StudentId younger = liubaStudent(11); // same village (n % 5), another class
    OrganisationBuilder builder = liuba(Fixtures::liubaTeacherOf)
        .person(Person.of("mother", "李母"))
        .guardian(mother, elder)
        .guardian(mother, younger);
    ResponsibilityProfile householdLetters = ResponsibilityProfile.national()
        .withLettersRequired(Set.of(ChainLink.VILLAGE_HOUSEHOLD, ChainLink.TEACHER_PARENT));
    Organisation unsigned = built(builder, householdLetters);
    Position household = Position.guardian(mother);
    assertThat(unsigned.parentSeat(elder)).isEqualTo(household);
    assertThat(unsigned.parentSeat(younger)).isEqualTo(household);
    assertThat(unsigned.household(household)).containsExactly(elder, younger);
    long householdFindings = unsigned
        .coverage(YEAR_2018)
        .filter(f -> f instanceof CoverageFinding.MissingLetter m && m.lower().equals(household))
        .size();
    assertThat(householdFindings).isEqualTo(2); // one per link, not one per child
    // 259 children, 258 households: one letter per household per link
    assertThat(unsigned.coverage(YEAR_2018)).hasSize(2 * 258);

    // the class teacher of the younger child signs for the household: the teacher link is closed
    Organisation signed = built(
        builder.letter(new ResponsibilityLetter(
            Position.teacher(MADAO_MIDDLE, liubaTeacher(liubaTeacherOf(11))),
            household,
            YEAR_2018)),
        householdLetters);
    assertThat(signed
            .coverage(YEAR_2018)
            .filter(
                f -> f instanceof CoverageFinding.MissingLetter m && m.lower().equals(household))
            .map(f -> ((CoverageFinding.MissingLetter) f).link()))
        .containsExactly(ChainLink.VILLAGE_HOUSEHOLD);
    assertThat(signed.label(household)).isEqualTo("家长(李母)");
    assertThat(signed
            .chainFor(elder, Line.GOVERNMENT, YEAR_2018)
            .get()
            .steps()
            .head()
            .position())
        .contains(household);
  }

  @Test
  @Tag("R-RC-11")
  void aPrincipalWhoIsAlsoCentreDirectorIsRejectedByOneSeatProfilesAndAllowedBySeveral() {
    OrganisationBuilder builder = yundou()
        .vacate(Position.educationCentreDirector(YUNDOU))
        .appoint(PersonId.of("primary-principal"), Position.educationCentreDirector(YUNDOU));
    // vacate supersedes the appointment: still vacant
    assertThat(built(builder, NO_LETTERS).holder(Position.educationCentreDirector(YUNDOU)))
        .isEmpty();

    OrganisationBuilder twoSeats = Organisation.builder(SHIQUAN)
        .division(YUNDOU, "熨斗镇")
        .school(CENTRAL_PRIMARY, YUNDOU, "熨斗镇中心小学")
        .person(Person.of("p", "校长兼主任"))
        .appoint(PersonId.of("p"), Position.principal(CENTRAL_PRIMARY))
        .appoint(PersonId.of("p"), Position.educationCentreDirector(YUNDOU));
    assertThat(twoSeats.build(NO_LETTERS).isInvalid()).isTrue();
    Organisation allowed =
        built(twoSeats, NO_LETTERS.withHolding(PositionHolding.SEVERAL_HEAD_POSITIONS));
    assertThat(allowed.holder(Position.educationCentreDirector(YUNDOU)))
        .isEqualTo(allowed.holder(Position.principal(CENTRAL_PRIMARY)));
  }
}

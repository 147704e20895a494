package org.kbbx.rules.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.responsibility.AccountabilityRule;
import org.kbbx.core.responsibility.Organisation;
import org.kbbx.core.responsibility.Person;
import org.kbbx.core.responsibility.PersonId;
import org.kbbx.core.responsibility.Position;
import org.kbbx.core.responsibility.ResponsibilityProfile;
import org.kbbx.core.responsibility.StudentPlacement;
import org.kbbx.core.time.SchoolYear;

class FindingsByUnitTest {

  static final DivisionCode COUNTY = DivisionCode.parse("610922000000");
  static final DivisionCode TOWN = DivisionCode.parse("610922104000");
  static final DivisionCode VILLAGE = DivisionCode.parse("610922104201");
  static final SchoolId SCHOOL = SchoolId.of("S1");

  @Test
  @Tag("R-RC-5")
  void coverageGapsAreChargedToTheUnitThatMustCloseThem() {
    Organisation org = Organisation.builder(COUNTY)
        .division(TOWN)
        .division(VILLAGE)
        .school(SCHOOL, TOWN)
        .student(new StudentPlacement(StudentId.of("s1"), VILLAGE, SCHOOL, true))
        .build(ResponsibilityProfile.national().withLettersRequired(java.util.Set.of()))
        .get();
    Map<AccountableUnit, Seq<String>> byUnit =
        FindingsByUnit.of(org, org.coverage(SchoolYear.of(2023)));
    assertThat(byUnit.keySet().toJavaList())
        .containsExactly(
            new AccountableUnit.County(COUNTY),
            new AccountableUnit.Township(TOWN),
            new AccountableUnit.School(SCHOOL));
    assertThat(byUnit.get(new AccountableUnit.School(SCHOOL)).get())
        .containsExactly(
            "no one holds 校长@S1",
            "a student at school S1 has no class teacher",
            "student ** at school S1 has no teacher guarantor");
    assertThat(byUnit.get(new AccountableUnit.Township(TOWN)).get())
        .containsExactly(
            "no one holds 乡(镇)长@610922104000",
            "no one holds 村委会主任@610922104201",
            "no one holds 教育管理中心主任@610922104000",
            "village 610922104201 is assigned to no survey school");
    assertThat(byUnit.get(new AccountableUnit.County(COUNTY)).get()).hasSize(3);
  }

  @Test
  @Tag("R-RC-17")
  @Tag("R-RC-9")
  void findingsFeedTheCriticismRules() {
    Organisation valid = Organisation.builder(COUNTY)
        .division(TOWN)
        .division(VILLAGE)
        .school(SCHOOL, TOWN)
        .student(new StudentPlacement(StudentId.of("s1"), VILLAGE, SCHOOL, true))
        .build(ResponsibilityProfile.national().withLettersRequired(java.util.Set.of()))
        .get();
    SchoolYear year = SchoolYear.of(2023);
    List<UnitYearResult> results = new java.util.ArrayList<>();
    FindingsByUnit.of(valid, valid.coverage(year))
        .forEach((unit, lines) -> results.add(
            UnitYearResult.builder().unit(unit).year(year).addAllFindings(lines).build()));
    Seq<FiredRule> fired = AccountabilityEvaluation.evaluate(
            List.of(new AccountabilityRule.PublicCriticism(
                3, java.util.Set.of(org.kbbx.core.responsibility.WorkFailure.COVERAGE_FINDING))),
            results,
            year)
        .get();
    // R-RC-17: a profile may count coverage findings; the county itself is never charged
    assertThat(fired.map(FiredRule::unit))
        .containsExactly(new AccountableUnit.Township(TOWN), new AccountableUnit.School(SCHOOL));
    assertThat(AccountabilityEvaluation.evaluate(
                List.of(new AccountabilityRule.PublicCriticism(3)), results, year)
            .get())
        .isEmpty();
  }

  @Test
  @Tag("R-RC-11")
  @Tag("R-RC-16")
  void unitsPrintByTheNamesTheOrganisationGivesThemAndChildrenStayMasked() {
    StudentId child = StudentId.of("G522428201001011234");
    PersonId teacher = PersonId.of("T1");
    Organisation named = Organisation.builder(COUNTY)
        .division(TOWN, "马道镇")
        .division(VILLAGE, "齐建村")
        .school(SCHOOL, TOWN, "马道中学")
        .person(Person.of("T1", "张老师"))
        .appoint(teacher, Position.teacher(SCHOOL, teacher))
        .student(new StudentPlacement(child, VILLAGE, SCHOOL, true))
        .build(ResponsibilityProfile.national().withLettersRequired(java.util.Set.of()))
        .get();
    SchoolYear year = SchoolYear.of(2023);
    Map<AccountableUnit, Seq<String>> byUnit = FindingsByUnit.of(named, named.coverage(year));
    assertThat(byUnit.keySet().map(AccountableUnit::toString).toJavaList())
        .contains("township 马道镇 (610922104000)", "school 马道中学 (S1)");
    List<UnitYearResult> results = new java.util.ArrayList<>();
    byUnit.forEach((unit, lines) -> results.add(
        UnitYearResult.builder().unit(unit).year(year).addAllFindings(lines).build()));
    // a caller's own unnamed units take the organisation's names through the evaluation
    results.add(UnitYearResult.builder()
        .unit(new AccountableUnit.Holder(Position.teacher(SCHOOL, teacher)))
        .year(year)
        .addFailures(UnitFailure.about(
            org.kbbx.core.responsibility.WorkFailure.RETURN_STEP_OVERDUE, "CONTACT overdue", child))
        .build());
    List<AccountabilityRule> rules = List.of(
        new AccountabilityRule.OneVoteVeto(org.kbbx.core.person.PriorityGroup.REGISTERED_POOR),
        new AccountabilityRule.OrderSelfExamination(
            1,
            java.util.EnumSet.of(
                org.kbbx.core.responsibility.WorkFailure.COVERAGE_FINDING,
                org.kbbx.core.responsibility.WorkFailure.RETURN_STEP_OVERDUE)));
    results.set(
        0,
        UnitYearResult.builder()
            .from(results.get(0))
            .addDropouts(new StudentDropout(
                child, java.util.Set.of(org.kbbx.core.person.PriorityGroup.REGISTERED_POOR)))
            .build());
    Seq<FiredRule> fired =
        AccountabilityEvaluation.evaluate(rules, results, year, named).get();
    Seq<String> printed = fired.map(FiredRule::toString);
    assertThat(printed.filter(line -> line.startsWith("ONE_VOTE_VETO")).single())
        .startsWith("ONE_VOTE_VETO 一票否决 → " + byUnit.keySet().head() + " (");
    assertThat(printed)
        .anyMatch(line -> line.startsWith(
            "ORDER_SELF_EXAMINATION 责令检查 → township 马道镇 (610922104000) (乡(镇)长) 2023-2024: "))
        .anyMatch(line ->
            line.startsWith("ORDER_SELF_EXAMINATION 责令检查 → school 马道中学 (S1) (校长) 2023-2024: "))
        .anyMatch(line ->
            line.startsWith("ORDER_SELF_EXAMINATION 责令检查 → person 师长@马道中学/张老师 (师长) 2023-2024: "))
        .noneMatch(line -> line.contains("522428201001011234") || line.contains("201001011234"))
        .noneMatch(line -> line.contains("township 610922104000"));
    // without the organisation, the same results print by code
    assertThat(
            AccountabilityEvaluation.evaluate(rules, results, year).get().map(FiredRule::toString))
        .anyMatch(line -> line.contains("→ person 师长@S1/T1 "));
    assertThat(AccountabilityEvaluation.evaluate(rules, results, year, null).getError())
        .hasSize(1);
  }
}

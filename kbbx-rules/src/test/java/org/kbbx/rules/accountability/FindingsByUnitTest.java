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
}

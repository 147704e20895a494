package org.kbbx.rules.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.rate.Fraction;
import org.kbbx.core.rate.Rate;
import org.kbbx.core.rate.Target;
import org.kbbx.core.responsibility.AccountabilityRule;
import org.kbbx.core.responsibility.WorkFailure;
import org.kbbx.core.school.SchoolLevel;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.core.validation.Violation;

class AccountabilityEvaluationTest {

  static final AccountableUnit TOWNSHIP =
      new AccountableUnit.Township(DivisionCode.parse("520527101000"));
  static final AccountableUnit SCHOOL = new AccountableUnit.School(SchoolId.of("S1"));
  static final AccountableUnit COUNTY =
      new AccountableUnit.County(DivisionCode.parse("610723000000"));
  static final SchoolYear Y2023 = SchoolYear.of(2023);
  static final AccountabilityRule INTERVIEW = new AccountabilityRule.TownshipHeadInterview(
      SchoolLevel.JUNIOR_SECONDARY, Fraction.ofPercent("1.8"));
  static final AccountabilityRule PAY = new AccountabilityRule.PrincipalPayForfeit(2);
  static final AccountabilityRule VETO =
      new AccountabilityRule.OneVoteVeto(PriorityGroup.REGISTERED_POOR);

  static Seq<FiredRule> fire(List<AccountabilityRule> rules, UnitYearResult... results) {
    return AccountabilityEvaluation.evaluate(rules, Arrays.asList(results), Y2023)
        .get();
  }

  static UnitYearResult junior(
      AccountableUnit unit, SchoolYear year, long dropouts, long enrolled) {
    return UnitYearResult.builder()
        .unit(unit)
        .year(year)
        .putDropoutRates(SchoolLevel.JUNIOR_SECONDARY, Rate.of(dropouts, enrolled))
        .putDropoutTargets(SchoolLevel.JUNIOR_SECONDARY, Target.atMostPercent("1.8"))
        .build();
  }

  @ParameterizedTest(name = "R-RC-9 township junior rate {0}/{1} against 1.8%: interview {2}")
  @CsvSource({"3, 100, true", "18, 1000, false", "19, 1000, true", "0, 0, false", "0, 500, false"})
  @Tag("R-RC-9")
  void townshipHeadInterviewedWhenTheRateIsHigh(long dropouts, long enrolled, boolean interviewed) {
    Seq<FiredRule> fired = fire(List.of(INTERVIEW), junior(TOWNSHIP, Y2023, dropouts, enrolled));
    assertThat(fired.nonEmpty()).isEqualTo(interviewed);
  }

  @Test
  @Tag("R-RC-9")
  void interviewNamesTheTownshipHeadAndTheRate() {
    FiredRule fired = fire(List.of(INTERVIEW), junior(TOWNSHIP, Y2023, 3, 100)).single();
    assertThat(fired.unit().head().role().chineseLabel()).isEqualTo("乡(镇)长");
    assertThat(fired.rule().sanction().chineseLabel()).isEqualTo("约谈");
    assertThat(fired.evidence()).containsExactly("2023-2024 初中 dropout rate 3/100 = 3.00% > 1.8%");
  }

  @Test
  @Tag("R-RC-9")
  void interviewIsForTownshipsOnly() {
    assertThat(fire(List.of(INTERVIEW), junior(SCHOOL, Y2023, 3, 100))).isEmpty();
  }

  @ParameterizedTest(
      name = "R-RC-9 school over target in 2021/2022/2023 = {0}/{1}/{2}: pay forfeited {3}")
  @CsvSource({
    "true, true, true, true",
    "false, true, true, true",
    "true, false, true, false",
    "true, true, false, false",
    "false, false, true, false"
  })
  @Tag("R-RC-9")
  void principalLosesPayAfterTwoConsecutiveYearsOverTarget(
      boolean y2021, boolean y2022, boolean y2023, boolean fires) {
    Seq<FiredRule> fired = fire(
        List.of(PAY),
        junior(SCHOOL, SchoolYear.of(2021), y2021 ? 5 : 1, 100),
        junior(SCHOOL, SchoolYear.of(2022), y2022 ? 5 : 1, 100),
        junior(SCHOOL, Y2023, y2023 ? 5 : 1, 100));
    assertThat(fired.nonEmpty()).isEqualTo(fires);
  }

  @Test
  @Tag("R-RC-9")
  void payForfeitCitesBothYears() {
    FiredRule fired = fire(
            List.of(PAY),
            junior(SCHOOL, SchoolYear.of(2022), 2, 100),
            junior(SCHOOL, Y2023, 4, 100))
        .single();
    assertThat(fired.evidence())
        .containsExactly(
            "2022-2023 初中 dropout rate 2/100 = 2.00% misses target <= 1.8%",
            "2023-2024 初中 dropout rate 4/100 = 4.00% misses target <= 1.8%");
    assertThat(fired.rule().sanction().chineseLabel()).isEqualTo("取消校长全年绩效工资并调整工作");
    assertThat(fired.unit().head().role().chineseLabel()).isEqualTo("校长");
  }

  @Test
  @Tag("R-RC-9")
  void missingYearBreaksTheRun() {
    assertThat(fire(List.of(PAY), junior(SCHOOL, Y2023, 4, 100))).isEmpty();
  }

  @Test
  @Tag("R-RC-9")
  void oneVoteVetoWhenARegisteredPoorChildDropsOut() {
    UnitYearResult hanzhong = UnitYearResult.builder()
        .unit(COUNTY)
        .year(Y2023)
        .putDropoutsByGroup(PriorityGroup.REGISTERED_POOR, 1L)
        .putDropoutsByGroup(PriorityGroup.LEFT_BEHIND, 4L)
        .build();
    FiredRule fired = fire(List.of(VETO), hanzhong).single();
    assertThat(fired.evidence()).containsExactly("2023-2024 1 dropout(s) of 建档立卡/脱贫户");
    assertThat(fired.rule().sanction().chineseLabel()).isEqualTo("一票否决");
    UnitYearResult clean = UnitYearResult.builder()
        .unit(COUNTY)
        .year(Y2023)
        .putDropoutsByGroup(PriorityGroup.LEFT_BEHIND, 4L)
        .build();
    assertThat(fire(List.of(VETO), clean)).isEmpty();
  }

  @Test
  @Tag("R-RC-17")
  void workFailureRulesCountOnlyTheirCausesNeverPlainFindings() {
    UnitYearResult findingsOnly = UnitYearResult.builder()
        .unit(SCHOOL)
        .year(Y2023)
        .addFindings("a student at school S1 has no class teacher")
        .build();
    List<AccountabilityRule> seed002 = List.of(
        new AccountabilityRule.OrderSelfExamination(1), new AccountabilityRule.PublicCriticism(3));
    assertThat(fire(seed002, findingsOnly)).isEmpty();

    UnitYearResult twoFailures = UnitYearResult.builder()
        .from(findingsOnly)
        .addFailures(
            UnitFailure.of(
                WorkFailure.WEEKLY_REPORT_MISSING_OR_LATE, "week 38 zero report missing"),
            UnitFailure.about(
                WorkFailure.RETURN_STEP_OVERDUE,
                "home visit due 2023-10-12",
                StudentId.of("G522428201001011234")))
        .build();
    Seq<FiredRule> fired = fire(seed002, twoFailures);
    assertThat(fired.map(f -> f.rule().code())).containsExactly("ORDER_SELF_EXAMINATION");
    assertThat(fired.single().evidence())
        .containsExactly(
            "2023-2024 2 failure(s), at least 1:",
            "周报(零报告)缺报迟报: week 38 zero report missing",
            "劝返复学步骤逾期: home visit due 2023-10-12 (" + StudentId.of("G522428201001011234") + ")");
    assertThat(fired.single().toString()).doesNotContain("522428201001011234");
  }

  @Test
  @Tag("R-RC-17")
  void aRegisteredPoorOrMonitoredDropoutIsAFailureAndTheCountyIsNeverCharged() {
    StudentDropout monitored =
        new StudentDropout(StudentId.of("m1"), java.util.Set.of(PriorityGroup.MONITORED_HOUSEHOLD));
    StudentDropout leftBehind =
        new StudentDropout(StudentId.of("l1"), java.util.Set.of(PriorityGroup.LEFT_BEHIND));
    AccountabilityRule criticism = new AccountabilityRule.PublicCriticism(1);
    assertThat(fire(
            List.of(criticism),
            UnitYearResult.builder()
                .unit(SCHOOL)
                .year(Y2023)
                .addDropouts(leftBehind)
                .build()))
        .isEmpty();
    assertThat(fire(
                List.of(criticism),
                UnitYearResult.builder()
                    .unit(SCHOOL)
                    .year(Y2023)
                    .addDropouts(monitored)
                    .build())
            .single()
            .evidence())
        .contains("建档立卡或监测对象子女辍学: " + StudentId.of("m1"));
    UnitYearResult county = UnitYearResult.builder()
        .unit(COUNTY)
        .year(Y2023)
        .addDropouts(monitored)
        .addFailures(UnitFailure.of(WorkFailure.TERM_START_ROSTER_MISSING_OR_LATE, "late"))
        .build();
    assertThat(fire(List.of(criticism, new AccountabilityRule.OrderSelfExamination(1)), county))
        .isEmpty();
    AccountableUnit teacher =
        new AccountableUnit.Holder(org.kbbx.core.responsibility.Position.teacher(
            SchoolId.of("S1"), org.kbbx.core.responsibility.PersonId.of("t1")));
    assertThat(fire(
                List.of(criticism),
                UnitYearResult.builder()
                    .unit(teacher)
                    .year(Y2023)
                    .addFailures(UnitFailure.of(WorkFailure.RETURN_STEP_OVERDUE, "notice late"))
                    .build())
            .map(FiredRule::unit))
        .containsExactly(teacher);
  }

  @Test
  @Tag("R-RC-17")
  void countedPriorityDropoutsWithoutNamesAreFailuresTooAndNeverCountedTwice() {
    AccountabilityRule twoNeeded = new AccountabilityRule.OrderSelfExamination(2);
    UnitYearResult counted = UnitYearResult.builder()
        .unit(SCHOOL)
        .year(Y2023)
        .putDropoutsByGroup(PriorityGroup.REGISTERED_POOR, 1L)
        .build();
    // the register's count alone is a failure, as it fires the one-vote veto
    assertThat(fire(List.of(new AccountabilityRule.PublicCriticism(1)), counted)
            .single()
            .evidence())
        .containsExactly(
            "2023-2024 1 failure(s), at least 1:",
            "建档立卡或监测对象子女辍学: 1 counted dropout(s) without names");
    assertThat(fire(List.of(twoNeeded), counted)).isEmpty();
    // one child counted in both groups and also named is one failure, not three
    StudentDropout both = new StudentDropout(
        StudentId.of("b1"),
        java.util.Set.of(PriorityGroup.REGISTERED_POOR, PriorityGroup.MONITORED_HOUSEHOLD));
    UnitYearResult once = UnitYearResult.builder()
        .from(counted)
        .putDropoutsByGroup(PriorityGroup.MONITORED_HOUSEHOLD, 1L)
        .addDropouts(both)
        .build();
    assertThat(fire(List.of(twoNeeded), once)).isEmpty();
    assertThat(fire(
                List.of(twoNeeded),
                UnitYearResult.builder()
                    .from(once)
                    .putDropoutsByGroup(PriorityGroup.REGISTERED_POOR, 2L)
                    .build())
            .single()
            .evidence())
        .containsExactly(
            "2023-2024 2 failure(s), at least 2:",
            "建档立卡或监测对象子女辍学: " + StudentId.of("b1"),
            "建档立卡或监测对象子女辍学: 1 counted dropout(s) without names");
  }

  @Test
  @Tag("R-RC-16")
  void theOneVoteVetoNamesTheMaskedChildBehindIt() {
    StudentId child = StudentId.of("G522428201001011234");
    Seq<FiredRule> fired = fire(
        List.of(VETO),
        UnitYearResult.builder()
            .unit(TOWNSHIP)
            .year(Y2023)
            .addDropouts(new StudentDropout(child, java.util.Set.of(PriorityGroup.REGISTERED_POOR)))
            .build());
    assertThat(fired.single().evidence())
        .containsExactly("2023-2024 1 dropout(s) of 建档立卡/脱贫户: " + child);
    assertThat(child.toString()).doesNotContain("201001011234");
    assertThat(fired.single().toString()).doesNotContain("522428201001011234");
  }

  @Test
  @Tag("R-RC-9")
  void rulesFireInProfileOrder() {
    Seq<FiredRule> fired = fire(
        List.of(VETO, INTERVIEW),
        UnitYearResult.builder()
            .from(junior(TOWNSHIP, Y2023, 3, 100))
            .putDropoutsByGroup(PriorityGroup.REGISTERED_POOR, 2L)
            .build());
    assertThat(fired.map(f -> f.rule().code()))
        .containsExactly("ONE_VOTE_VETO", "TOWNSHIP_HEAD_INTERVIEW");
    assertThat(fired.head().toString())
        .startsWith("ONE_VOTE_VETO 一票否决 → township 520527101000 (乡(镇)长) 2023-2024");
  }

  @Test
  @Tag("R-SM-2")
  void badInputIsListedNotThrown() {
    Seq<Violation> problems = AccountabilityEvaluation.evaluate(
            Arrays.asList(INTERVIEW, null),
            Arrays.asList(junior(TOWNSHIP, Y2023, 1, 10), null, junior(TOWNSHIP, Y2023, 2, 10)),
            Y2023)
        .getError();
    assertThat(problems.map(Violation::toString))
        .containsExactly(
            "rules[1]: missing rule",
            "results[1]: missing result",
            "results[2]: second result for township 520527101000 in 2023-2024; expected one per unit and year");
    assertThat(AccountabilityEvaluation.evaluate(null, null, null).getError()).hasSize(3);
  }
}

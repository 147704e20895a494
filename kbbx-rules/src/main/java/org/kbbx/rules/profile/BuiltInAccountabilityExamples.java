package org.kbbx.rules.profile;

import io.vavr.control.Option;
import java.util.List;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.rate.Rate;
import org.kbbx.core.rate.Target;
import org.kbbx.core.responsibility.AccountabilityRule;
import org.kbbx.core.responsibility.PersonId;
import org.kbbx.core.responsibility.Position;
import org.kbbx.core.responsibility.WorkFailure;
import org.kbbx.core.school.SchoolLevel;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.rules.accountability.AccountableUnit;
import org.kbbx.rules.accountability.UnitFailure;
import org.kbbx.rules.accountability.UnitYearResult;

/**
 * The accountability examples (R-PROF-3) of the built-in profiles with accountability rules:
 * {@code HEZHANG_2018} (约谈, 取消绩效工资), {@code XX_COUNTY_2023} (责令检查, 通报批评 for 工作不力,
 * R-RC-17) and {@code HANZHONG_2018} (一票否决, R-RC-16). Units and names are example data.
 */
final class BuiltInAccountabilityExamples {

  private static final SchoolYear YEAR = SchoolYear.of(2023);

  private BuiltInAccountabilityExamples() {}

  private static AccountableUnit.Township township(String code, String name) {
    return new AccountableUnit.Township(DivisionCode.parse(code), Option.of(name));
  }

  private static AccountableUnit.School school(String id, String name) {
    return new AccountableUnit.School(SchoolId.of(id), Option.of(name));
  }

  private static AccountabilityExample.Fires fires(String code, AccountableUnit unit) {
    return new AccountabilityExample.Fires(code, unit);
  }

  private static UnitYearResult.Builder result(AccountableUnit unit, SchoolYear year) {
    return UnitYearResult.builder().unit(unit).year(year);
  }

  static List<AccountabilityExample> hezhang() {
    AccountableUnit.Township high = township("520527101000", "示例甲镇");
    AccountableUnit.Township atLimit = township("520527102000", "示例乙镇");
    AccountableUnit.School twice = school("HZ-S1", "示例甲镇中学");
    AccountableUnit.School once = school("HZ-S2", "示例乙镇中学");
    Target junior = Target.atMostPercent("1.8");
    return List.of(
        new AccountabilityExample(
            "四(九) 约谈: a township whose junior dropout rate is 2/100 = 2.00% (> 1.8%) has its "
                + "head interviewed; one at exactly 18/1000 = 1.8% does not",
            YEAR,
            List.of(
                result(high, YEAR)
                    .putDropoutRates(SchoolLevel.JUNIOR_SECONDARY, Rate.of(2, 100))
                    .build(),
                result(atLimit, YEAR)
                    .putDropoutRates(SchoolLevel.JUNIOR_SECONDARY, Rate.of(18, 1000))
                    .build()),
            List.of(fires(AccountabilityRule.TownshipHeadInterview.CODE, high))),
        new AccountabilityExample(
            "四(九) 连续两学年超标: a school over its 1.8% junior target in 2022-2023 and 2023-2024 "
                + "costs its principal the year's performance pay; over in 2023-2024 only does not",
            YEAR,
            List.of(
                result(twice, YEAR.plusYears(-1))
                    .putDropoutRates(SchoolLevel.JUNIOR_SECONDARY, Rate.of(3, 100))
                    .putDropoutTargets(SchoolLevel.JUNIOR_SECONDARY, junior)
                    .build(),
                result(twice, YEAR)
                    .putDropoutRates(SchoolLevel.JUNIOR_SECONDARY, Rate.of(2, 100))
                    .putDropoutTargets(SchoolLevel.JUNIOR_SECONDARY, junior)
                    .build(),
                result(once, YEAR.plusYears(-1))
                    .putDropoutRates(SchoolLevel.JUNIOR_SECONDARY, Rate.of(1, 100))
                    .putDropoutTargets(SchoolLevel.JUNIOR_SECONDARY, junior)
                    .build(),
                result(once, YEAR)
                    .putDropoutRates(SchoolLevel.JUNIOR_SECONDARY, Rate.of(2, 100))
                    .putDropoutTargets(SchoolLevel.JUNIOR_SECONDARY, junior)
                    .build()),
            List.of(fires(AccountabilityRule.PrincipalPayForfeit.CODE, twice))));
  }

  static List<AccountabilityExample> xxCounty() {
    AccountableUnit.County county =
        new AccountableUnit.County(DivisionCode.parse("990101000000"), Option.of("XX县"));
    AccountableUnit.Township poor = township("990101101000", "示例甲镇");
    AccountableUnit.Township gapOnly = township("990101102000", "示例乙镇");
    AccountableUnit.School late = school("XX-S1", "示例甲镇中心校");
    AccountableUnit.Holder teacher = new AccountableUnit.Holder(
        Position.teacher(SchoolId.of("XX-S1"), PersonId.of("XX-T1")),
        Option.of("师长@示例甲镇中心校/示例班主任"));
    String order = AccountabilityRule.OrderSelfExamination.CODE;
    String criticism = AccountabilityRule.PublicCriticism.CODE;
    return List.of(
        new AccountabilityExample(
            "工作不力 (R-RC-17): a school with a late weekly zero report and a township where a "
                + "monitored household's child dropped out (counted in the register) are ordered "
                + "to examine themselves and publicly criticised; a township with only a coverage "
                + "finding is not, nor is the county bureau itself for a late term-start roster",
            YEAR,
            List.of(
                result(late, YEAR)
                    .addFailures(UnitFailure.of(
                        WorkFailure.WEEKLY_REPORT_MISSING_OR_LATE,
                        "第37周零报告 due 2023-11-09, received 2023-11-13"))
                    .build(),
                result(poor, YEAR)
                    .putDropoutsByGroup(PriorityGroup.MONITORED_HOUSEHOLD, 1L)
                    .build(),
                result(gapOnly, YEAR)
                    .addFindings("village 示例村 is assigned to no survey school")
                    .build(),
                result(county, YEAR)
                    .addFailures(UnitFailure.of(
                        WorkFailure.TERM_START_ROSTER_MISSING_OR_LATE, "开学名册 due 2023-09-10"))
                    .build()),
            List.of(
                fires(order, late),
                fires(order, poor),
                fires(criticism, late),
                fires(criticism, poor))),
        new AccountabilityExample(
            "单位和个人 (R-RC-17): the class teacher whose return-persuasion step is overdue is "
                + "ordered to examine himself and publicly criticised as a person",
            YEAR,
            List.of(result(teacher, YEAR)
                .addFailures(UnitFailure.of(
                    WorkFailure.RETURN_STEP_OVERDUE, "CONTACT due 2023-10-10, not done"))
                .build()),
            List.of(fires(order, teacher), fires(criticism, teacher))));
  }

  static List<AccountabilityExample> hanzhong() {
    AccountableUnit.School poor = school("HANZ-S1", "示例中学");
    AccountableUnit.School leftBehind = school("HANZ-S2", "示例小学");
    return List.of(new AccountabilityExample(
        "一票否决: a school where a registered-poor child dropped out fails its assessment; a "
            + "school where a left-behind child dropped out does not",
        YEAR,
        List.of(
            result(poor, YEAR)
                .putDropoutsByGroup(PriorityGroup.REGISTERED_POOR, 1L)
                .build(),
            result(leftBehind, YEAR)
                .putDropoutsByGroup(PriorityGroup.LEFT_BEHIND, 1L)
                .build()),
        List.of(fires(AccountabilityRule.OneVoteVeto.CODE, poor))));
  }
}

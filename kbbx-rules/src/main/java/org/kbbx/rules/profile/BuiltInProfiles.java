package org.kbbx.rules.profile;

import static org.kbbx.rules.escalation.AlertCode.AUTO_DROPOUT;
import static org.kbbx.rules.escalation.AlertCode.DROPOUT_CONFIRMATION_REQUIRED;
import static org.kbbx.rules.escalation.AlertCode.FIRST_DAY_CONTACT;
import static org.kbbx.rules.escalation.AlertCode.HOME_VISIT_REQUIRED;
import static org.kbbx.rules.escalation.AlertCode.SUSPECTED_DROPOUT;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.rate.Fraction;
import org.kbbx.core.rate.Target;
import org.kbbx.core.responsibility.AccountabilityRule;
import org.kbbx.core.responsibility.GuaranteeCap;
import org.kbbx.core.responsibility.GuaranteeKind;
import org.kbbx.core.school.SchoolLevel;
import org.kbbx.rules.casework.CaseStep;
import org.kbbx.rules.casework.StepDeadline;
import org.kbbx.rules.escalation.AbsenceTrigger;
import org.kbbx.rules.escalation.ActionKind;
import org.kbbx.rules.escalation.Comparison;
import org.kbbx.rules.escalation.DropoutMode;
import org.kbbx.rules.escalation.DropoutRule;
import org.kbbx.rules.escalation.EvidenceKind;
import org.kbbx.rules.escalation.ExclusionReason;
import org.kbbx.rules.escalation.ExclusionRule;
import org.kbbx.rules.escalation.RequiredAction;
import org.kbbx.rules.obligation.Actor;
import org.kbbx.rules.obligation.DayCount;
import org.kbbx.rules.obligation.RecordDeadlines;
import org.kbbx.rules.obligation.TermStartDeadline;
import org.kbbx.rules.obligation.TermStartTask;
import org.kbbx.rules.obligation.WeeklyReportRule;

/**
 * The six built-in profiles as Java data (R-PROF-1): each value cites its document by its own
 * number (文号) where it has one, or by its title, and the section (docs/rules.md lists them).
 */
final class BuiltInProfiles {

  static final String HEZHANG = "赫府办发〔2018〕151号";
  static final String BISHAN = "重庆市璧山区义务教育控辍保学实施方案（2024）";
  static final String XX_COUNTY = "XX县2023年控辍保学提高义务教育巩固水平实施方案";
  static final String YUNDOU = "熨政发〔2022〕68号";
  static final String HANZHONG = "汉中市教育局 2018-11-20 报道（汉中市多举措确保建档立卡贫困户子女无义务教育学生辍学）";
  static final String STATE_COUNCIL = "国办发〔2017〕72号";
  static final String RECORD_RULES = "中小学生学籍管理办法（教基一〔2013〕7号）";
  static final String KBBX_SCREENING =
      "kbbx default (no seed gives screening weights, see org.kbbx.rules.profile)";
  static final String KBBX_DEFAULT = "kbbx default (docs/rules.md silent, see org.kbbx.rules.casework)";

  private BuiltInProfiles() {}

  static List<JurisdictionProfile> all() {
    return List.of(national(), hezhang(), bishan(), xxCounty(), yundou(), hanzhong());
  }

  private static <T> Sourced<T> from(T value, String document, String section) {
    return Sourced.of(value, Source.of(document, section));
  }

  private static TargetRule target(TargetIndicator indicator, SchoolLevel level, String target,
      Integer byYear) {
    return new TargetRule(indicator, Optional.ofNullable(level), Target.parse(target),
        Optional.ofNullable(byYear));
  }

  private static RequiredAction act(ActionKind kind, Actor actor, DayCount within, Actor... to) {
    return new RequiredAction(kind, actor, List.of(to), within);
  }

  static JurisdictionProfile national() {
    return JurisdictionProfile.builder()
        .id("NATIONAL")
        .name("国家基线（义务教育法、国办发〔2017〕72号）")
        .validFrom(LocalDate.of(2017, 9, 5))
        .document(Source.of(STATE_COUNCIL, "国务院办公厅关于进一步加强控辍保学提高义务教育巩固水平的通知"))
        .firstContact(from(
            new AbsenceTrigger(1, Comparison.REACHES, List.of(
                act(ActionKind.CONTACT_FAMILY, Actor.CLASS_TEACHER, DayCount.schoolDays(0)))),
            HEZHANG, "四(二)2 班主任要及时家访或与家长联系核实 (national practice, docs/rules.md R-ABS-2)"))
        .homeVisits(from(List.<AbsenceTrigger>of(), STATE_COUNCIL, "no home-visit threshold"))
        .suspected(from(
            new AbsenceTrigger(5, Comparison.MORE_THAN, List.of(
                act(ActionKind.MARK_IN_RECORD_SYSTEM, Actor.SCHOOL, DayCount.schoolDays(0)),
                act(ActionKind.START_RETURN_CASE, Actor.SCHOOL, DayCount.schoolDays(0)))),
            "教育部 疑似辍学工作定义", "无故连续缺课超过一周 (docs/rules.md R-ABS-2)"))
        .dropout(from(new DropoutRule(DropoutMode.AUTOMATIC, 1, List.of()),
            "全国中小学生学籍信息管理系统", "疑似辍学超过1个月未返校标注辍学 (docs/rules.md R-ABS-3)"))
        .exclusions(from(exclusions(), YUNDOU, "二(二), 四(二) 不属于失学辍学的范围及相关佐证材料"))
        .termStart(from(List.<TermStartDeadline>of(), STATE_COUNCIL, "no term-start deadline"))
        .weeklyReports(from(List.<WeeklyReportRule>of(), STATE_COUNCIL, "no weekly report"))
        .homeEducationVisitsPerWeek(from(0, STATE_COUNCIL, "no visit frequency"))
        .recordDeadlines(from(
            new RecordDeadlines(DayCount.schoolDays(10), DayCount.schoolDays(10)),
            RECORD_RULES, "转学、死亡注销 10 个工作日"))
        .suspension(from(new SuspensionLimits(Period.ofYears(1), 1, Period.ofYears(2)),
            RECORD_RULES, "休学一般不超过一学年，可延长一次，累计不超过两年"))
        .caseDeadlines(from(caseDeadlines(), KBBX_DEFAULT, ""))
        .targets(from(List.of(
                target(TargetIndicator.NINE_YEAR_CONSOLIDATION_RATE, null, ">= 95%", 2020)),
            STATE_COUNCIL, "到2020年，全国九年义务教育巩固率达到95%"))
        .guaranteeCaps(from(Map.<GuaranteeKind, GuaranteeCap>of(), STATE_COUNCIL, "no caps"))
        .accountability(from(List.<AccountabilityRule>of(), STATE_COUNCIL,
            "no numeric accountability rule"))
        .screeningWeights(from(new ScreeningWeights(1, 2, 5, 3, 4, 2, 2, 2), KBBX_SCREENING, ""))
        .addExamples(
            new ProfileExample("absent 6 school days from Mon 2023-10-02: suspected on the 6th "
                + "(2023-10-09), dropped out 2023-11-10", LocalDate.of(2023, 10, 2), 6, List.of(
                    ExpectedAlert.on(FIRST_DAY_CONTACT, LocalDate.of(2023, 10, 2)),
                    ExpectedAlert.on(SUSPECTED_DROPOUT, LocalDate.of(2023, 10, 9)),
                    ExpectedAlert.on(AUTO_DROPOUT, LocalDate.of(2023, 11, 10)))),
            new ProfileExample("absent 5 school days: more than 5 not reached, not suspected",
                LocalDate.of(2023, 10, 2), 5, List.of(ExpectedAlert.never(SUSPECTED_DROPOUT))))
        .build();
  }

  private static List<ExclusionRule> exclusions() {
    return List.of(
        new ExclusionRule(ExclusionReason.DEFERRED_ENTRY, List.of(EvidenceKind.DEFERRAL_APPROVAL)),
        new ExclusionRule(ExclusionReason.HOME_EDUCATION,
            List.of(EvidenceKind.PLACEMENT_ASSESSMENT, EvidenceKind.HOME_EDUCATION_RECORD)),
        new ExclusionRule(ExclusionReason.APPROVED_LEAVE, List.of(EvidenceKind.LEAVE_APPROVAL)),
        new ExclusionRule(ExclusionReason.SUSPENSION, List.of(EvidenceKind.SUSPENSION_APPROVAL)),
        new ExclusionRule(ExclusionReason.JUNIOR_COMPLETED,
            List.of(EvidenceKind.GRADUATION_CERTIFICATE)),
        new ExclusionRule(ExclusionReason.STUDYING_ELSEWHERE, List.of(EvidenceKind.ENROLMENT_PROOF)),
        new ExclusionRule(ExclusionReason.ABROAD, List.of(EvidenceKind.EXIT_RECORD)),
        new ExclusionRule(ExclusionReason.MISSING, List.of(EvidenceKind.POLICE_CERTIFICATE)),
        new ExclusionRule(ExclusionReason.DECEASED, List.of(EvidenceKind.DEATH_CERTIFICATE)));
  }

  private static List<StepDeadline> caseDeadlines() {
    return List.of(
        new StepDeadline(CaseStep.CONTACT, DayCount.schoolDays(1)),
        new StepDeadline(CaseStep.NON_RESIDENT_HANDOVER, DayCount.schoolDays(10)),
        new StepDeadline(CaseStep.RETURN_NOTICE, DayCount.schoolDays(5)),
        new StepDeadline(CaseStep.BUREAU_REPORT, DayCount.schoolDays(5)),
        new StepDeadline(CaseStep.GOVERNMENT_ESCALATION, DayCount.schoolDays(10)),
        new StepDeadline(CaseStep.ORDER_TO_CORRECT, DayCount.schoolDays(10)),
        new StepDeadline(CaseStep.URGE_NOTICE, DayCount.schoolDays(15)));
  }

  static JurisdictionProfile hezhang() {
    return JurisdictionProfile.builder()
        .id("HEZHANG_2018")
        .name("赫章县进一步加强控辍保学工作实施方案")
        .parent("NATIONAL")
        .validFrom(LocalDate.of(2018, 5, 28))
        .document(Source.of(HEZHANG, "赫府办发〔2018〕151号"))
        .suspected(from(
            new AbsenceTrigger(3, Comparison.REACHES, List.of(
                act(ActionKind.MARK_IN_RECORD_SYSTEM, Actor.SCHOOL, DayCount.schoolDays(0)),
                act(ActionKind.WRITTEN_REPORT, Actor.SCHOOL, DayCount.schoolDays(0),
                    Actor.TOWNSHIP_EDUCATION_CENTRE),
                act(ActionKind.START_RETURN_CASE, Actor.SCHOOL, DayCount.schoolDays(0)))),
            HEZHANG, "四(五) 学生无故缺旷达三天的，须在学籍系统中标注疑似辍学，及时上报并开展劝返工作"))
        .dropout(from(
            new DropoutRule(DropoutMode.CONFIRMATION_REQUIRED, 1, List.of(
                act(ActionKind.CONFIRM_DROPOUT, Actor.TOWNSHIP_EDUCATION_CENTRE,
                    DayCount.schoolDays(0), Actor.TOWNSHIP_GOVERNMENT))),
            HEZHANG, "四(二)2 学生辍学，乡镇教管中心应及时向当地乡镇政府报告 (docs/rules.md R-ABS-3)"))
        .termStart(from(List.of(
                new TermStartDeadline(TermStartTask.DROPOUT_COUNT, Actor.SCHOOL,
                    List.of(Actor.TOWNSHIP_EDUCATION_CENTRE), DayCount.weeks(1)),
                new TermStartDeadline(TermStartTask.REPORT, Actor.TOWNSHIP_EDUCATION_CENTRE,
                    List.of(Actor.COUNTY_EDUCATION_BUREAU, Actor.TOWNSHIP_GOVERNMENT),
                    DayCount.months(1))),
            HEZHANG, "四(二)2 开学一周内统计…乡镇教管中心要在开学一月内书面报告"))
        .targets(from(List.of(
                target(TargetIndicator.ANNUAL_DROPOUT_RATE, SchoolLevel.PRIMARY, "<= 0.6%", null),
                target(TargetIndicator.ANNUAL_DROPOUT_RATE, SchoolLevel.JUNIOR_SECONDARY,
                    "<= 1.8%", null),
                target(TargetIndicator.NINE_YEAR_CONSOLIDATION_RATE, null, ">= 95%", 2020)),
            HEZHANG, "一 小学辍学率控制在0.6%以内，初中1.8%以内；到2020年九年义务教育巩固率达95%"))
        .accountability(from(List.of(
                new AccountabilityRule.TownshipHeadInterview(SchoolLevel.PRIMARY,
                    Fraction.ofPercent("0.6")),
                new AccountabilityRule.TownshipHeadInterview(SchoolLevel.JUNIOR_SECONDARY,
                    Fraction.ofPercent("1.8")),
                new AccountabilityRule.PrincipalPayForfeit(2)),
            HEZHANG, "四(九) 年度辍学率高的乡(镇)长进行约谈（“高”读作超过本县目标）；"
                + "连续两学年辍学率超标的学校，取消校长全年绩效工资并调整工作"))
        .addExamples(
            new ProfileExample("absent 3 school days from Mon 2023-10-02: suspected on the 3rd "
                + "(2023-10-04); no automatic dropout, confirmation asked on 2023-11-05",
                LocalDate.of(2023, 10, 2), 3, List.of(
                    ExpectedAlert.on(SUSPECTED_DROPOUT, LocalDate.of(2023, 10, 4)),
                    ExpectedAlert.never(AUTO_DROPOUT),
                    ExpectedAlert.on(DROPOUT_CONFIRMATION_REQUIRED, LocalDate.of(2023, 11, 5)))),
            new ProfileExample("absent 2 school days: not yet suspected",
                LocalDate.of(2023, 10, 2), 2, List.of(ExpectedAlert.never(SUSPECTED_DROPOUT))))
        .build();
  }

  static JurisdictionProfile bishan() {
    return JurisdictionProfile.builder()
        .id("BISHAN_2024")
        .name("重庆市璧山区义务教育控辍保学实施方案")
        .parent("NATIONAL")
        .validFrom(LocalDate.of(2024, 1, 1))
        .document(Source.of(BISHAN, "璧山区 2024"))
        .termStart(from(List.of(
                new TermStartDeadline(TermStartTask.FULL_CHECK, Actor.SCHOOL, List.of(),
                    DayCount.calendarDays(5)),
                new TermStartDeadline(TermStartTask.REPORT, Actor.SCHOOL,
                    List.of(Actor.COUNTY_EDUCATION_BUREAU, Actor.TOWNSHIP_GOVERNMENT),
                    DayCount.calendarDays(10))),
            BISHAN, "三(一)2 开学后5日内全面清查…开学后10日内向教育主管部门和镇人民政府（街道办事处）报告"))
        .targets(from(List.of(
                target(TargetIndicator.COMPULSORY_ENROLMENT_RATE, null, "= 100%", 2024),
                target(TargetIndicator.NINE_YEAR_CONSOLIDATION_RATE, null, ">= 99%", 2024)),
            BISHAN, "二 到2024年，义务教育入学率达到100%，巩固率达到99%"))
        .addExamples(
            new ProfileExample("inherits NATIONAL: absent 6 school days from Mon 2024-03-04, "
                + "suspected on 2024-03-11", LocalDate.of(2024, 3, 4), 6, List.of(
                    ExpectedAlert.on(SUSPECTED_DROPOUT, LocalDate.of(2024, 3, 11)),
                    ExpectedAlert.on(AUTO_DROPOUT, LocalDate.of(2024, 4, 12)))))
        .build();
  }

  static JurisdictionProfile xxCounty() {
    return JurisdictionProfile.builder()
        .id("XX_COUNTY_2023")
        .name("XX县2023年控辍保学提高义务教育巩固水平实施方案")
        .parent("NATIONAL")
        .validFrom(LocalDate.of(2023, 1, 1))
        .document(Source.of(XX_COUNTY, "XX县 2023"))
        .suspected(from(
            new AbsenceTrigger(5, Comparison.MORE_THAN, List.of(
                act(ActionKind.MARK_IN_RECORD_SYSTEM, Actor.SCHOOL, DayCount.schoolDays(0)),
                act(ActionKind.START_RETURN_CASE, Actor.SCHOOL, DayCount.schoolDays(0)))),
            XX_COUNTY, "二(二)3 无正常原因未到学校上课超过五个工作日的应及时标记为疑似辍学"))
        .dropout(from(new DropoutRule(DropoutMode.AUTOMATIC, 1, List.of()),
            XX_COUNTY, "二(二)3 疑似辍学超过1个月…学籍系统自动将该生信息标注为辍学"))
        .termStart(from(List.of(
                new TermStartDeadline(TermStartTask.THREE_ROSTERS, Actor.SCHOOL,
                    List.of(Actor.COUNTY_EDUCATION_BUREAU), DayCount.weeks(2))),
            XX_COUNTY, "二(一)1 学生返校复课后两周内建立无学籍人员、人在籍不在和籍在人不在花名册"))
        .weeklyReports(from(List.of(
                new WeeklyReportRule(DayOfWeek.FRIDAY, Optional.of(LocalTime.NOON), Actor.SCHOOL,
                    Actor.COUNTY_EDUCATION_BUREAU)),
            XX_COUNTY, "二(四)1 每周五上午下班前…周报表上报至县教体局。实行零报告制度"))
        .homeEducationVisitsPerWeek(from(1, XX_COUNTY, "二(五)2 送教上门…原则上每周上门不少于1次"))
        .targets(from(List.of(
                target(TargetIndicator.DROPOUT_FOR_POVERTY_RATE, null, "= 0%", null)),
            XX_COUNTY, "二(五)1 确保无一人因贫失学辍学"))
        .accountability(from(List.of(
                new AccountabilityRule.OrderSelfExamination(1),
                new AccountabilityRule.PublicCriticism(1)),
            XX_COUNTY, "三(三) 对工作不力的单位和个人给予责令检查、通报批评"))
        .addExamples(
            new ProfileExample("absent on 6 consecutive school days from Mon 2023-10-02 → "
                + "suspected on the 6th (2023-10-09), dropped out on 2023-11-10",
                LocalDate.of(2023, 10, 2), 6, List.of(
                    ExpectedAlert.on(SUSPECTED_DROPOUT, LocalDate.of(2023, 10, 9)),
                    ExpectedAlert.on(AUTO_DROPOUT, LocalDate.of(2023, 11, 10)))),
            new ProfileExample("absent on 5 consecutive school days: not more than five, "
                + "not suspected", LocalDate.of(2023, 10, 2), 5,
                List.of(ExpectedAlert.never(SUSPECTED_DROPOUT))))
        .build();
  }

  static JurisdictionProfile yundou() {
    return JurisdictionProfile.builder()
        .id("YUNDOU_2022")
        .name("石泉县熨斗镇做好2022年义务教育控辍保学工作实施方案")
        .parent("NATIONAL")
        .validFrom(LocalDate.of(2022, 10, 8))
        .document(Source.of(YUNDOU, "熨政发〔2022〕68号"))
        .targets(from(List.of(
                target(TargetIndicator.REGISTERED_POOR_DROPOUT_RATE, null, "= 0%", null)),
            YUNDOU, "四(一) 确保脱贫家庭义务教育阶段适龄儿童少年除身体原因外无失学辍学"))
        .addExamples(
            new ProfileExample("inherits NATIONAL: absent 6 school days from Mon 2022-10-10, "
                + "suspected on 2022-10-17", LocalDate.of(2022, 10, 10), 6, List.of(
                    ExpectedAlert.on(FIRST_DAY_CONTACT, LocalDate.of(2022, 10, 10)),
                    ExpectedAlert.on(SUSPECTED_DROPOUT, LocalDate.of(2022, 10, 17)))))
        .build();
  }

  static JurisdictionProfile hanzhong() {
    return JurisdictionProfile.builder()
        .id("HANZHONG_2018")
        .name("汉中市多举措确保建档立卡贫困户子女无义务教育学生辍学")
        .parent("NATIONAL")
        .validFrom(LocalDate.of(2018, 11, 20))
        .document(Source.of(HANZHONG, "汉中市教育局 2018-11-20"))
        .homeVisits(from(List.of(
                new AbsenceTrigger(2, Comparison.REACHES, List.of(
                    act(ActionKind.HOME_VISIT, Actor.CLASS_TEACHER, DayCount.schoolDays(0)),
                    act(ActionKind.WRITTEN_REPORT, Actor.SCHOOL, DayCount.schoolDays(1),
                        Actor.TOWNSHIP_GOVERNMENT, Actor.COUNTY_EDUCATION_BUREAU)))),
            HANZHONG, "4 二 对无故48小时不到校学生跟踪检查，及时组织家访核实，书面向镇政府和县区教体局报告"))
        .weeklyReports(from(List.of(
                new WeeklyReportRule(DayOfWeek.THURSDAY, Optional.empty(),
                    Actor.COUNTY_EDUCATION_BUREAU, Actor.CITY_EDUCATION_BUREAU)),
            HANZHONG, "4 四 每周周四前各县区报送本周辍学生劝返情况统计"))
        .targets(from(List.of(
                target(TargetIndicator.REGISTERED_POOR_DROPOUT_RATE, null, "= 0%", null)),
            HANZHONG, "1 建档立卡贫困户子女无义务教育学生辍学（核心指标）"))
        .guaranteeCaps(from(Map.of(GuaranteeKind.TEACHER_STUDENT, GuaranteeCap.of(6, 8)),
            HANZHONG, "3 全校35名教师每人负责监管6-8名学生共259名学生"))
        .accountability(from(List.of(
                new AccountabilityRule.OneVoteVeto(PriorityGroup.REGISTERED_POOR)),
            HANZHONG, "导语 实行一票否决制度"))
        .addExamples(
            new ProfileExample("absent 2 school days from Mon 2023-10-02: home visit and written "
                + "report on the 2nd (2023-10-03), no status change",
                LocalDate.of(2023, 10, 2), 2, List.of(
                    ExpectedAlert.on(HOME_VISIT_REQUIRED, LocalDate.of(2023, 10, 3)),
                    ExpectedAlert.never(SUSPECTED_DROPOUT))),
            new ProfileExample("inherits the NATIONAL suspected rule: absent 6 school days, "
                + "suspected on 2023-10-09", LocalDate.of(2023, 10, 2), 6, List.of(
                    ExpectedAlert.on(SUSPECTED_DROPOUT, LocalDate.of(2023, 10, 9)))))
        .build();
  }
}

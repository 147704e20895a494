package org.kbbx.rules.profile;

import static org.kbbx.rules.escalation.AlertCode.AUTO_DROPOUT;
import static org.kbbx.rules.escalation.AlertCode.DROPOUT_CONFIRMATION_REQUIRED;
import static org.kbbx.rules.escalation.AlertCode.FIRST_DAY_CONTACT;
import static org.kbbx.rules.escalation.AlertCode.HOME_VISIT_REQUIRED;
import static org.kbbx.rules.escalation.AlertCode.SUSPECTED_DROPOUT;

import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.rate.Fraction;
import org.kbbx.core.rate.Target;
import org.kbbx.core.responsibility.AccountabilityRule;
import org.kbbx.core.responsibility.ChainLink;
import org.kbbx.core.responsibility.GuaranteeCap;
import org.kbbx.core.responsibility.GuaranteeKind;
import org.kbbx.core.responsibility.Line;
import org.kbbx.core.responsibility.PositionHolding;
import org.kbbx.core.responsibility.Role;
import org.kbbx.core.responsibility.WorkFailure;
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
import org.kbbx.rules.obligation.Campaign;
import org.kbbx.rules.obligation.CampaignStage;
import org.kbbx.rules.obligation.DailyTracking;
import org.kbbx.rules.obligation.DayCount;
import org.kbbx.rules.obligation.Duties;
import org.kbbx.rules.obligation.DutyExample;
import org.kbbx.rules.obligation.RecordDeadlines;
import org.kbbx.rules.obligation.RecurringDuty;
import org.kbbx.rules.obligation.TermStartDeadline;
import org.kbbx.rules.obligation.TermStartTask;
import org.kbbx.rules.obligation.UnannouncedVisits;
import org.kbbx.rules.obligation.WeeklyReportRule;
import org.kbbx.rules.routing.RouteKey;
import org.kbbx.rules.routing.RouteRule;
import org.kbbx.rules.routing.RoutingTable;

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
  static final String KBBX_ROUTING =
      "kbbx reading of the seeds (docs/rules.md R-RC-6, R-RC-10, R-RC-14; see org.kbbx.rules.routing.RoutingTable)";
  static final String KBBX_DEFAULT =
      "kbbx default (docs/rules.md silent, see org.kbbx.rules.casework)";

  private BuiltInProfiles() {}

  static List<JurisdictionProfile> all() {
    return List.of(national(), hezhang(), bishan(), xxCounty(), yundou(), hanzhong());
  }

  private static <T> Sourced<T> from(T value, String document, String section) {
    return Sourced.of(value, Source.of(document, section));
  }

  private static TargetRule target(
      TargetIndicator indicator, SchoolLevel level, String target, Integer byYear) {
    return new TargetRule(indicator, Option.of(level), Target.parse(target), Option.of(byYear));
  }

  private static RequiredAction act(ActionKind kind, Role actor, DayCount within, Role... to) {
    return new RequiredAction(kind, actor, List.of(to), within);
  }

  static JurisdictionProfile national() {
    return JurisdictionProfile.builder()
        .id("NATIONAL")
        .name("国家基线（义务教育法、国办发〔2017〕72号）")
        .validFrom(LocalDate.of(2017, 9, 5))
        .document(Source.of(STATE_COUNCIL, "国务院办公厅关于进一步加强控辍保学提高义务教育巩固水平的通知"))
        .firstContact(from(
            new AbsenceTrigger(
                1,
                Comparison.REACHES,
                List.of(act(ActionKind.CONTACT_FAMILY, Role.TEACHER, DayCount.schoolDays(0)))),
            HEZHANG,
            "四(二)2 班主任要及时家访或与家长联系核实 (national practice, docs/rules.md R-ABS-2)"))
        .homeVisits(from(List.<AbsenceTrigger>of(), STATE_COUNCIL, "no home-visit threshold"))
        .suspected(from(
            new AbsenceTrigger(
                5,
                Comparison.MORE_THAN,
                List.of(
                    act(ActionKind.MARK_IN_RECORD_SYSTEM, Role.SCHOOL, DayCount.schoolDays(0)),
                    act(ActionKind.START_RETURN_CASE, Role.SCHOOL, DayCount.schoolDays(0)))),
            "教育部 疑似辍学工作定义",
            "无故连续缺课超过一周 (docs/rules.md R-ABS-2)"))
        .dropout(from(
            new DropoutRule(DropoutMode.AUTOMATIC, 1, List.of()),
            "全国中小学生学籍信息管理系统",
            "疑似辍学超过1个月未返校标注辍学 (docs/rules.md R-ABS-3)"))
        .exclusions(from(exclusions(), YUNDOU, "二(二), 四(二) 不属于失学辍学的范围及相关佐证材料"))
        .termStart(from(List.<TermStartDeadline>of(), STATE_COUNCIL, "no term-start deadline"))
        .weeklyReports(from(List.<WeeklyReportRule>of(), STATE_COUNCIL, "no weekly report"))
        .homeEducationVisitsPerWeek(from(0, STATE_COUNCIL, "no visit frequency"))
        .recordDeadlines(from(
            new RecordDeadlines(DayCount.schoolDays(10), DayCount.schoolDays(10)),
            RECORD_RULES,
            "转学、死亡注销 10 个工作日"))
        .suspension(from(
            new SuspensionLimits(Period.ofYears(1), 1, Period.ofYears(2)),
            RECORD_RULES,
            "休学一般不超过一学年，可延长一次，累计不超过两年"))
        .caseDeadlines(from(caseDeadlines(), KBBX_DEFAULT, ""))
        .targets(from(
            List.of(target(TargetIndicator.NINE_YEAR_CONSOLIDATION_RATE, null, ">= 95%", 2020)),
            STATE_COUNCIL,
            "到2020年，全国九年义务教育巩固率达到95%"))
        .rateSettings(
            from(RateSettings.NATIONAL, STATE_COUNCIL, "学年初（9月1日）在校生、学年末统计；两基流失率口径（死亡、休学计入减少）"))
        .guaranteeCaps(from(Map.<GuaranteeKind, GuaranteeCap>of(), STATE_COUNCIL, "no caps"))
        .accountability(
            from(List.<AccountabilityRule>of(), STATE_COUNCIL, "no numeric accountability rule"))
        .screeningWeights(from(new ScreeningWeights(1, 2, 5, 3, 4, 2, 2, 2), KBBX_SCREENING, ""))
        .routing(from(
            RoutingTable.national(),
            KBBX_ROUTING,
            "seed 000 四(二)2 班主任; seed 001, 002 劝返程序; seed 000 四(九) 第一、直接责任人"))
        .duties(nationalDuties()) // R-OBL-5
        .organisation(nationalOrganisation()) // R-RC-11
        .addExamples(
            new ProfileExample(
                "absent 6 school days from Mon 2023-10-02: suspected on the 6th "
                    + "(2023-10-09), dropped out 2023-11-10",
                LocalDate.of(2023, 10, 2),
                6,
                List.of(
                    ExpectedAlert.on(FIRST_DAY_CONTACT, LocalDate.of(2023, 10, 2)),
                    ExpectedAlert.on(SUSPECTED_DROPOUT, LocalDate.of(2023, 10, 9)),
                    ExpectedAlert.on(AUTO_DROPOUT, LocalDate.of(2023, 11, 10)))),
            new ProfileExample(
                "absent 5 school days: more than 5 not reached, not suspected",
                LocalDate.of(2023, 10, 2),
                5,
                List.of(ExpectedAlert.never(SUSPECTED_DROPOUT))))
        .build();
  }

  private static List<ExclusionRule> exclusions() {
    return List.of(
        new ExclusionRule(ExclusionReason.DEFERRED_ENTRY, List.of(EvidenceKind.DEFERRAL_APPROVAL)),
        new ExclusionRule(
            ExclusionReason.HOME_EDUCATION,
            List.of(EvidenceKind.PLACEMENT_ASSESSMENT, EvidenceKind.HOME_EDUCATION_RECORD)),
        new ExclusionRule(ExclusionReason.APPROVED_LEAVE, List.of(EvidenceKind.LEAVE_APPROVAL)),
        new ExclusionRule(ExclusionReason.SUSPENSION, List.of(EvidenceKind.SUSPENSION_APPROVAL)),
        new ExclusionRule(
            ExclusionReason.JUNIOR_COMPLETED, List.of(EvidenceKind.GRADUATION_CERTIFICATE)),
        new ExclusionRule(
            ExclusionReason.STUDYING_ELSEWHERE, List.of(EvidenceKind.ENROLMENT_PROOF)),
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
        .duties(hezhangDuties()) // R-OBL-1..4
        .organisation(hezhangOrganisation()) // R-RC-12
        .id("HEZHANG_2018")
        .name("赫章县进一步加强控辍保学工作实施方案")
        .parent("NATIONAL")
        .validFrom(LocalDate.of(2018, 5, 28))
        .document(Source.of(HEZHANG, "赫章县人民政府办公室关于印发赫章县进一步加强控辍保学工作实施方案的通知"))
        .suspected(from(
            new AbsenceTrigger(
                3,
                Comparison.REACHES,
                List.of(
                    act(ActionKind.MARK_IN_RECORD_SYSTEM, Role.SCHOOL, DayCount.schoolDays(0)),
                    act(
                        ActionKind.WRITTEN_REPORT,
                        Role.SCHOOL,
                        DayCount.schoolDays(0),
                        Role.TOWNSHIP_EDUCATION_CENTRE),
                    act(ActionKind.START_RETURN_CASE, Role.SCHOOL, DayCount.schoolDays(0)))),
            HEZHANG,
            "四(五) 学生无故缺旷达三天的，须在学籍系统中标注疑似辍学，及时上报并开展劝返工作"))
        .dropout(from(
            new DropoutRule(
                DropoutMode.CONFIRMATION_REQUIRED,
                1,
                List.of(act(
                    ActionKind.CONFIRM_DROPOUT,
                    Role.TOWNSHIP_EDUCATION_CENTRE,
                    DayCount.schoolDays(0),
                    Role.TOWNSHIP_GOVERNMENT))),
            HEZHANG,
            "四(二)2 学生辍学，乡镇教管中心应及时向当地乡镇政府报告 (docs/rules.md R-ABS-3)"))
        .routing(from(
            RoutingTable.national()
                .with(
                    RouteKey.of(DROPOUT_CONFIRMATION_REQUIRED),
                    RouteRule.of(
                        Line.EDUCATION,
                        List.of(Role.TOWNSHIP_EDUCATION_CENTRE),
                        List.of(Role.TOWNSHIP_GOVERNMENT, Role.PRINCIPAL, Role.BUREAU_DIRECTOR))),
            HEZHANG,
            "四(二)2 学生辍学，乡镇教管中心应及时向当地乡镇政府报告 (R-RC-14; other rows as NATIONAL)"))
        .termStart(from(
            List.of(
                new TermStartDeadline(
                    TermStartTask.DROPOUT_COUNT,
                    Role.SCHOOL,
                    List.of(Role.TOWNSHIP_EDUCATION_CENTRE),
                    DayCount.weeks(1)),
                new TermStartDeadline(
                    TermStartTask.REPORT,
                    Role.TOWNSHIP_EDUCATION_CENTRE,
                    List.of(Role.COUNTY_EDUCATION_BUREAU, Role.TOWNSHIP_GOVERNMENT),
                    DayCount.months(1))),
            HEZHANG,
            "四(二)2 开学一周内统计…乡镇教管中心要在开学一月内书面报告"))
        .targets(from(
            List.of(
                target(TargetIndicator.ANNUAL_DROPOUT_RATE, SchoolLevel.PRIMARY, "<= 0.6%", null),
                target(
                    TargetIndicator.ANNUAL_DROPOUT_RATE,
                    SchoolLevel.JUNIOR_SECONDARY,
                    "<= 1.8%",
                    null),
                target(TargetIndicator.NINE_YEAR_CONSOLIDATION_RATE, null, ">= 95%", 2020)),
            HEZHANG,
            "一 小学辍学率控制在0.6%以内，初中1.8%以内；到2020年九年义务教育巩固率达95%"))
        .accountability(from(
            List.of(
                new AccountabilityRule.TownshipHeadInterview(
                    SchoolLevel.PRIMARY, Fraction.ofPercent("0.6")),
                new AccountabilityRule.TownshipHeadInterview(
                    SchoolLevel.JUNIOR_SECONDARY, Fraction.ofPercent("1.8")),
                new AccountabilityRule.PrincipalPayForfeit(2)),
            HEZHANG,
            "四(九) 年度辍学率高的乡(镇)长进行约谈（“高”读作超过本县目标）；" + "连续两学年辍学率超标的学校，取消校长全年绩效工资并调整工作"))
        .accountabilityExamples(BuiltInAccountabilityExamples.hezhang())
        .addExamples(
            new ProfileExample(
                "absent 3 school days from Mon 2023-10-02: suspected on the 3rd "
                    + "(2023-10-04); no automatic dropout, confirmation asked on 2023-11-05",
                LocalDate.of(2023, 10, 2),
                3,
                List.of(
                    ExpectedAlert.on(SUSPECTED_DROPOUT, LocalDate.of(2023, 10, 4)),
                    ExpectedAlert.never(AUTO_DROPOUT),
                    ExpectedAlert.on(DROPOUT_CONFIRMATION_REQUIRED, LocalDate.of(2023, 11, 5)))),
            new ProfileExample(
                "absent 2 school days: not yet suspected",
                LocalDate.of(2023, 10, 2),
                2,
                List.of(ExpectedAlert.never(SUSPECTED_DROPOUT))))
        .build();
  }

  static JurisdictionProfile bishan() {
    return JurisdictionProfile.builder()
        .id("BISHAN_2024")
        .name("重庆市璧山区义务教育控辍保学实施方案")
        .parent("NATIONAL")
        .validFrom(LocalDate.of(2024, 1, 1))
        .document(Source.of(BISHAN, "璧山区 2024"))
        .termStart(from(
            List.of(
                new TermStartDeadline(
                    TermStartTask.FULL_CHECK, Role.SCHOOL, List.of(), DayCount.calendarDays(5)),
                new TermStartDeadline(
                    TermStartTask.REPORT,
                    Role.SCHOOL,
                    List.of(Role.COUNTY_EDUCATION_BUREAU, Role.TOWNSHIP_GOVERNMENT),
                    DayCount.calendarDays(10))),
            BISHAN,
            "三(一)2 开学后5日内全面清查…开学后10日内向教育主管部门和镇人民政府（街道办事处）报告"))
        .targets(from(
            List.of(
                target(TargetIndicator.COMPULSORY_ENROLMENT_RATE, null, "= 100%", 2024),
                target(TargetIndicator.NINE_YEAR_CONSOLIDATION_RATE, null, ">= 99%", 2024)),
            BISHAN,
            "二 到2024年，义务教育入学率达到100%，巩固率达到99%"))
        .addExamples(new ProfileExample(
            "inherits NATIONAL: absent 6 school days from Mon 2024-03-04, "
                + "suspected on 2024-03-11",
            LocalDate.of(2024, 3, 4),
            6,
            List.of(
                ExpectedAlert.on(SUSPECTED_DROPOUT, LocalDate.of(2024, 3, 11)),
                ExpectedAlert.on(AUTO_DROPOUT, LocalDate.of(2024, 4, 12)))))
        .build();
  }

  static JurisdictionProfile xxCounty() {
    return JurisdictionProfile.builder()
        .duties(xxCountyDuties()) // R-OBL-1..4
        .id("XX_COUNTY_2023")
        .name("XX县2023年控辍保学提高义务教育巩固水平实施方案")
        .parent("NATIONAL")
        .validFrom(LocalDate.of(2023, 1, 1))
        .document(Source.of(XX_COUNTY, "XX县 2023"))
        .suspected(from(
            new AbsenceTrigger(
                5,
                Comparison.MORE_THAN,
                List.of(
                    act(ActionKind.MARK_IN_RECORD_SYSTEM, Role.SCHOOL, DayCount.schoolDays(0)),
                    act(ActionKind.START_RETURN_CASE, Role.SCHOOL, DayCount.schoolDays(0)))),
            XX_COUNTY,
            "二(二)3 无正常原因未到学校上课超过五个工作日的应及时标记为疑似辍学"))
        .dropout(from(
            new DropoutRule(DropoutMode.AUTOMATIC, 1, List.of()),
            XX_COUNTY,
            "二(二)3 疑似辍学超过1个月…学籍系统自动将该生信息标注为辍学"))
        .termStart(from(
            List.of(new TermStartDeadline(
                TermStartTask.THREE_ROSTERS,
                Role.SCHOOL,
                List.of(Role.COUNTY_EDUCATION_BUREAU),
                DayCount.weeks(2))),
            XX_COUNTY,
            "二(一)1 学生返校复课后两周内建立无学籍人员、人在籍不在和籍在人不在花名册"))
        .weeklyReports(from(
            List.of(new WeeklyReportRule(
                DayOfWeek.FRIDAY,
                Option.some(LocalTime.NOON),
                Role.SCHOOL,
                Role.COUNTY_EDUCATION_BUREAU)),
            XX_COUNTY,
            "二(四)1 每周五上午下班前…周报表上报至县教体局。实行零报告制度"))
        .homeEducationVisitsPerWeek(from(1, XX_COUNTY, "二(五)2 送教上门…原则上每周上门不少于1次"))
        .targets(from(
            List.of(target(TargetIndicator.DROPOUT_FOR_POVERTY_RATE, null, "= 0%", null)),
            XX_COUNTY,
            "二(五)1 确保无一人因贫失学辍学"))
        .accountability(from(
            List.of(
                new AccountabilityRule.OrderSelfExamination(1, WorkFailure.seed002()),
                new AccountabilityRule.PublicCriticism(1, WorkFailure.seed002())),
            XX_COUNTY,
            "三(三) 对工作不力的单位和个人给予责令检查、通报批评 (R-RC-17: 建档立卡或监测对象子女辍学、"
                + "周报零报告和开学名册缺报迟报、劝返环节逾期; never the county bureau itself)"))
        .accountabilityExamples(BuiltInAccountabilityExamples.xxCounty())
        .addExamples(
            new ProfileExample(
                "absent on 6 consecutive school days from Mon 2023-10-02 → "
                    + "suspected on the 6th (2023-10-09), dropped out on 2023-11-10",
                LocalDate.of(2023, 10, 2),
                6,
                List.of(
                    ExpectedAlert.on(SUSPECTED_DROPOUT, LocalDate.of(2023, 10, 9)),
                    ExpectedAlert.on(AUTO_DROPOUT, LocalDate.of(2023, 11, 10)))),
            new ProfileExample(
                "absent on 5 consecutive school days: not more than five, " + "not suspected",
                LocalDate.of(2023, 10, 2),
                5,
                List.of(ExpectedAlert.never(SUSPECTED_DROPOUT))))
        .build();
  }

  static JurisdictionProfile yundou() {
    return JurisdictionProfile.builder()
        .duties(yundouDuties()) // R-OBL-1..4
        .organisation(yundouOrganisation()) // R-RC-13
        .id("YUNDOU_2022")
        .name("石泉县熨斗镇做好2022年义务教育控辍保学工作实施方案")
        .parent("NATIONAL")
        .validFrom(LocalDate.of(2022, 10, 8))
        .document(Source.of(YUNDOU, "石泉县熨斗镇人民政府关于印发《做好2022年义务教育控辍保学工作实施方案》的通知（依据石教体科发〔2022〕84号）"))
        .targets(from(
            List.of(target(TargetIndicator.REGISTERED_POOR_DROPOUT_RATE, null, "= 0%", null)),
            YUNDOU,
            "四(一) 确保脱贫家庭义务教育阶段适龄儿童少年除身体原因外无失学辍学"))
        .rateSettings(from(
            new RateSettings(
                java.time.MonthDay.of(9, 1),
                java.time.MonthDay.of(8, 31),
                true,
                true,
                true,
                false,
                false),
            YUNDOU,
            "四(二) 延缓入学等不属于失学辍学情况；除身体原因外 (R-RATE-12)"))
        .addExamples(new ProfileExample(
            "inherits NATIONAL: absent 6 school days from Mon 2022-10-10, "
                + "suspected on 2022-10-17",
            LocalDate.of(2022, 10, 10),
            6,
            List.of(
                ExpectedAlert.on(FIRST_DAY_CONTACT, LocalDate.of(2022, 10, 10)),
                ExpectedAlert.on(SUSPECTED_DROPOUT, LocalDate.of(2022, 10, 17)))))
        .build();
  }

  static JurisdictionProfile hanzhong() {
    return JurisdictionProfile.builder()
        .duties(hanzhongDuties()) // R-OBL-1..4
        .organisation(hanzhongOrganisation()) // R-RC-11
        .id("HANZHONG_2018")
        .name("汉中市多举措确保建档立卡贫困户子女无义务教育学生辍学")
        .parent("NATIONAL")
        .validFrom(LocalDate.of(2018, 11, 20))
        .document(Source.of(HANZHONG, "汉中市教育局 2018-11-20"))
        .homeVisits(from(
            List.of(new AbsenceTrigger(
                2,
                Comparison.REACHES,
                List.of(
                    act(ActionKind.HOME_VISIT, Role.TEACHER, DayCount.schoolDays(0)),
                    act(
                        ActionKind.WRITTEN_REPORT,
                        Role.SCHOOL,
                        DayCount.schoolDays(1),
                        Role.TOWNSHIP_GOVERNMENT,
                        Role.COUNTY_EDUCATION_BUREAU)))),
            HANZHONG,
            "4 二 对无故48小时不到校学生跟踪检查，及时组织家访核实，书面向镇政府和县区教体局报告"))
        .weeklyReports(from(
            List.of(new WeeklyReportRule(
                DayOfWeek.THURSDAY,
                Option.none(),
                Role.COUNTY_EDUCATION_BUREAU,
                Role.CITY_EDUCATION_BUREAU)),
            HANZHONG,
            "4 四 每周周四前各县区报送本周辍学生劝返情况统计"))
        .targets(from(
            List.of(target(TargetIndicator.REGISTERED_POOR_DROPOUT_RATE, null, "= 0%", null)),
            HANZHONG,
            "1 建档立卡贫困户子女无义务教育学生辍学（核心指标）"))
        .guaranteeCaps(from(
            Map.of(GuaranteeKind.TEACHER_STUDENT, GuaranteeCap.of(6, 8)),
            HANZHONG,
            "3 全校35名教师每人负责监管6-8名学生共259名学生"))
        .accountability(from(
            List.of(new AccountabilityRule.OneVoteVeto(PriorityGroup.REGISTERED_POOR)),
            HANZHONG,
            "导语 实行一票否决制度"))
        .accountabilityExamples(BuiltInAccountabilityExamples.hanzhong())
        .addExamples(
            new ProfileExample(
                "absent 2 school days from Mon 2023-10-02: home visit and written "
                    + "report on the 2nd (2023-10-03), no status change",
                LocalDate.of(2023, 10, 2),
                2,
                List.of(
                    ExpectedAlert.on(HOME_VISIT_REQUIRED, LocalDate.of(2023, 10, 3)),
                    ExpectedAlert.never(SUSPECTED_DROPOUT))),
            new ProfileExample(
                "inherits the NATIONAL suspected rule: absent 6 school days, "
                    + "suspected on 2023-10-09",
                LocalDate.of(2023, 10, 2),
                6,
                List.of(ExpectedAlert.on(SUSPECTED_DROPOUT, LocalDate.of(2023, 10, 9)))))
        .build();
  }

  // --- R-OBL-1..5 duties (obligations block) ---

  static final String MOE_2024 = "教育部 2024 控辍保学工作通知（“四个一”）";
  static final String KBBX_DUTIES =
      " (month or period not in the text: kbbx reading, see org.kbbx.rules.obligation)";

  private static Duties own(
      List<Campaign> campaigns,
      List<RecurringDuty> recurring,
      DailyTracking tracking,
      UnannouncedVisits unannounced,
      int floor,
      DutyExample... examples) {
    return new Duties(
        campaigns,
        recurring,
        Option.of(tracking),
        Option.of(unannounced),
        floor,
        List.of(examples));
  }

  private static Duties national4() {
    return own(
        List.of(),
        List.of(
            RecurringDuty.inMonths(
                "学校月报", Role.SCHOOL, List.of(Role.COUNTY_EDUCATION_BUREAU), Month.values()),
            RecurringDuty.inMonths(
                "县级季度复核辍学数据",
                Role.COUNTY_EDUCATION_BUREAU,
                List.of(),
                Month.MARCH,
                Month.JUNE,
                Month.SEPTEMBER,
                Month.DECEMBER),
            RecurringDuty.afterEachTermStart(
                "县级开学进校", Role.COUNTY_EDUCATION_BUREAU, List.of(), DayCount.months(1))),
        null,
        null,
        0);
  }

  // --- R-RC-11 organisation settings ---
  private static Sourced<OrganisationSettings> nationalOrganisation() {
    return from(
        OrganisationSettings.national()
            .withExamples(List.of(
                new OrganisationExample.TwoSeats(
                    "a central-school principal who is also 教管中心主任 is one seat too many",
                    Role.PRINCIPAL,
                    Role.EDUCATION_CENTRE_DIRECTOR,
                    false),
                new OrganisationExample.Letter(
                    "村委会—家长: one letter per household is needed (户为对象)",
                    ChainLink.VILLAGE_HOUSEHOLD,
                    true),
                new OrganisationExample.Letter(
                    "教师—家长: the class teacher signs with every household",
                    ChainLink.TEACHER_PARENT,
                    true),
                new OrganisationExample.Household(
                    "a guardian of two children is one household: one 教师—家长 letter, not two",
                    2,
                    ChainLink.TEACHER_PARENT,
                    1),
                new OrganisationExample.Household(
                    "a guardian of two children is one household: one 村委会—家长 letter",
                    2,
                    ChainLink.VILLAGE_HOUSEHOLD,
                    1))),
        HEZHANG,
        "四(一)1 七长负责制…以“村为单位、户为对象”, 双线层层签订责任书 (one leading seat per "
            + "person: kbbx default, docs/rules.md R-RC-11)");
  }

  private static Sourced<OrganisationSettings> hanzhongOrganisation() {
    return from(
        new OrganisationSettings(
                PositionHolding.ONE_HEAD_POSITION,
                java.util.EnumSet.of(ChainLink.COUNTY_TOWNSHIP, ChainLink.BUREAU_SCHOOL),
                List.of())
            .withExamples(List.of(
                new OrganisationExample.TwoSeats(
                    "a township head who is also a principal: no seed relaxes one seat per person",
                    Role.TOWNSHIP_HEAD,
                    Role.PRINCIPAL,
                    false),
                new OrganisationExample.Letter(
                    "县长对镇长: the county head signs with every township head",
                    ChainLink.COUNTY_TOWNSHIP,
                    true),
                new OrganisationExample.Letter(
                    "局长对校长: the bureau director signs with every principal",
                    ChainLink.BUREAU_SCHOOL,
                    true),
                new OrganisationExample.Letter(
                    "教师—家长 is not one of the two levels", ChainLink.TEACHER_PARENT, false),
                new OrganisationExample.Vacancy(
                    "留坝 马道中学: a teacher's seat vacated keeps the teacher level, shown vacant; the"
                        + " principal acts for the class teacher once and is not told of his own"
                        + " home visit",
                    Role.TEACHER,
                    HOME_VISIT_REQUIRED,
                    List.of("BROKEN_LINK: no one holds 师长@示例学校/班主任"),
                    List.of("校长 for TEACHER"),
                    List.of("乡(镇)长", "教育局长")),
                new OrganisationExample.OtherGuarantor(
                    "留坝: a 帮扶责任人 guarantees a special child (包保 by a non-teacher)",
                    GuaranteeKind.RELIEF_RESPONSIBLE_STUDENT,
                    List.of("帮扶责任人@帮扶责任人")),
                new OrganisationExample.OtherGuarantor(
                    "西乡: a 村级控辍信息管理员 of the child's village guarantees the child",
                    GuaranteeKind.VILLAGE_OFFICER_STUDENT,
                    List.of("村级控辍信息管理员@示例村/村级控辍信息管理员")))),
        HANZHONG,
        "2 西乡县…现场签订县长对镇长、局长对校长两级责任书 (one leading seat per "
            + "person: no seed relaxes it, docs/rules.md R-RC-11)");
  }

  private static Sourced<OrganisationSettings> hezhangOrganisation() {
    return from(
        OrganisationSettings.national()
            .withExamples(List.of(new OrganisationExample.Vacancy(
                "a vacant 教管中心主任 is a broken link; the bureau director confirms the dropout"
                    + " for the centre and is told once",
                Role.EDUCATION_CENTRE_DIRECTOR,
                DROPOUT_CONFIRMATION_REQUIRED,
                List.of("BROKEN_LINK: no one holds 教育管理中心主任@示例镇"),
                List.of("教育局长 for TOWNSHIP_EDUCATION_CENTRE"),
                List.of("乡(镇)长", "校长")))),
        HEZHANG,
        "四(二)2 学生辍学，乡镇教管中心应及时向当地乡镇政府报告; 四(一)1 双线层层签订责任书 (a vacant centre:"
            + " docs/rules.md R-RC-12, R-RC-15)");
  }

  private static Sourced<OrganisationSettings> yundouOrganisation() {
    Map<String, List<String>> seed = new java.util.LinkedHashMap<>();
    for (String village : List.of("中河村", "板长村", "高兴村", "麦坪村", "茨林村", "瓦子沟村", "长岭村")) {
      seed.put(village, List.of("熨斗镇中心小学"));
    }
    for (String village : List.of("金星村", "双坪村", "刘家湾村", "先联村", "沙湾村", "齐建村")) {
      seed.put(village, List.of("熨斗初级中学"));
    }
    Map<String, List<String>> gaps = new java.util.LinkedHashMap<>(seed);
    gaps.put("沙湾村", List.of());
    gaps.put("齐建村", List.of("熨斗初级中学", "熨斗镇中心小学"));
    return from(
        OrganisationSettings.national()
            .withExamples(List.of(
                new OrganisationExample.Survey(
                    "each of the 13 villages to exactly one of the two schools: no finding",
                    seed,
                    List.of()),
                new OrganisationExample.Survey(
                    "沙湾村 left out and 齐建村 given to both schools: two findings, the"
                        + " organisation still builds",
                    gaps,
                    List.of(
                        "VILLAGE_WITHOUT_SURVEY_SCHOOL: village 沙湾村 is assigned to no survey"
                            + " school",
                        "VILLAGE_SURVEYED_BY_SEVERAL_SCHOOLS: village 齐建村 is assigned to several"
                            + " survey schools: 熨斗初级中学, 熨斗镇中心小学")))),
        YUNDOU,
        "三(一) 熨斗镇中心小学对中河村…7个村和1个社区、熨斗初级中学对金星村…6个村的义务教育学龄人口入学情况进行调查核实"
            + " (gaps as findings: docs/rules.md R-RC-13)");
  }
  // --- end R-RC-11 organisation settings ---

  private static Sourced<Duties> nationalDuties() {
    return from(
        national4()
            .plus(own(
                List.of(),
                List.of(),
                null,
                null,
                0,
                new DutyExample(
                    "as of 2023-10-01 00:00 with nothing done since 2023-09-01: September's "
                        + "monthly report and the quarterly re-check are overdue; the term-start entry "
                        + "(2023-09-01 + 1 month, Sunday → Monday 10-02) is not yet",
                    LocalDate.of(2023, 9, 1),
                    LocalDateTime.of(2023, 10, 1, 0, 0),
                    List.of("RECURRING/学校月报/2023-09", "RECURRING/县级季度复核辍学数据/2023-09")),
                new DutyExample(
                    "as of 2023-10-03 00:00: the term-start entry is overdue too",
                    LocalDate.of(2023, 9, 1),
                    LocalDateTime.of(2023, 10, 3, 0, 0),
                    List.of(
                        "RECURRING/学校月报/2023-09",
                        "RECURRING/县级季度复核辍学数据/2023-09",
                        "RECURRING/县级开学进校/2023-09-01")))),
        MOE_2024,
        "“四个一”: 学校每月报告、县级每季度复核、每学期开学进校 (docs/rules.md R-OBL-5, R-LED-3a; "
            + "a monthly or quarterly report is due by the month's last day, the term-start entry "
            + "within one month" + KBBX_DUTIES + ")");
  }

  private static Sourced<Duties> hezhangDuties() {
    return from(
        national4()
            .plus(own(
                List.of(),
                List.of(
                    RecurringDuty.inMonths(
                        "县人社局用工执法检查（春秋两季各一次）",
                        Role.COUNTY_GOVERNMENT,
                        List.of(),
                        Month.MAY,
                        Month.NOVEMBER),
                    RecurringDuty.inMonths(
                        "控辍保学宣传月",
                        Role.COUNTY_EDUCATION_BUREAU,
                        List.of(Role.TOWNSHIP_GOVERNMENT),
                        Month.FEBRUARY,
                        Month.AUGUST),
                    RecurringDuty.afterEachTermStart(
                        "开学专项督导",
                        Role.SUPERVISION_OFFICE,
                        List.of(Role.TOWNSHIP_GOVERNMENT, Role.TOWNSHIP_EDUCATION_CENTRE),
                        DayCount.months(1))),
                null,
                null,
                100,
                new DutyExample(
                    "as of 2023-03-01 00:00 with nothing done since 2023-01-01: January's "
                        + "and February's monthly reports and the February publicity month are overdue",
                    LocalDate.of(2023, 1, 1),
                    LocalDateTime.of(2023, 3, 1, 0, 0),
                    List.of(
                        "RECURRING/学校月报/2023-01",
                        "RECURRING/学校月报/2023-02",
                        "RECURRING/控辍保学宣传月/2023-02")),
                new DutyExample(
                    "as of 2023-12-01 00:00 since 2023-11-01: November's report and the "
                        + "autumn child-labour inspection; not the supervision of the 2023-09-01 term",
                    LocalDate.of(2023, 11, 1),
                    LocalDateTime.of(2023, 12, 1, 0, 0),
                    List.of("RECURRING/学校月报/2023-11", "RECURRING/县人社局用工执法检查（春秋两季各一次）/2023-11")))),
        HEZHANG,
        "赫府办发〔2018〕151号 三(三) 县人社局每年春秋两季各开展一次用工执法检查（by the end of "
            + "May and of November" + KBBX_DUTIES + "）；四(一) 每年2月和8月控辍保学宣传月；"
            + "四(九) 县政府教育督导室、县教育局在每学期开学后开展专项督导（within one month）；"
            + "四(六)2 学生规模不足100人的村小学和教学点按100人核定公用经费；NATIONAL 四个一 kept");
  }

  private static Sourced<Duties> yundouDuties() {
    return from(
        national4()
            .plus(own(
                List.of(new Campaign(
                    "熨斗镇2022年义务教育学龄人口入学核查",
                    List.of(
                        stage(
                            "准备阶段",
                            10,
                            8,
                            10,
                            null,
                            Role.SCHOOL,
                            List.of("万强"),
                            "摸底调查和就读情况名单（初表）发熨斗初级中学教务处"),
                        stage(
                            "入户摸底",
                            10,
                            10,
                            17,
                            null,
                            Role.SCHOOL,
                            List.of(),
                            "附件1-3 逐人核实登记",
                            "非辍学佐证材料"),
                        stage(
                            "各校汇总核查",
                            10,
                            18,
                            18,
                            null,
                            Role.PRINCIPAL,
                            List.of(),
                            "各校汇总附件1、2、3并核查"),
                        stage(
                            "全镇表册汇总",
                            10,
                            19,
                            19,
                            LocalTime.of(18, 0),
                            Role.SCHOOL,
                            List.of("冯海军"),
                            "审核无误的附件1、2、3于10月19日18:00前交冯海军"),
                        stage("全镇信息核查", 10, 20, 20, null, Role.PRINCIPAL, List.of(), "核查小组核查全镇信息"),
                        stage("上报资料", 10, 21, 21, null, Role.SCHOOL, List.of("冯海军"), "上报资料"),
                        stage(
                            "县级复核",
                            10,
                            26,
                            28,
                            null,
                            Role.COUNTY_EDUCATION_BUREAU,
                            List.of(),
                            "包镇局领导、局机关相关股室和包校督学复核")))),
                List.of(),
                null,
                null,
                0,
                new DutyExample(
                    "as of 2022-10-20 00:00 with nothing done: the first four stages "
                        + "(to the 10-19 18:00 hand-in) are overdue, verification and later are not",
                    LocalDate.of(2022, 10, 8),
                    LocalDateTime.of(2022, 10, 20, 0, 0),
                    List.of(
                        "CAMPAIGN/熨斗镇2022年义务教育学龄人口入学核查/准备阶段",
                        "CAMPAIGN/熨斗镇2022年义务教育学龄人口入学核查/入户摸底",
                        "CAMPAIGN/熨斗镇2022年义务教育学龄人口入学核查/各校汇总核查",
                        "CAMPAIGN/熨斗镇2022年义务教育学龄人口入学核查/全镇表册汇总")))),
        YUNDOU,
        "熨政发〔2022〕68号 三(二) 时间安排及工作步骤 1-7（10月8日—28日）；三(一)3 核查小组；" + "NATIONAL 四个一 kept");
  }

  private static CampaignStage stage(
      String name,
      int month,
      int fromDay,
      int toDay,
      LocalTime before,
      Role actor,
      List<String> persons,
      String... tasks) {
    return new CampaignStage(
        name,
        LocalDate.of(2022, month, fromDay),
        LocalDate.of(2022, month, toDay),
        Option.of(before),
        List.of(tasks),
        actor,
        persons);
  }

  private static Sourced<Duties> xxCountyDuties() {
    return from(
        national4()
            .plus(own(
                List.of(new Campaign(
                    "XX县2023年控辍保学材料报送",
                    List.of(new CampaignStage(
                        "报送工作方案及三类花名册",
                        LocalDate.of(2023, 9, 1),
                        LocalDate.of(2023, 9, 10),
                        Option.none(),
                        List.of("工作方案", "辍学人员名册（确认辍学）", "无学籍人员花名册", "籍在人不在人员名册（不含辍学）"),
                        Role.SCHOOL,
                        List.of())))),
                List.of(),
                null,
                new UnannouncedVisits(Role.COUNTY_EDUCATION_BUREAU, 3),
                0,
                new DutyExample(
                    "as of 2023-09-11 00:00 with nothing sent since 2023-09-01: the work "
                        + "plan and rosters due 2023-09-10 are overdue",
                    LocalDate.of(2023, 9, 1),
                    LocalDateTime.of(2023, 9, 11, 0, 0),
                    List.of("CAMPAIGN/XX县2023年控辍保学材料报送/报送工作方案及三类花名册")),
                new DutyExample(
                    "as of 2023-09-10 23:59: not yet overdue",
                    LocalDate.of(2023, 9, 1),
                    LocalDateTime.of(2023, 9, 10, 23, 59),
                    List.of()))),
        XX_COUNTY,
        "二(四)2 县教体局采取“四不两直”方式定期督导（at most 3 schools a day" + KBBX_DUTIES
            + "）；三(一) 2023年9月10日前将工作方案及辍学人员名册、无学籍人员花名册、籍在人不在人员名册"
            + "上报县教体局教育股 (stage from 2023-09-01, the new term); NATIONAL 四个一 kept");
  }

  private static Sourced<Duties> hanzhongDuties() {
    return from(
        national4()
            .plus(own(
                List.of(),
                List.of(
                    RecurringDuty.inMonths(
                        "春季控辍保学专项督导", Role.CITY_EDUCATION_BUREAU, List.of(), Month.MAY),
                    RecurringDuty.inMonths(
                        "秋季开学专项督查", Role.CITY_EDUCATION_BUREAU, List.of(), Month.OCTOBER),
                    RecurringDuty.inMonths(
                        "贫困退出义务教育有保障认定", Role.CITY_EDUCATION_BUREAU, List.of(), Month.DECEMBER)),
                new DailyTracking(
                    Role.COUNTY_EDUCATION_BUREAU, Role.CITY_EDUCATION_BUREAU, Option.none()),
                null,
                0,
                new DutyExample(
                    "as of 2023-06-01 00:00 with nothing done since 2023-05-01: May's "
                        + "monthly report and the spring special supervision are overdue",
                    LocalDate.of(2023, 5, 1),
                    LocalDateTime.of(2023, 6, 1, 0, 0),
                    List.of("RECURRING/学校月报/2023-05", "RECURRING/春季控辍保学专项督导/2023-05")))),
        HANZHONG,
        "1 开展3次专项督查（春秋两季控辍保学专项督导、贫困退出义务教育有保障认定; by the end of "
            + "May, October and December" + KBBX_DUTIES + "）；4 四 对问题突出的县区实行每日跟踪问效 "
            + "(a report each school day until cleared); NATIONAL 四个一 kept");
  }
  // --- end R-OBL-1..5 duties ---
}

package org.kbbx.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.responsibility.Role;
import org.kbbx.core.time.SchoolCalendar;
import org.kbbx.rules.obligation.Campaign;
import org.kbbx.rules.obligation.Duties;
import org.kbbx.rules.obligation.DutyExample;
import org.kbbx.rules.obligation.FindingKind;
import org.kbbx.rules.obligation.Fulfilment;
import org.kbbx.rules.obligation.Obligation;
import org.kbbx.rules.obligation.ObligationCalendar;
import org.kbbx.rules.obligation.ObligationFinding;
import org.kbbx.rules.obligation.SchoolSite;
import org.kbbx.rules.obligation.TestCalendar;

/** docs/rules.md §13 (R-OBL-1..5) under the built-in profiles. */
class DutiesReadingsTest {

  static final Profiles BUILT_IN = Profiles.builtIn();
  static final String YUNDOU_CAMPAIGN = "CAMPAIGN/熨斗镇2022年义务教育学龄人口入学核查/";

  static EffectiveProfile profile(String id) {
    return BUILT_IN.effective(id).get();
  }

  static Campaign yundouCampaign() {
    return profile("YUNDOU_2022").duties().value().campaigns().get(0);
  }

  static List<String> stageNames(Iterable<ObligationFinding> findings) {
    List<String> out = new java.util.ArrayList<>();
    findings.forEach(
        f -> out.add(f.obligation().id().substring(YUNDOU_CAMPAIGN.length()) + " " + f.kind()));
    return out;
  }

  @Test
  @Tag("R-OBL-1")
  void yundouAsOf1020WhichStagesAreOverdue() {
    Campaign c = yundouCampaign();
    assertThat(c.stages()).hasSize(7);
    assertThat(stageNames(c.findings(LocalDateTime.of(2022, 10, 20, 9, 0), List.of())))
        .containsExactly("准备阶段 MISSING", "入户摸底 MISSING", "各校汇总核查 MISSING", "全镇表册汇总 MISSING");
    // Stages done on time drop out; the hand-in at 18:30 is late; nothing known after as-of.
    List<Fulfilment> done = List.of(
        new Fulfilment(YUNDOU_CAMPAIGN + "准备阶段", LocalDateTime.of(2022, 10, 10, 16, 0)),
        new Fulfilment(YUNDOU_CAMPAIGN + "入户摸底", LocalDateTime.of(2022, 10, 17, 20, 0)),
        new Fulfilment(YUNDOU_CAMPAIGN + "各校汇总核查", LocalDateTime.of(2022, 10, 18, 12, 0)),
        new Fulfilment(YUNDOU_CAMPAIGN + "全镇表册汇总", LocalDateTime.of(2022, 10, 19, 18, 30)),
        new Fulfilment(YUNDOU_CAMPAIGN + "全镇信息核查", LocalDateTime.of(2022, 10, 21, 9, 0)));
    assertThat(stageNames(c.findings(LocalDateTime.of(2022, 10, 20, 9, 0), done)))
        .containsExactly("全镇表册汇总 LATE");
    assertThat(stageNames(c.findings(LocalDateTime.of(2022, 10, 29, 0, 0), done)))
        .containsExactly("全镇表册汇总 LATE", "全镇信息核查 LATE", "上报资料 MISSING", "县级复核 MISSING");
  }

  @Test
  @Tag("R-OBL-1")
  void theHandInBefore1019At1800IsJudgedToTheMinute() {
    Campaign c = yundouCampaign();
    Obligation handIn = c.obligations().find(o -> o.id().endsWith("全镇表册汇总")).get();
    assertThat(handIn.persons()).containsExactly("冯海军");
    assertThat(handIn.lateFrom()).isEqualTo(LocalDateTime.of(2022, 10, 19, 18, 0));
    var before = LocalDateTime.of(2022, 10, 19, 17, 59);
    var at = LocalDateTime.of(2022, 10, 19, 18, 0);
    assertThat(stageNames(c.findings(before, List.of()))).doesNotContain("全镇表册汇总 MISSING");
    assertThat(stageNames(c.findings(at, List.of()))).contains("全镇表册汇总 MISSING");
    var id = handIn.id();
    assertThat(stageNames(c.findings(at.plusDays(1), List.of(new Fulfilment(id, before)))))
        .doesNotContain("全镇表册汇总 LATE");
    assertThat(stageNames(c.findings(at.plusDays(1), List.of(new Fulfilment(id, at)))))
        .contains("全镇表册汇总 LATE");
  }

  @Test
  @Tag("R-OBL-2")
  void hezhangFundsSmallVillageSchoolsAs100() {
    Duties hezhang = profile("HEZHANG_2018").duties().value();
    assertThat(hezhang.fundedHeadcount(SchoolSite.TEACHING_POINT, 37)).isEqualTo(100);
    assertThat(hezhang.fundedHeadcount(SchoolSite.VILLAGE_PRIMARY, 37)).isEqualTo(100);
    assertThat(hezhang.fundedHeadcount(SchoolSite.VILLAGE_PRIMARY, 99)).isEqualTo(100);
    assertThat(hezhang.fundedHeadcount(SchoolSite.VILLAGE_PRIMARY, 150)).isEqualTo(150);
    assertThat(hezhang.fundedHeadcount(SchoolSite.OTHER, 37)).isEqualTo(37);
    assertThat(profile("NATIONAL").duties().value().fundedHeadcount(SchoolSite.TEACHING_POINT, 37))
        .isEqualTo(37);
  }

  @Test
  @Tag("R-OBL-2")
  void hezhangRecurringDutiesFallInTheirMonthsAndAfterEachTermStart() {
    Duties hezhang = profile("HEZHANG_2018").duties().value();
    ObligationCalendar cal =
        ObligationCalendar.of(profile("HEZHANG_2018").obligationRules(), ProfileExamples.WEEKDAYS);
    List<String> dues = cal.dutiesDue(hezhang, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))
        .filter(o -> !o.task().equals("学校月报") && !o.task().startsWith("县级"))
        .map(o -> o.task() + " " + o.dueDate())
        .toJavaList();
    assertThat(dues)
        .containsExactly(
            "控辍保学宣传月 2023-02-28",
            "开学专项督导 2023-04-03", // spring term 2023-03-01 + 1 month = Sat 04-01 → Mon 04-03
            "县人社局用工执法检查（春秋两季各一次） 2023-05-31",
            "控辍保学宣传月 2023-08-31",
            "开学专项督导 2023-10-02", // autumn term 2023-09-01 + 1 month = Sun 10-01 → Mon 10-02
            "县人社局用工执法检查（春秋两季各一次） 2023-11-30");
    // NATIONAL's "四个一" is kept under HEZHANG_2018.
    assertThat(cal.dutiesDue(hezhang, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))
            .count(o -> o.task().equals("学校月报")))
        .isEqualTo(12);
  }

  @Test
  @Tag("R-OBL-3")
  void hanzhongThreeSpecialInspectionsAYear() {
    EffectiveProfile p = profile("HANZHONG_2018");
    ObligationCalendar cal = ObligationCalendar.of(p.obligationRules(), ProfileExamples.WEEKDAYS);
    var city = cal.dutiesDue(
            p.duties().value(), LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))
        .filter(o -> o.actor() == Role.CITY_EDUCATION_BUREAU);
    assertThat(city.map(o -> o.dueDate().getMonth()))
        .containsExactly(Month.MAY, Month.OCTOBER, Month.DECEMBER);
  }

  @Test
  @Tag("R-OBL-3")
  void hanzhongDailyTrackingOwesAReportEachSchoolDayUntilCleared() {
    EffectiveProfile p = profile("HANZHONG_2018");
    SchoolCalendar days = TestCalendar.autumn2023();
    ObligationCalendar cal = ObligationCalendar.of(p.obligationRules(), days);
    // Named on Thursday 2023-09-28, the Mid-Autumn/National Day holiday 09-29…10-06, make-up
    // days 10-07 and 10-08, cleared on 10-11.
    var owed = cal.dailyTracking(
        p.duties().value(),
        "610723",
        LocalDate.of(2023, 9, 28),
        Option.some(LocalDate.of(2023, 10, 11)),
        LocalDate.of(2023, 10, 31));
    assertThat(owed.map(Obligation::dueDate))
        .containsExactly(
            LocalDate.of(2023, 9, 28),
            LocalDate.of(2023, 10, 7),
            LocalDate.of(2023, 10, 8),
            LocalDate.of(2023, 10, 9),
            LocalDate.of(2023, 10, 10));
    assertThat(owed).allSatisfy(o -> {
      assertThat(o.actor()).isEqualTo(Role.COUNTY_EDUCATION_BUREAU);
      assertThat(o.recipients()).containsExactly(Role.CITY_EDUCATION_BUREAU);
    });
    var done = List.of(
        new Fulfilment(owed.get(0).id(), LocalDateTime.of(2023, 9, 28, 17, 0)),
        new Fulfilment(owed.get(2).id(), LocalDateTime.of(2023, 10, 9, 8, 0)));
    var findings = ObligationCalendar.findingsAt(LocalDateTime.of(2023, 10, 9, 12, 0), owed, done);
    assertThat(findings.map(f -> f.obligation().dueDate() + " " + f.kind()))
        .containsExactly("2023-10-07 MISSING", "2023-10-08 LATE");
    // Not cleared: owed up to the last day looked at; a profile without tracking owes nothing.
    assertThat(cal.dailyTracking(
            p.duties().value(),
            "610723",
            LocalDate.of(2023, 10, 9),
            Option.none(),
            LocalDate.of(2023, 10, 13)))
        .hasSize(5);
    assertThat(cal.dailyTracking(
            profile("NATIONAL").duties().value(),
            "610723",
            LocalDate.of(2023, 10, 9),
            Option.none(),
            LocalDate.of(2023, 10, 13)))
        .isEmpty();
  }

  @Test
  @Tag("R-OBL-4")
  void xxCountyWorkPlanAndRostersDue20230910() {
    Campaign c = profile("XX_COUNTY_2023").duties().value().campaigns().get(0);
    assertThat(c.findings(LocalDateTime.of(2023, 9, 10, 23, 59), List.of())).isEmpty();
    assertThat(c.findings(LocalDateTime.of(2023, 9, 11, 0, 0), List.of()))
        .extracting(ObligationFinding::kind)
        .containsExactly(FindingKind.MISSING);
    assertThat(c.obligations().head().task()).contains("工作方案", "无学籍人员花名册");
    assertThat(profile("XX_COUNTY_2023").duties().value().unannounced()).isNotEmpty();
  }

  @Test
  @Tag("R-OBL-5")
  void nationalMonthlyReportsMissingOrLateAreFindings() {
    EffectiveProfile p = profile("NATIONAL");
    ObligationCalendar cal = ObligationCalendar.of(p.obligationRules(), TestCalendar.weekdays());
    var due =
        cal.dutiesDue(p.duties().value(), LocalDate.of(2023, 9, 1), LocalDate.of(2023, 12, 31));
    // By due date, then id.
    assertThat(due.map(o -> o.id().replaceFirst("RECURRING/", "")))
        .containsExactly(
            "县级季度复核辍学数据/2023-09",
            "学校月报/2023-09",
            "县级开学进校/2023-09-01",
            "学校月报/2023-10",
            "学校月报/2023-11",
            "县级季度复核辍学数据/2023-12",
            "学校月报/2023-12");
    var done = List.of(
        new Fulfilment("RECURRING/学校月报/2023-09", LocalDateTime.of(2023, 9, 29, 10, 0)),
        new Fulfilment("RECURRING/学校月报/2023-10", LocalDateTime.of(2023, 11, 2, 10, 0)),
        new Fulfilment("RECURRING/县级开学进校/2023-09-01", LocalDateTime.of(2023, 9, 20, 9, 0)));
    var findings = ObligationCalendar.findingsAt(LocalDateTime.of(2023, 11, 15, 0, 0), due, done);
    assertThat(findings.map(f -> f.obligation().id() + " " + f.kind()))
        .containsExactly("RECURRING/县级季度复核辍学数据/2023-09 MISSING", "RECURRING/学校月报/2023-10 LATE");
  }

  @Test
  @Tag("R-PROF-3")
  void aWrongDutyExampleIsReported() {
    EffectiveProfile yundou = profile("YUNDOU_2022");
    assertThat(ProfileExamples.dutyFailures(yundou)).isEmpty();
    Duties wrong = yundou
        .duties()
        .value()
        .plus(new Duties(
            List.of(),
            List.of(),
            Option.none(),
            Option.none(),
            0,
            List.of(new DutyExample(
                "wrong: nothing overdue on 10-20",
                LocalDate.of(2022, 10, 8),
                LocalDateTime.of(2022, 10, 20, 0, 0),
                List.of()))));
    EffectiveProfile broken = EffectiveProfile.builder()
        .from(yundou)
        .duties(new Resolved<>(wrong, yundou.id(), yundou.duties().source()))
        .build();
    assertThat(ProfileExamples.failures(broken))
        .singleElement()
        .asString()
        .contains("YUNDOU_2022", "wrong: nothing overdue", "全镇表册汇总");
  }
}

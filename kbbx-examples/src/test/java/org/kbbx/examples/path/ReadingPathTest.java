package org.kbbx.examples.path;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Consumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Every example of the reading path runs in the build, and its story's result is checked. */
class ReadingPathTest {

  private static String run(Consumer<PrintWriter> example) {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    example.accept(out);
    out.flush();
    return text.toString();
  }

  @Test
  @Tag("R-AGE-1")
  @Tag("R-AGE-2")
  @Tag("R-AGE-3")
  void ex01AgeCohortGivesYundousBirthRange() {
    assertThat(run(Ex01AgeCohort::run))
        .contains("born 2006-09-01..2016-08-31")
        .contains("Born 2016-08-31: age 6, COMPULSORY_AGE")
        .contains("Born 2016-09-01: age 5, BELOW_AGE")
        .contains("3 year(s) over age");
  }

  @Test
  @Tag("R-SM-3")
  @Tag("R-SM-4")
  @Tag("R-SM-5")
  @Tag("R-SM-6")
  void ex02TimelineKeepsEverythingAndIgnoresArrivalOrder() {
    assertThat(run(Ex02StudentTimeline::run))
        .contains("ON_LEAVE (请假) from 2023-10-09 until 2023-10-13")
        .contains("SUSPENDED (休学) from 2023-11-06 until 2024-02-26")
        .contains("On 2023-12-01 the status was SUSPENDED")
        .contains("Now: ATTENDING, grade G7")
        .contains("Kept with its rejection: e6")
        .contains("reverse order: true");
  }

  @Test
  @Tag("R-ABS-2")
  @Tag("R-ABS-3")
  void ex03TwoProfilesTellTwoStories() {
    String out = run(Ex03AbsenceEscalationTwoProfiles::run);
    assertThat(out)
        .contains("2023-10-11 SUSPECTED_DROPOUT") // Hezhang: reaches 3
        .contains("2023-11-12 DROPOUT_CONFIRMATION_REQUIRED")
        .contains("2023-10-16 SUSPECTED_DROPOUT") // XX county: 6th school day
        .contains("2023-11-17 AUTO_DROPOUT")
        .contains("status on 2023-12-31: DROPPED_OUT");
    assertThat(out.indexOf("status on 2023-12-31: SUSPECTED_DROPOUT"))
        .isLessThan(out.indexOf("XX_COUNTY_2023"));
  }

  @Test
  @Tag("R-CASE-1")
  @Tag("R-CASE-2")
  @Tag("R-CASE-4")
  void ex04CaseMovesForwardReportsLateStepsAndEnds() {
    String out = run(Ex04ReturnPersuasionCase::run);
    assertThat(out)
        .contains("Case opened 2023-10-16; next step CONTACT")
        .contains("After contact: CONTACT")
        .contains("Overdue as of 2023-11-06:")
        .contains("RETURN_NOTICE")
        .contains("Ended: RETURNED")
        .contains("Kept but refused: BUREAU_REPORT on 2023-11-20")
        .contains("ended true");
  }

  @Test
  @Tag("R-RC-2")
  @Tag("R-RC-5")
  @Tag("R-RC-8")
  void ex05WalksBothLinesAndNamesTheGaps() {
    assertThat(run(Ex05ResponsibilityChain::run))
        .contains("GOVERNMENT line")
        .contains("EDUCATION line")
        .contains("村委会主任 village committee director: ")
        .contains("Her guarantor teacher may see her: true")
        .contains("Another village's director may see her: false")
        .contains("STUDENT_WITHOUT_GUARANTOR");
  }

  @Test
  @Tag("R-RC-10")
  @Tag("R-RC-11")
  void ex05HouseholdOfTwoChildrenHasOneSeatAndOneLetterPerLink() {
    assertThat(run(Ex05ResponsibilityChain::run))
        .contains("Household 家长(李秀英): 2 children, one seat on both lines")
        .contains("Younger child's class teacher: 师长@熨斗初级中学/王老师")
        .contains("no 2022-2023 letter 教师—家长 between 师长@熨斗初级中学/王老师 and 家长(李秀英)")
        .doesNotContain("村委会—家长 between 村委会主任@齐建村");
  }

  @Test
  @Tag("R-RATE-1")
  @Tag("R-RATE-2")
  @Tag("R-RATE-3")
  void ex06RatesAreExactAndCheckedAgainstTargets() {
    assertThat(run(Ex06CountyRatesVsTargets::run))
        .contains("初中 dropout 13/600 = 2.17%  target <= 1.8%  MISSED")
        .contains("小学 dropout 9/2000 = 0.45%  target <= 0.6%  MET")
        .contains("初中 dropout 19/1050 = 1.81%  target <= 1.8%  MISSED")
        .contains("Registered-poor dropouts: 1 of ");
  }

  @Test
  @Tag("R-LED-2")
  void ex07EveryPersonInOneClassEveryRowAccountedFor() {
    assertThat(run(Ex07Reconciliation::run))
        .contains("CONSISTENT")
        .contains("RECORD_HERE_PERSON_ABSENT (籍在人不在)  建档立卡")
        .contains("PERSON_HERE_RECORD_ELSEWHERE")
        .contains("NO_RECORD")
        .contains("INVALID_ID")
        .contains("PRIORITY_CASE")
        .contains("BIRTH_DATE_MISMATCH")
        .contains("POPULATION: 5 rows in, 5 accounted for")
        .contains("PRESENCE: 4 rows in, 4 accounted for");
  }

  @Test
  @Tag("R-PROF-1")
  @Tag("R-PROF-2")
  void ex08CountyProfileInheritsAndDraftIsRefusedWhole() {
    assertThat(run(Ex08CountyWritesOwnProfileJson::run))
        .contains("Chain: [EXAMPLE_COUNTY_2025, NATIONAL]")
        .contains("Suspected: REACHES 3 school days, from EXAMPLE_COUNTY_2025")
        .contains("Dropout: AUTOMATIC after 1 month(s), from NATIONAL")
        .contains("Round trip gives an equal profile: true")
        .contains("suspectd")
        .contains("-3")
        .contains("NATIONL");
  }

  @Test
  @Tag("R-SM-2")
  @Tag("R-SM-3")
  @Tag("R-FILE-1")
  @Tag("R-FILE-2")
  @Tag("R-FILE-3")
  @Tag("R-FILE-4")
  @Tag("R-FILE-5")
  void ex09VendorEmbedsKbbxFeedsDaysSavesAndAsks() {
    assertThat(run(Ex09VendorMapsRowsToEvents::run))
        .contains("Row 107: vendor code LS has no kbbx event type")
        .contains("2023-10-09 alert FIRST_DAY_CONTACT for ****, CONTACT_FAMILY by TEACHER")
        .contains("2023-10-16 alert SUSPECTED_DROPOUT for ****")
        .contains("Saved 3 student files through 2023-10-20; restored equal: true")
        .contains("G003 as of 2023-10-20: SUSPECTED_DROPOUT, streak 6, "
            + "derived auto:mark_suspected:2023-10-16")
        .contains("case opened 2023-10-16, next step CONTACT due 2023-10-17")
        .contains("G001 as of 2023-10-20: ATTENDING, streak 0")
        .contains("G001: ATTENDING / record ACTIVE")
        .contains("G002: ATTENDING / record TRANSFER_PENDING")
        .contains("G003: ATTENDING / record ACTIVE, record school 5224990001, case RETURNED")
        .contains("row 106 refused: NO_SUCH_TRANSITION")
        .doesNotContain("row 108 refused");
  }

  @Test
  @Tag("R-OBL-1")
  void ex11YundouCampaignAsOf1020NamesTheLateHandIn() {
    assertThat(run(Ex11YundouVerificationCampaign::run))
        .contains("熨政发〔2022〕68号")
        .contains("before 18:00")
        .contains("冯海军")
        .contains("万强")
        .contains("全镇表册汇总 LATE (handed in 2022-10-19T18:30)")
        .contains("上报资料 MISSING");
  }
}

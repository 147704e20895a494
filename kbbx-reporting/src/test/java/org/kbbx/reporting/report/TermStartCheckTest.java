package org.kbbx.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Term-start check deadlines and findings (R-LED-5). */
class TermStartCheckTest {

  private static final LocalDate TERM_START = LocalDate.of(2024, 9, 2);

  @Test
  @Tag("R-LED-5")
  void bishanCheckWithinFiveDaysReportWithinTen() {
    Map<String, Period> bishan = new LinkedHashMap<>();
    bishan.put("TERM_CHECK", Period.ofDays(5));
    bishan.put("TERM_REPORT", Period.ofDays(10));

    List<ReportFinding> findings = TermStartCheck.findings(
        List.of("S1", "S2"),
        TERM_START,
        bishan,
        List.of(
            new Submission("S1", "TERM_CHECK", LocalDateTime.of(2024, 9, 7, 18, 0)),
            new Submission("S2", "TERM_CHECK", LocalDateTime.of(2024, 9, 8, 8, 0)),
            new Submission("S1", "TERM_REPORT", LocalDateTime.of(2024, 9, 12, 8, 0))),
        LocalDateTime.of(2024, 9, 13, 0, 0));

    assertThat(findings)
        .extracting(f -> f.kind() + " " + f.school() + " " + f.obligation())
        .containsExactly("LATE_REPORT S2 TERM_CHECK", "MISSING_REPORT S2 TERM_REPORT");
  }

  @Test
  @Tag("R-LED-5")
  void bishanProfileTasksOnAMondayToFridayCalendar() {
    var tasks = org.kbbx.rules.profile.Profiles.builtIn()
        .effective("BISHAN_2024")
        .get()
        .obligationRules()
        .termStart();
    org.kbbx.core.time.SchoolCalendar weekdays = org.kbbx.rules.profile.ProfileExamples.WEEKDAYS;

    List<ReportFinding> findings = TermStartCheck.findings(
        org.kbbx.core.responsibility.Role.SCHOOL,
        List.of("S1"),
        TERM_START,
        tasks,
        weekdays,
        List.of(),
        LocalDateTime.of(2024, 10, 1, 0, 0));

    assertThat(findings).isNotEmpty().allSatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ReportFindingKind.MISSING_REPORT);
      assertThat(f.school()).isEqualTo("S1");
    });
    assertThat(findings).extracting(ReportFinding::obligation).contains("FULL_CHECK");
  }

  @Test
  @Tag("R-LED-5")
  void deadlinesFromTheSeedsPeriods() {
    assertThat(TermStartCheck.deadline("HEZHANG_CENTRE", TERM_START, Period.ofMonths(1))
            .dueBefore())
        .isEqualTo(LocalDateTime.of(2024, 10, 3, 0, 0));
    assertThat(
            TermStartCheck.deadline("XX_ROSTERS", TERM_START, Period.ofWeeks(2)).dueBefore())
        .isEqualTo(LocalDateTime.of(2024, 9, 17, 0, 0));
  }
}

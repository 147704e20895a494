package org.kbbx.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.time.SchoolCalendar;
import org.kbbx.rules.obligation.FindingKind;
import org.kbbx.rules.obligation.Fulfilment;
import org.kbbx.rules.obligation.HomeEducationShortfall;
import org.kbbx.rules.obligation.Obligation;
import org.kbbx.rules.obligation.ObligationCalendar;
import org.kbbx.rules.obligation.ObligationFinding;
import org.kbbx.rules.obligation.ObligationKind;
import org.kbbx.rules.obligation.TestCalendar;

/** docs/rules.md §9 deadlines (R-LED-4..6) under the real profiles. */
class ObligationReadingsTest {

  static final LocalDate OPENS = LocalDate.of(2023, 9, 1); // Friday

  static ObligationCalendar calendar(String profile, SchoolCalendar days) {
    return ObligationCalendar.of(
        Profiles.builtIn().effective(profile).get().obligationRules(), days, List.of(OPENS));
  }

  static List<String> termStartDues(String profile) {
    return calendar(profile, TestCalendar.weekdays())
        .obligationsDue(OPENS, OPENS.plusMonths(2))
        .filter(o -> o.kind() == ObligationKind.TERM_START)
        .map(o -> o.task() + " " + o.dueDate())
        .toJavaList();
  }

  @Test
  @Tag("R-LED-5")
  void termStartDeadlinesFromTheCalendar() {
    // Civil Code counting: the opening day is not counted; a last day off school moves on.
    assertThat(termStartDues("BISHAN_2024"))
        .containsExactly("FULL_CHECK 2023-09-06", "REPORT 2023-09-11");
    // One month from 2023-09-01 is Sunday 2023-10-01 → next school day Monday 2023-10-02.
    assertThat(termStartDues("HEZHANG_2018"))
        .containsExactly("DROPOUT_COUNT 2023-09-08", "REPORT 2023-10-02");
    assertThat(termStartDues("XX_COUNTY_2023")).containsExactly("THREE_ROSTERS 2023-09-15");
    assertThat(termStartDues("NATIONAL")).isEmpty();
  }

  @Test
  @Tag("R-LED-5")
  void lateAndMissingTermStartReportsAreFindings() {
    ObligationCalendar bishan = calendar("BISHAN_2024", TestCalendar.weekdays());
    String check = "TERM_START/2023-09-01/FULL_CHECK/SCHOOL";
    List<ObligationFinding> findings = bishan
        .findings(
            LocalDate.of(2023, 9, 30),
            List.of(new Fulfilment(check, LocalDateTime.of(2023, 9, 7, 9, 0))))
        .toJavaList();
    assertThat(findings)
        .extracting(f -> f.obligation().task() + " " + f.kind())
        .containsExactly("FULL_CHECK LATE", "REPORT MISSING");
  }

  @Test
  @Tag("R-LED-4")
  void xxCountyWeeklyReportDueFridayBeforeNoonWithZeroReport() {
    ObligationCalendar xx = calendar("XX_COUNTY_2023", TestCalendar.weekdays());
    Obligation week =
        xx.obligationsDue(LocalDate.of(2023, 10, 9), LocalDate.of(2023, 10, 15)).single();
    assertThat(week.dueDate()).isEqualTo("2023-10-13");
    assertThat(week.dueBefore()).contains(LocalTime.NOON);
    assertThat(week.isLate(LocalDateTime.of(2023, 10, 13, 11, 59))).isFalse();
    assertThat(week.isLate(LocalDateTime.of(2023, 10, 13, 12, 0))).isTrue();
    var none = xx.findings(LocalDate.of(2023, 10, 13), List.of(), List.of());
    assertThat(xx.findings(LocalDate.of(2023, 10, 13), List.of(week), List.of())
            .single()
            .kind())
        .isEqualTo(FindingKind.ZERO_REPORT_ABSENT);
    assertThat(none).isEmpty();
    assertThat(xx.findings(
            LocalDate.of(2023, 10, 13),
            List.of(week),
            List.of(new Fulfilment(week.id(), LocalDateTime.of(2023, 10, 13, 10, 0)))))
        .isEmpty();
  }

  @Test
  @Tag("R-LED-4")
  void weeklyReportInGoldenWeekMovesToTheMakeUpSaturday() {
    // Week of 09-25: Friday 09-29 is a holiday → Thursday 09-28, before the holiday.
    // Week of 10-02: Monday–Friday are holidays → the make-up Saturday 10-07.
    ObligationCalendar xx = calendar("XX_COUNTY_2023", TestCalendar.autumn2023());
    assertThat(xx.obligationsDue(LocalDate.of(2023, 9, 25), LocalDate.of(2023, 10, 8))
            .map(Obligation::dueDate))
        .containsExactly(LocalDate.of(2023, 9, 28), LocalDate.of(2023, 10, 7));
  }

  @Test
  @Tag("R-LED-4")
  void hanzhongWeeklyReportDueByThursday() {
    Obligation week = calendar("HANZHONG_2018", TestCalendar.weekdays())
        .obligationsDue(LocalDate.of(2023, 10, 9), LocalDate.of(2023, 10, 15))
        .single();
    assertThat(week.dueDate()).isEqualTo("2023-10-12");
    assertThat(week.dueDate().getDayOfWeek()).hasToString("THURSDAY");
    assertThat(week.lateFrom()).isEqualTo(LocalDateTime.of(2023, 10, 13, 0, 0));
  }

  @Test
  @Tag("R-LED-6")
  void homeEducationAtLeastOneVisitAWeek() {
    ObligationCalendar xx = calendar("XX_COUNTY_2023", TestCalendar.weekdays());
    var shortfalls = xx.homeEducationShortfalls(
        LocalDate.of(2023, 10, 9),
        LocalDate.of(2023, 10, 22),
        Map.of(
            StudentId.of("S1"),
            List.of(LocalDate.of(2023, 10, 10)),
            StudentId.of("S2"),
            List.of()));
    assertThat(shortfalls)
        .containsExactly(
            new HomeEducationShortfall(StudentId.of("S1"), LocalDate.of(2023, 10, 16), 0, 1),
            new HomeEducationShortfall(StudentId.of("S2"), LocalDate.of(2023, 10, 9), 0, 1),
            new HomeEducationShortfall(StudentId.of("S2"), LocalDate.of(2023, 10, 16), 0, 1));
    assertThat(calendar("NATIONAL", TestCalendar.weekdays())
            .homeEducationShortfalls(
                LocalDate.of(2023, 10, 9),
                LocalDate.of(2023, 10, 22),
                Map.of(StudentId.of("S2"), List.of())))
        .isEmpty();
  }

  @Test
  void transferAndDeathCancellationWithinTenWorkingDays() {
    ObligationCalendar national = calendar("NATIONAL", TestCalendar.weekdays());
    Obligation transfer = national.transfer("G1", LocalDate.of(2023, 9, 1)).get();
    assertThat(transfer.dueDate()).isEqualTo("2023-09-15");
    Obligation death =
        national.deathCancellation("G2", LocalDate.of(2023, 9, 28)).get();
    assertThat(death.dueDate()).isEqualTo("2023-10-12");
    assertThat(national.findings(
            LocalDate.of(2023, 10, 31),
            List.of(transfer, death),
            List.of(new Fulfilment(transfer.id(), LocalDateTime.of(2023, 9, 14, 16, 0)))))
        .extracting(f -> f.obligation().kind() + " " + f.kind())
        .containsExactly("DEATH_CANCELLATION MISSING");
  }
}

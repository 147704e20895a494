package org.kbbx.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.id.ResidentId;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.status.SchoolingState;
import org.kbbx.reporting.reconciliation.TestIds;
import org.kbbx.reporting.register.StatusChange;
import org.kbbx.reporting.register.StudentHistory;

/** Weekly reports with zero reports and missing-report findings (R-LED-4). */
class WeeklyReportTest {

  private static final LocalDate MONDAY = LocalDate.of(2023, 10, 9);

  private static StudentHistory poor(int n, String school, StatusChange... changes) {
    return StudentHistory.builder()
        .residentId(ResidentId.parse(TestIds.child(n)))
        .name("c" + n)
        .school(school)
        .addPriorityGroups(PriorityGroup.REGISTERED_POOR)
        .addChanges(changes)
        .build();
  }

  @Test
  @Tag("R-LED-4")
  void countsAndChangesPerSchoolAndAZeroReportForAQuietSchool() {
    StudentHistory suspectedThisWeek = poor(
        1,
        "S1",
        StatusChange.of(MONDAY.minusDays(60), SchoolingState.ATTENDING),
        StatusChange.of(MONDAY.plusDays(2), SchoolingState.SUSPECTED_DROPOUT));
    StudentHistory returnedThisWeek = poor(
        2,
        "S1",
        StatusChange.of(MONDAY.minusDays(20), SchoolingState.DROPPED_OUT),
        StatusChange.of(MONDAY.plusDays(4), SchoolingState.ATTENDING));
    StudentHistory notWatched = StudentHistory.builder()
        .residentId(ResidentId.parse(TestIds.child(3)))
        .name("c3")
        .school("S1")
        .addChanges(StatusChange.of(MONDAY, SchoolingState.DROPPED_OUT))
        .build();
    StudentHistory quiet =
        poor(4, "S2", StatusChange.of(MONDAY.minusDays(60), SchoolingState.ATTENDING));

    List<WeeklyReport> reports = WeeklyReport.of(
        List.of("S1", "S2", "S3"),
        Arrays.asList(suspectedThisWeek, returnedThisWeek, notWatched, quiet, null),
        MONDAY);

    assertThat(reports).extracting(WeeklyReport::school).containsExactly("S1", "S2", "S3");
    WeeklyReport s1 = reports.get(0);
    assertThat(s1.watched()).isEqualTo(2);
    assertThat(s1.attending()).isEqualTo(1);
    assertThat(s1.suspected()).isEqualTo(1);
    assertThat(s1.droppedOut()).isZero();
    assertThat(s1.newlySuspected()).isEqualTo(1);
    assertThat(s1.returned()).isEqualTo(1);
    assertThat(s1.zeroReport()).isFalse();
    assertThat(reports.get(1).zeroReport()).isTrue();
    assertThat(reports.get(1).watched()).isEqualTo(1);
    assertThat(reports.get(2).zeroReport()).as("a school with no watched child").isTrue();
  }

  @Test
  @Tag("R-LED-4")
  void missingReportIsAFindingAndLateOneToo_xxCountyFridayBeforeNoon() {
    WeeklyDue due = WeeklyDue.of(DayOfWeek.FRIDAY, LocalTime.NOON);
    Deadline deadline = due.deadlineFor(MONDAY);
    assertThat(deadline.dueBefore()).isEqualTo(LocalDateTime.of(2023, 10, 13, 12, 0));

    List<ReportFinding> findings = DeadlineCheck.findings(
        List.of("S1", "S2", "S3"),
        List.of(deadline),
        Arrays.asList(
            new Submission("S1", "WEEKLY 2023-10-09", LocalDateTime.of(2023, 10, 13, 11, 59)),
            new Submission("S2", "WEEKLY 2023-10-09", LocalDateTime.of(2023, 10, 13, 12, 0)),
            new Submission("S9", "WEEKLY 2023-10-09", LocalDateTime.of(2023, 10, 13, 9, 0)),
            null),
        LocalDateTime.of(2023, 10, 14, 0, 0));

    assertThat(findings)
        .extracting(ReportFinding::kind, ReportFinding::school)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ReportFindingKind.LATE_REPORT, "S2"),
            org.assertj.core.groups.Tuple.tuple(ReportFindingKind.MISSING_REPORT, "S3"),
            org.assertj.core.groups.Tuple.tuple(ReportFindingKind.UNEXPECTED_SUBMISSION, "S9"),
            org.assertj.core.groups.Tuple.tuple(ReportFindingKind.UNEXPECTED_SUBMISSION, null));
  }

  @Test
  @Tag("R-LED-4")
  void nothingIsMissingBeforeTheDeadline_hanzhongThursdayFromTheProfile() {
    var rules = org.kbbx.rules.profile.Profiles.builtIn()
        .effective("HANZHONG_2018")
        .get()
        .obligationRules()
        .weeklyReports();
    Deadline thursday = WeeklyDue.from(rules.get(0)).deadlineFor(MONDAY);
    assertThat(thursday.dueBefore()).isEqualTo(LocalDateTime.of(2023, 10, 13, 0, 0));
    assertThat(DeadlineCheck.findings(
            List.of("S1"), List.of(thursday), null, LocalDateTime.of(2023, 10, 12, 23, 59)))
        .isEmpty();
    assertThat(DeadlineCheck.findings(
            List.of("S1"), List.of(thursday), null, LocalDateTime.of(2023, 10, 13, 0, 0)))
        .singleElement()
        .satisfies(f -> assertThat(f.kind()).isEqualTo(ReportFindingKind.MISSING_REPORT));
  }

  @Test
  @Tag("R-LED-4")
  void xxCountyProfileDueFridayBeforeNoon() {
    var rules = org.kbbx.rules.profile.Profiles.builtIn()
        .effective("XX_COUNTY_2023")
        .get()
        .obligationRules()
        .weeklyReports();
    assertThat(WeeklyDue.from(rules.get(0)).deadlineFor(MONDAY).dueBefore())
        .isEqualTo(LocalDateTime.of(2023, 10, 13, 12, 0));
  }

  @Test
  @Tag("R-LED-4")
  void weekMustStartOnMonday() {
    assertThatThrownBy(() -> WeeklyReport.of(List.of("S1"), List.of(), MONDAY.plusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2023-10-10");
  }
}

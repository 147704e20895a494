package org.kbbx.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.id.ResidentId;
import org.kbbx.reporting.reconciliation.TestIds;

/** Home-education visits: at least one a week (R-LED-6, seed 002). */
class HomeEducationVisitReportTest {

  private static final ResidentId A = ResidentId.parse(TestIds.child(1));
  private static final ResidentId B = ResidentId.parse(TestIds.child(2));

  @Test
  @Tag("R-LED-6")
  void listsStudentsAndWeeksBelowOneVisit() {
    LocalDate wednesday = LocalDate.of(2023, 9, 6);
    HomeEducationPlacement a = new HomeEducationPlacement(A, "S1", wednesday, null);
    HomeEducationPlacement b =
        new HomeEducationPlacement(B, "S1", LocalDate.of(2023, 9, 11), LocalDate.of(2023, 9, 24));

    HomeEducationVisitReport report = HomeEducationVisitReport.of(
        List.of(a, b),
        Arrays.asList(
            new HomeVisit(A, LocalDate.of(2023, 9, 12)),
            new HomeVisit(A, LocalDate.of(2023, 9, 26)),
            new HomeVisit(B, LocalDate.of(2023, 9, 17)),
            new HomeVisit(null, LocalDate.of(2023, 9, 17)),
            null),
        1,
        LocalDate.of(2023, 10, 1));

    // A: weeks of 11, 18, 25 Sep checked (the partial first week is not); 18 Sep has no visit.
    // B: weeks of 11 and 18 Sep; 18 Sep has no visit.
    assertThat(report.weeksChecked()).isEqualTo(5);
    assertThat(report.shortfalls())
        .extracting(s -> s.residentId().unmasked() + " " + s.weekStart())
        .containsExactly(TestIds.child(1) + " 2023-09-18", TestIds.child(2) + " 2023-09-18");
  }

  @Test
  @Tag("R-LED-6")
  void anUnfinishedWeekIsNotJudged() {
    HomeEducationPlacement a = new HomeEducationPlacement(A, "S1", LocalDate.of(2023, 9, 11), null);
    HomeEducationVisitReport report =
        HomeEducationVisitReport.of(List.of(a), List.of(), 1, LocalDate.of(2023, 9, 16));
    assertThat(report.weeksChecked()).isZero();
    assertThat(report.shortfalls()).isEmpty();
  }
}

package org.kbbx.reporting.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kbbx.reporting.rate.Cohorts.*;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.person.Sex;
import org.kbbx.core.rate.Rate;
import org.kbbx.core.school.Grade;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.core.school.SchoolLevel;

class FlowResidualTest {

  private static FlowReport.Builder row(int grade) {
    return FlowReport.builder().school(JUNIOR_B).grade(Grade.of(grade));
  }

  // R-RATE-10 FLOW_RESIDUAL: (2 susp + 3 withdr + 1 death + 4 out + 1 other) − (3 in + 1 other) =
  // 7.
  @Test
  @Tag("R-RATE-10")
  void traditionalResidualCountsDeathsAndSuspensions() {
    FlowReport report = row(7)
        .enrolledAtStart(400)
        .suspensions(2)
        .withdrawals(3)
        .deaths(1)
        .transfersOut(4)
        .otherDecreases(1)
        .transfersIn(3)
        .otherIncreases(1)
        .build();
    FlowResidual traditional =
        FlowResidual.compute(List.of(report), FlowResidualPolicy.TRADITIONAL, null);
    assertThat(traditional.findings()).isEmpty();
    CountsTable table = traditional.counts().bySchool().get(JUNIOR_B);
    assertThat(DropoutRates.annual(table, Slice.all())).isEqualTo(Rate.of(7, 400));
    assertThat(table.total().get(Counter.TRANSFERS_IN)).isEqualTo(3);
    assertThat(table.total().get(Counter.TRANSFERS_OUT)).isEqualTo(4);
    // without deaths and suspensions: 7 − 1 − 2 = 4
    FlowResidual strict = FlowResidual.compute(
        List.of(report), FlowResidualPolicy.EXCLUDE_DEATHS_AND_SUSPENSIONS, GradeSystem.SIX_THREE);
    assertThat(DropoutRates.annual(strict.counts().total(), Slice.of(SchoolLevel.JUNIOR_SECONDARY)))
        .isEqualTo(Rate.of(4, 400));
    assertThat(DropoutRates.annual(strict.counts().total(), Slice.all().withSex(Sex.MALE)))
        .isEqualTo(Rate.of(0, 0));
  }

  // R-RATE-10: the floor applies per row, so a row with more increases cannot cancel another's
  // dropouts.
  @Test
  @Tag("R-RATE-10")
  void negativeResidualIsFlooredPerRowAndReported() {
    FlowReport more = row(8).enrolledAtStart(100).transfersIn(5).withdrawals(1).build();
    FlowReport fewer = row(9).enrolledAtStart(100).withdrawals(2).build();
    FlowResidual result =
        FlowResidual.compute(List.of(more, fewer), FlowResidualPolicy.TRADITIONAL, null);
    assertThat(DropoutRates.annual(result.counts().total(), Slice.all()))
        .isEqualTo(Rate.of(2, 200));
    assertThat(result.findings()).hasSize(1);
    assertThat(result.findings().head().code()).isEqualTo("FLOW_RESIDUAL_FLOORED");
    assertThat(result.findings().head().index()).isZero();
    assertThat(result.findings().head().message()).contains("-4");
  }

  // Bad input: negative counts, null rows and a null input are findings, never exceptions; nothing
  // lost.
  @Test
  void badRowsAreFindingsWithTheirRowAndAreNotCounted() {
    FlowReport negative = row(7).enrolledAtStart(100).deaths(-1).transfersIn(-2).build();
    FlowReport huge = row(7).enrolledAtStart(FlowResidual.MAX_COUNT + 1).build();
    FlowReport good = row(7).enrolledAtStart(50).withdrawals(1).build();
    FlowResidual result = FlowResidual.compute(
        Arrays.asList(negative, null, huge, good), FlowResidualPolicy.TRADITIONAL, null);
    assertThat(result.findings().map(FlowFinding::code))
        .containsExactly(
            "FLOW_NEGATIVE_COUNT",
            "FLOW_NEGATIVE_COUNT",
            "FLOW_MISSING_ROW",
            "FLOW_IMPLAUSIBLE_COUNT");
    assertThat(result.findings().map(FlowFinding::index)).containsExactly(0, 0, 1, 2);
    assertThat(result.findings().head().message()).contains("deaths is -1");
    assertThat(DropoutRates.annual(result.counts().total(), Slice.all())).isEqualTo(Rate.of(1, 50));
    FlowResidual none = FlowResidual.compute(null, null, null);
    assertThat(none.findings().map(FlowFinding::code)).containsExactly("FLOW_MISSING_ROW");
    assertThat(none.counts().total().total().isEmpty()).isTrue();
  }

  @Test
  void dropoutsAboveEnrolmentAreCountedAndFlagged() {
    FlowResidual result =
        FlowResidual.compute(List.of(row(7).enrolledAtStart(2).withdrawals(3).build()), null, null);
    assertThat(result.findings().map(FlowFinding::code))
        .containsExactly("FLOW_DROPOUTS_EXCEED_ENROLMENT");
    assertThat(DropoutRates.annual(result.counts().total(), Slice.all())).isEqualTo(Rate.of(3, 2));
  }

  @Test
  void sexSplitReportsFillTheSexColumns() {
    FlowResidual result = FlowResidual.compute(
        List.of(
            row(7).sex(Sex.FEMALE).enrolledAtStart(60).withdrawals(1).build(),
            row(7).sex(Sex.MALE).enrolledAtStart(40).withdrawals(2).build()),
        null,
        null);
    CountsTable t = result.counts().total();
    assertThat(DropoutRates.annual(t, Slice.all().withSex(Sex.FEMALE))).isEqualTo(Rate.of(1, 60));
    assertThat(DropoutRates.annual(t, Slice.all())).isEqualTo(Rate.of(3, 100));
  }
}

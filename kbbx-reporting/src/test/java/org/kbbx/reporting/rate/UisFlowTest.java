package org.kbbx.reporting.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import java.math.BigInteger;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.rate.Fraction;
import org.kbbx.core.rate.Rate;
import org.kbbx.core.school.Grade;
import org.kbbx.core.school.GradeSystem;

class UisFlowTest {

  /** Every grade: 100 enrolled in year t; next year 95 in g+1 of whom 5 repeat, 5 repeat in g. */
  private static CountsTable[] years() {
    CountsTable.Accumulator t = CountsTable.accumulator(GradeSystem.SIX_THREE);
    CountsTable.Accumulator next = CountsTable.accumulator(GradeSystem.SIX_THREE);
    for (int g = 1; g <= 9; g++) {
      t.addCount(g, 0, Counter.ENROLLED, 100);
      next.addCount(g, 1, Counter.ENROLLED, g == 1 ? 100 : 95);
      next.addCount(g, 1, Counter.REPEATERS, 5);
    }
    return new CountsTable[] {t.toTable(), next.toTable()};
  }

  // R-RATE-13: p = (95 − 5)/100, r = 5/100, d = 1 − 9/10 − 1/20 = 1/20.
  @Test
  @Tag("R-RATE-13")
  void promotionRepetitionAndDropoutByGrade() {
    CountsTable[] y = years();
    assertThat(UisIndicators.promotion(y[0], y[1], Grade.of(3), Slice.all()))
        .isEqualTo(Rate.of(90, 100));
    assertThat(UisIndicators.repetition(y[0], y[1], Grade.of(3), Slice.all()))
        .isEqualTo(Rate.of(5, 100));
    assertThat(UisIndicators.dropout(y[0], y[1], Grade.of(3), Slice.all()).get())
        .isEqualTo(Fraction.of(1, 20));
    assertThat(UisIndicators.dropout(
                y[0], CountsTable.empty(GradeSystem.SIX_THREE), Grade.of(3), Slice.all())
            .get())
        .isEqualTo(Fraction.ONE);
    assertThat(UisIndicators.dropout(
                CountsTable.empty(GradeSystem.SIX_THREE), y[1], Grade.of(3), Slice.all())
            .isEmpty())
        .isTrue();
    assertThatThrownBy(() -> UisIndicators.promotion(y[0], y[1], Grade.of(9), Slice.all()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("G9");
  }

  // R-RATE-13: survival(k) = (p / (1 − r))^(k−1) = (18/19)^(k−1); of 1000 pupils 18000/19 reach
  // grade 2.
  @Test
  @Tag("R-RATE-13")
  void reconstructedCohortSurvivalIsExact() {
    CountsTable[] y = years();
    ReconstructedCohort cohort = ReconstructedCohort.of(y[0], y[1], Slice.all());
    assertThat(cohort.survivalTo(Grade.of(1)).get()).isEqualTo(Fraction.ONE);
    assertThat(cohort.survivalTo(Grade.of(2)).get()).isEqualTo(Fraction.of(18, 19));
    assertThat(cohort.pupilsReaching(Grade.of(2)).get()).isEqualTo(Fraction.of(18_000, 19));
    Fraction expected9 = Fraction.of(
        BigInteger.valueOf(18).pow(8).multiply(BigInteger.valueOf(1000)),
        BigInteger.valueOf(19).pow(8));
    assertThat(cohort.pupilsReaching(Grade.of(9)).get()).isEqualTo(expected9);
    // 1000 × (18/19)^8 = 648.9 to one decimal
    assertThat(expected9.toBigDecimal(1, java.math.RoundingMode.HALF_UP)).hasToString("648.9");
  }

  @Test
  void everyoneRepeatingStopsTheCohortAndMissingEnrolmentIsUndefined() {
    List<Option<Fraction>> p =
        new java.util.ArrayList<>(Collections.nCopies(8, Option.some(Fraction.of(1, 2))));
    List<Option<Fraction>> r =
        new java.util.ArrayList<>(Collections.nCopies(8, Option.some(Fraction.ZERO)));
    r.set(2, Option.some(Fraction.ONE));
    p.set(2, Option.some(Fraction.ZERO));
    ReconstructedCohort stuck = ReconstructedCohort.of(p, r);
    assertThat(stuck.survivalTo(Grade.of(3)).get()).isEqualTo(Fraction.of(1, 4));
    assertThat(stuck.survivalTo(Grade.of(4)).get()).isEqualTo(Fraction.ZERO);
    p.set(5, Option.none());
    ReconstructedCohort gap = ReconstructedCohort.of(p, r);
    assertThat(gap.survivalTo(Grade.of(6)).isDefined()).isTrue();
    assertThat(gap.survivalTo(Grade.of(7)).isEmpty()).isTrue();
    assertThatThrownBy(() -> ReconstructedCohort.of(p.subList(0, 7), r))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("found 7 and 8");
  }
}

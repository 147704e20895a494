package org.kbbx.reporting.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kbbx.reporting.rate.Cohorts.*;

import io.vavr.control.Either;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.person.Sex;
import org.kbbx.core.rate.Rate;
import org.kbbx.core.rate.Target;
import org.kbbx.core.school.Grade;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.core.time.SchoolYear;

class ConsolidationRatesTest {

  /**
   * A cohort entering grade 1 in 2014 (200 enrolled, 10 of them repeaters → intake 190, R-RATE-16;
   * 190 enter grade 7 in 2020), moving
   * one grade a year; 6 transfer in during 2016 (grade 3), 4 transfer out during 2019 (grade 6); 180
   * complete grade 9 in 2022; 170 complete primary grade 6 in 2019.
   */
  private static Map<SchoolYear, CountsTable> history(GradeSystem system) {
    Map<SchoolYear, CountsTable> history = new HashMap<>();
    for (int k = 0; k <= 8; k++) {
      SchoolYear year = SchoolYear.of(2014 + k);
      CountsTable.Accumulator acc = CountsTable.accumulator(system);
      int grade = 1 + k;
      acc.addCount(grade, 0, Counter.ENROLLED, k == 0 ? 200 : 190);
      if (k == 0) {
        acc.addCount(grade, 0, Counter.REPEATERS, 10);
        acc.addCount(grade, 0, Counter.INTAKE, 190);
      }
      if (k == 6) {
        acc.addCount(grade, 0, Counter.INTAKE, 190);
      }
      if (k == 2) {
        acc.addCount(grade, 0, Counter.TRANSFERS_IN, 6);
      }
      if (k == 5) {
        acc.addCount(grade, 0, Counter.TRANSFERS_OUT, 4);
        acc.addCount(grade, 1, Counter.COMPLETERS, 170);
      }
      if (k == 8) {
        acc.addCount(grade, 1, Counter.COMPLETERS, 180);
      }
      history.put(year, acc.toTable());
    }
    return history;
  }

  // R-RATE-11: 180 / 190 plain; adjusted 180 / (190 + 6 − 4) = 180 / 192.
  @Test
  @Tag("R-RATE-11")
  void nineYearConsolidationPlainAndTransferAdjusted() {
    Map<SchoolYear, CountsTable> h = history(GradeSystem.SIX_THREE);
    Rate plain = ConsolidationRates.of(
            h,
            SchoolYear.of(2022),
            ConsolidationScope.NINE_YEAR,
            Slice.all(),
            ConsolidationOptions.PLAIN)
        .get();
    assertThat(plain).isEqualTo(Rate.of(180, 190));
    assertThat(plain.format()).isEqualTo("94.74%");
    assertThat(Target.parse(">= 95%").check(plain).isMet()).isFalse();
    Rate adjusted = ConsolidationRates.of(
            h,
            SchoolYear.of(2022),
            ConsolidationScope.NINE_YEAR,
            Slice.all(),
            ConsolidationOptions.ADJUSTED_AND_CAPPED)
        .get();
    assertThat(adjusted).isEqualTo(Rate.of(180, 192));
    assertThat(adjusted.format()).isEqualTo("93.75%");
    assertThat(ConsolidationRates.of(
                h,
                SchoolYear.of(2022),
                ConsolidationScope.NINE_YEAR,
                Slice.all().withSex(Sex.FEMALE),
                ConsolidationOptions.PLAIN)
            .get())
        .isEqualTo(Rate.of(180, 0));
  }

  // R-RATE-11: primary = grade-6 completers in 2019 ÷ grade-1 intake 5 years earlier (6-3).
  @Test
  @Tag("R-RATE-11")
  void primaryConsolidationReadsTheIntakeFiveYearsEarlier() {
    Rate primary = ConsolidationRates.of(
            history(GradeSystem.SIX_THREE),
            SchoolYear.of(2019),
            ConsolidationScope.PRIMARY,
            Slice.all(),
            new ConsolidationOptions(true, false))
        .get();
    assertThat(primary).isEqualTo(Rate.of(170, 192));
  }

  // R-RATE-11: junior = grade-9 completers ÷ first junior grade intake 2 years earlier (6-3), 3
  // (5-4).
  @Test
  @Tag("R-RATE-11")
  void juniorConsolidationUsesTheGradeSystem() {
    assertThat(ConsolidationScope.JUNIOR.intakeGrade(GradeSystem.SIX_THREE)).isEqualTo(Grade.of(7));
    assertThat(ConsolidationScope.JUNIOR.yearsBack(GradeSystem.SIX_THREE)).isEqualTo(2);
    assertThat(ConsolidationScope.JUNIOR.yearsBack(GradeSystem.FIVE_FOUR)).isEqualTo(3);
    assertThat(ConsolidationScope.PRIMARY.yearsBack(GradeSystem.FIVE_FOUR)).isEqualTo(4);
    assertThat(ConsolidationScope.NINE_YEAR.yearsBack(GradeSystem.FIVE_FOUR)).isEqualTo(8);
    Rate junior = ConsolidationRates.of(
            history(GradeSystem.SIX_THREE),
            SchoolYear.of(2022),
            ConsolidationScope.JUNIOR,
            Slice.all(),
            ConsolidationOptions.PLAIN)
        .get();
    assertThat(junior).isEqualTo(Rate.of(180, 190));
  }

  // R-RATE-11 optional cap: in-migration can push the unadjusted rate over 100 %.
  @Test
  @Tag("R-RATE-11")
  void capReportsAtMostHundredPercent() {
    Map<SchoolYear, CountsTable> h = history(GradeSystem.SIX_THREE);
    CountsTable.Accumulator acc = CountsTable.accumulator(GradeSystem.SIX_THREE);
    acc.addCount(9, 0, Counter.COMPLETERS, 200);
    h.put(SchoolYear.of(2022), acc.toTable());
    assertThat(ConsolidationRates.of(
                h,
                SchoolYear.of(2022),
                ConsolidationScope.NINE_YEAR,
                Slice.all(),
                ConsolidationOptions.PLAIN)
            .get()
            .format())
        .isEqualTo("105.26%");
    assertThat(ConsolidationRates.of(
                h,
                SchoolYear.of(2022),
                ConsolidationScope.NINE_YEAR,
                Slice.all(),
                new ConsolidationOptions(false, true))
            .get())
        .isEqualTo(Rate.of(190, 190));
  }

  @Test
  void missingYearIsARejectionNamingTheYear() {
    Map<SchoolYear, CountsTable> h = history(GradeSystem.SIX_THREE);
    h.remove(SchoolYear.of(2017));
    Either<RateRejection, Rate> adjusted = ConsolidationRates.of(
        h,
        SchoolYear.of(2022),
        ConsolidationScope.NINE_YEAR,
        Slice.all(),
        ConsolidationOptions.ADJUSTED_AND_CAPPED);
    assertThat(adjusted.getLeft().code().name()).isEqualTo("RATE_MISSING_COUNTS");
    assertThat(adjusted.getLeft().message()).contains("2017-2018");
    assertThat(ConsolidationRates.of(
                h,
                SchoolYear.of(2022),
                ConsolidationScope.NINE_YEAR,
                Slice.all(),
                ConsolidationOptions.PLAIN)
            .isRight())
        .isTrue();
    assertThat(ConsolidationRates.of(
                h,
                SchoolYear.of(2030),
                ConsolidationScope.NINE_YEAR,
                Slice.all(),
                ConsolidationOptions.PLAIN)
            .getLeft()
            .message())
        .contains("2030-2031");
    h.remove(SchoolYear.of(2014));
    assertThat(ConsolidationRates.of(
                h,
                SchoolYear.of(2022),
                ConsolidationScope.NINE_YEAR,
                Slice.all(),
                ConsolidationOptions.PLAIN)
            .getLeft()
            .message())
        .contains("2014-2015");
  }
}

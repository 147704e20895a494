package org.kbbx.reporting.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kbbx.reporting.rate.Cohorts.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.division.DivisionLevel;
import org.kbbx.core.rate.Fraction;
import org.kbbx.core.rate.Target;
import org.kbbx.core.rate.TargetOutcome;
import org.kbbx.core.time.SchoolYear;

class ComplianceTest {

  /** Hezhang 2018 targets as a profile would supply them (R-RATE-3). */
  static Map<RateKind, Target> hezhang2018() {
    Map<RateKind, Target> targets = new EnumMap<>(RateKind.class);
    targets.put(RateKind.PRIMARY_DROPOUT, Target.parse("<= 0.6%"));
    targets.put(RateKind.JUNIOR_DROPOUT, Target.parse("<= 1.8%"));
    targets.put(RateKind.NINE_YEAR_CONSOLIDATION, Target.parse(">= 95%"));
    return targets;
  }

  // R-RATE-3: each township's rates vs Hezhang's targets, with the exact gap; consolidation without
  // history is reported as missing, not guessed.
  @Test
  @Tag("R-RATE-3")
  void eachTownshipIsJudgedAgainstHezhangTargetsWithTheGap() {
    List<StudentYear> all = new ArrayList<>();
    all.addAll(grade(PRIMARY_A, 3, 500, 3)); // township A: primary 3/500 = 0.6 % → met
    all.addAll(grade(PRIMARY_A, 8, 100, 1)); // township A: junior 1/100 = 1 % → met
    all.addAll(grade(JUNIOR_B, 7, 500, 10)); // township B: junior 10/500 = 2 % → missed by 0.2 pp
    Map<DivisionCode, CountsTable> townships = count(all).rollUp(DivisionLevel.TOWNSHIP);
    Map<DivisionCode, UnitRates> rates = new LinkedHashMap<>();
    townships.forEach((code, table) ->
        rates.put(code, UnitRates.of(Map.of(Y2022, table), Y2022, Slice.all(), RatePolicy.PLAIN)));

    List<ComplianceRow<DivisionCode>> rows = Compliance.check(rates, hezhang2018());

    assertThat(rows).hasSize(6);
    assertThat(rows.get(0).unit()).isEqualTo(TOWNSHIP_A);
    assertThat(rows.get(0).kind()).isEqualTo(RateKind.PRIMARY_DROPOUT);
    assertThat(rows.get(0).outcome()).isEqualTo(TargetOutcome.MET);
    assertThat(rows.get(1).outcome()).isEqualTo(TargetOutcome.MET);
    assertThat(rows.get(2).kind()).isEqualTo(RateKind.NINE_YEAR_CONSOLIDATION);
    assertThat(rows.get(2).outcome()).isEqualTo(TargetOutcome.UNDEFINED);
    assertThat(rows.get(2).result().getLeft().message())
        .contains(SchoolYear.of(2014).toString());
    assertThat(rows.get(3).unit()).isEqualTo(TOWNSHIP_B);
    assertThat(rows.get(3).outcome()).isEqualTo(TargetOutcome.UNDEFINED); // no primary pupils: 0/0
    assertThat(rows.get(4).kind()).isEqualTo(RateKind.JUNIOR_DROPOUT);
    assertThat(rows.get(4).outcome()).isEqualTo(TargetOutcome.MISSED);
    assertThat(rows.get(4).result().get().shortfall().get()).isEqualTo(Fraction.of(1, 500));
  }

  @Test
  void missingYearMakesEveryRateMissing() {
    UnitRates none = UnitRates.of(Map.of(), Y2022, Slice.all(), RatePolicy.PLAIN);
    for (RateKind kind : RateKind.values()) {
      assertThat(none.get(kind).getLeft().code().name()).isEqualTo("RATE_MISSING_COUNTS");
    }
  }
}

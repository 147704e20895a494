package org.kbbx.reporting.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.school.Grade;
import org.quicktheories.core.Gen;

/** R-RATE-10 FLOW_RESIDUAL on untrusted counts: never throws, nothing lost. */
@Tag("R-RATE-10")
class FlowResidualProperties {

  /** Mostly plausible counts, sometimes negative or huge. */
  private static Gen<Long> count() {
    return longs().between(-3, 40).mix(longs().all(), 10);
  }

  private static Gen<FlowReport> reports() {
    return lists()
        .of(count())
        .ofSize(8)
        .zip(
            integers().between(1, 9),
            (c, g) -> FlowReport.builder()
                .school(g % 2 == 0 ? Cohorts.PRIMARY_A : Cohorts.JUNIOR_B)
                .grade(Grade.of(g))
                .enrolledAtStart(c.get(0))
                .suspensions(c.get(1))
                .withdrawals(c.get(2))
                .deaths(c.get(3))
                .transfersOut(c.get(4))
                .otherDecreases(c.get(5))
                .transfersIn(c.get(6))
                .otherIncreases(c.get(7))
                .build());
  }

  // Every row is either counted or named in a MissingRow/InvalidCount finding; the counted rows'
  // enrolment adds up exactly; dropouts are never negative.
  @Test
  void everyRowIsCountedOrReportedAndNothingThrows() {
    qt().forAll(lists().of(reports()).ofSizeBetween(0, 30)).checkAssert(rows -> {
      FlowResidual result = FlowResidual.compute(rows, FlowResidualPolicy.TRADITIONAL, null);
      Set<Integer> rejected = new HashSet<>();
      result.findings().forEach(f -> {
        if (f instanceof FlowFinding.InvalidCount || f instanceof FlowFinding.MissingRow) {
          rejected.add(f.index());
        }
      });
      long enrolled = 0;
      for (int i = 0; i < rows.size(); i++) {
        FlowReport r = rows.get(i);
        boolean valid = List.of(
                r.enrolledAtStart(),
                r.suspensions(),
                r.withdrawals(),
                r.deaths(),
                r.transfersOut(),
                r.otherDecreases(),
                r.transfersIn(),
                r.otherIncreases())
            .stream()
            .allMatch(v -> v >= 0 && v <= FlowResidual.MAX_COUNT);
        assertThat(rejected.contains(i)).isEqualTo(!valid);
        enrolled += valid ? r.enrolledAtStart() : 0;
      }
      RateCounts total = result.counts().total().total();
      assertThat(total.get(Counter.ENROLLED)).isEqualTo(enrolled);
      assertThat(total.get(Counter.DROPPED_OUT)).isGreaterThanOrEqualTo(0);
    });
  }
}

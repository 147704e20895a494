package org.kbbx.benchmarks.peers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The alternation table reports per-round ratios and flags any round above DuckDB. */
class AlternationTest {

  @Test
  void ratiosArePerRoundAndTheWorstRoundDecides() {
    double[][] ms = {{10, 30, 20}, {20, 20, 40}, {5, 5, 5}};
    var result =
        new Alternation.Result(PeerCase.Workload.COUNTY_DAY, 1_000, new int[] {1, 2, 3}, ms);

    assertThat(result.ratio(PeerCase.Contender.DUCKDB)).containsExactly(0.5, 1.5, 0.5);
    String table = Alternation.table(List.of(result));
    assertThat(table)
        .contains("| COUNTY_DAY | 1,000 | 1 / 2 / 3 |")
        .contains("10.0 / 20.0 / 30.0")
        .contains("0.50× / 0.50× / 1.50×")
        .contains("2.00× / 4.00× / 6.00×")
        .contains("no (2 of 3)");
  }

  @Test
  void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertThat(Alternation.stats(new double[] {4, 1, 3, 2}, "%.1f")).isEqualTo("1.0 / 2.5 / 4.0");
  }
}

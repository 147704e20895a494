package org.kbbx.benchmarks.peers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The side-by-side comparison times each workload's runs in turn and reports ratios of medians. */
class SideBySideTest {

  private static final List<PeerCase.Workload> DAYS =
      List.of(PeerCase.Workload.ATTENDANCE_DAY, PeerCase.Workload.COUNTY_DAY);

  @Test
  void theTableGivesQuartilesAndTheRatioOfMedians() {
    double[][] ms = {{4, 1, 3, 2, 5}, {10, 6, 8, 7, 9}};
    String table = SideBySide.table(DAYS, 1_000, ms);
    assertThat(table)
        .contains("| ATTENDANCE_DAY | 1,000 | 5 | 1.0 / 2.0 / 3.0 | 1.00× |")
        .contains("| COUNTY_DAY | 1,000 | 5 | 6.0 / 7.0 / 8.0 | 2.67× |");
  }

  @Test
  void aSmallCountyIsCheckedThenTimedRunByRun() throws Exception {
    double[][] ms = SideBySide.measure(DAYS, 3_000, 4, 2, true);
    assertThat(ms).hasNumberOfRows(2);
    for (double[] runs : ms) {
      assertThat(runs).hasSize(4);
      assertThat(java.util.Arrays.stream(runs).min().getAsDouble()).isGreaterThanOrEqualTo(0);
    }
  }
}

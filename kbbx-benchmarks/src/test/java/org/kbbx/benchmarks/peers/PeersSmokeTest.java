package org.kbbx.benchmarks.peers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 8's smoke mode: every workload at a tiny size, each contender run once, DuckDB's and the
 * loop's answers checked equal to kbbx's (R-LED-2 classes, R-ABS-1..3 streaks and alerts,
 * R-RATE-2 counts, R-SM-6 statuses). Never checks timings.
 */
@Tag("R-LED-2")
@Tag("R-ABS-1")
@Tag("R-ABS-2")
@Tag("R-ABS-3")
@Tag("R-RATE-2")
class PeersSmokeTest {

  @ParameterizedTest
  @EnumSource(PeerCase.Workload.class)
  void everyContenderGivesKbbxsAnswers(PeerCase.Workload workload) throws Exception {
    try (PeerCase c = PeerCase.open(workload, 1_000)) {
      long[] answers = c.check();
      assertThat(answers).isNotEmpty();
      assertThat(java.util.Arrays.stream(answers).anyMatch(v -> v > 0)).isTrue();
    }
  }

  @Test
  @Tag("R-SM-6")
  void replayBatchGivesTheTimelinesAnswers() {
    ReplayWorkload.Kbbx kbbx = new ReplayWorkload.Kbbx(new ReplayData(2_000, 7));
    assertThat(kbbx.answers(kbbx.run())).isEqualTo(kbbx.answers(kbbx.runTimelines()));
  }

  @Test
  void driverSmokeModeRunsEachContenderOnceAndPrintsTheTable() throws Exception {
    // cpu-reps 0: one cold run per contender, as in --smoke
    List<PeersDriver.Row> rows = PeersDriver.probe(
        List.of(PeerCase.Workload.ATTENDANCE_DAY),
        new int[] {1_000},
        List.of(PeerCase.Contender.values()),
        0);
    assertThat(rows).hasSize(3);
    assertThat(PeersDriver.table(rows))
        .contains("| ATTENDANCE_DAY | 1,000 | DUCKDB |")
        .contains("×");
  }
}

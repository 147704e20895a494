package org.kbbx.benchmarks.peers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 8's smoke mode: every workload at a tiny size, each contender run once, DuckDB's and the
 * loop's answers checked equal to kbbx's (R-LED-2 classes, R-ABS-1..3 streaks and alerts,
 * R-RATE-2 counts, R-SM-6 statuses). Never checks timings.
 */
class PeersSmokeTest {

  @ParameterizedTest
  @EnumSource(PeerCase.Workload.class)
  void everyContenderGivesKbbxsAnswers(PeerCase.Workload workload) throws Exception {
    try (PeerCase c = PeerCase.open(workload, 3_000)) {
      long[] answers = c.check();
      assertThat(answers).isNotEmpty();
      assertThat(java.util.Arrays.stream(answers).anyMatch(v -> v > 0)).isTrue();
    }
  }
}

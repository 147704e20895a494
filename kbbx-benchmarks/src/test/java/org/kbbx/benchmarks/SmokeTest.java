package org.kbbx.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Runs the benchmark pipeline once with a tiny county; checks counts, never timings. */
class SmokeTest {

  @Test
  void tinyCountyPipelineCountsEveryStudent() {
    // R-RATE-2: the benchmark's county totals equal the synthetic county's own tallies.
    assertThat(Smoke.run(3_000)).contains("students=3000").contains("schools=6");
  }
}

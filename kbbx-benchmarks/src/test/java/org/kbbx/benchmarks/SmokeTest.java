package org.kbbx.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.benchmarks.peers.CountyInputs;

/** Runs the benchmark pipeline once with a tiny county; checks counts, never timings. */
class SmokeTest {

  @Test
  @Tag("R-RATE-2")
  void tinyCountyPipelineCountsEveryStudent() {
    // R-RATE-2: the benchmark's county totals equal the shared county rows' own tallies (Smoke.run
    // throws otherwise), and every school of the examples' layout is counted.
    int schools = CountyInputs.ofCounty(3_000, 7L).schools();
    assertThat(schools).isGreaterThan(1);
    assertThat(Smoke.run(3_000))
        .contains("students=3000")
        .contains("schools=" + schools + "/" + schools + " ");
  }
}

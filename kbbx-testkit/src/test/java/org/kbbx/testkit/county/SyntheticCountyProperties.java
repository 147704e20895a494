package org.kbbx.testkit.county;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SyntheticCountyProperties {

  /**
   * Any seed and size gives exactly that many students, and generating twice gives the same
   * students. Sizes stay small so 1000 examples run in seconds.
   */
  @Test
  void countIsExactAndGenerationIsDeterministic() {
    qt().forAll(longs().all(), integers().between(1, 400)).checkAssert((seed, n) -> {
      CountySpec spec = CountySpec.builder().seed(seed).students(n).build();
      List<SyntheticStudent> first =
          SyntheticCounty.generate(spec).students().collect(Collectors.toList());
      List<SyntheticStudent> second =
          SyntheticCounty.generate(spec).students().collect(Collectors.toList());
      assertThat(first).hasSize(n).isEqualTo(second);
    });
  }
}

package org.kbbx.core.responsibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class CoverageProperties {

  /** R-RC-5: the coverage findings are exactly the gaps punched into a complete random county. */
  @Test
  @Tag("R-RC-5")
  void findingsAreExactlyTheGaps() {
    qt().forAll(longs().all()).checkAssert(seed -> {
      RandomCounty county = new RandomCounty(seed, 0.3);
      assertThat(county.build().coverage(RandomCounty.YEAR))
          .containsExactlyInAnyOrderElementsOf(county.expected);
    });
  }

  /** R-RC-5: a complete random county has no finding at all. */
  @Test
  @Tag("R-RC-5")
  void completeCountyHasNoFinding() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> assertThat(new RandomCounty(seed, 0).build().coverage(RandomCounty.YEAR))
                .isEmpty());
  }

  /** R-RC-3: letters are per school year; for another year every required link lacks its letter. */
  @Test
  @Tag("R-RC-3")
  void lettersOfOneYearDoNotCoverTheNext() {
    qt().forAll(longs().all()).checkAssert(seed -> {
      Organisation org = new RandomCounty(seed, 0).build();
      assertThat(org.coverage(RandomCounty.YEAR.next()))
          .isNotEmpty()
          .allSatisfy(
              finding -> assertThat(finding).isInstanceOf(CoverageFinding.MissingLetter.class));
    });
  }
}

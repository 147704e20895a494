package org.kbbx.benchmarks.peers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Paired forks report each pair's ratio, its order, and the median of the ratios. */
class PairedForksTest {

  private static final String[] DAYS = {"ATTENDANCE_DAY", "COUNTY_DAY"};

  @Test
  void eachPairGivesItsOrderAndTheSecondOverTheFirst() {
    double[][] scores = {{10, 11}, {12, 12}, {10, 9}, {8, 10}};
    String table = PairedForks.table(DAYS, scores);
    assertThat(table)
        .contains("| 1 | ATTENDANCE_DAY | 10.000 | 11.000 | 1.100 |")
        .contains("| 2 | COUNTY_DAY | 12.000 | 12.000 | 1.000 |")
        .contains("| 3 | ATTENDANCE_DAY | 10.000 | 9.000 | 0.900 |")
        .contains("| 4 | COUNTY_DAY | 8.000 | 10.000 | 1.250 |")
        .contains("over 4 pairs: median 1.050, least 0.900, greatest 1.250; not slower in 2 of 4");
  }
}

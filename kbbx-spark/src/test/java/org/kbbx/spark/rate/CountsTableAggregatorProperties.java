package org.kbbx.spark.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.reporting.rate.CountsTable;
import org.kbbx.reporting.rate.UnitCounts;
import org.kbbx.spark.example.SyntheticNation;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import scala.Tuple2;

/**
 * R-RATE-2: however Spark splits the partial tables into buffers and in whatever order it merges
 * the buffers, the aggregator's result is the one-pass table.
 */
@Tag("R-RATE-2")
class CountsTableAggregatorProperties {

  private static final int CHUNKS = 100;
  private static final int CHUNK = 100;
  private static final SyntheticNation NATION = SyntheticNation.of(7, (long) CHUNKS * CHUNK, 2025);
  private static final RollupKey KEY = RollupKey.of(RollupLevel.NATION, RollupLevel.NATION_CODE);
  private static final List<CountsTable> PARTIALS = new ArrayList<>();
  private static final CountsTable ONE_PASS = tableOf(0, NATION.size());

  static {
    for (int c = 0; c < CHUNKS; c++) {
      PARTIALS.add(tableOf((long) c * CHUNK, (long) (c + 1) * CHUNK));
    }
  }

  private static CountsTable tableOf(long from, long to) {
    UnitCounts.Accumulator sum = UnitCounts.accumulator(GradeSystem.SIX_THREE);
    for (long i = from; i < to; i++) {
      StudentYearRows.toStudentYear(NATION.student(i)).forEach(sum::add);
    }
    return sum.toCounts().total();
  }

  @Test
  void anySplitAndMergeOrderGivesTheOnePassTable() {
    Gen<List<Integer>> cuts =
        SourceDSL.lists().of(SourceDSL.integers().between(1, CHUNKS - 1)).ofSizeBetween(0, 12);
    CountsTableAggregator aggregator = CountsTableAggregator.of(GradeSystem.SIX_THREE);
    qt().forAll(cuts, SourceDSL.longs().all()).checkAssert((points, mergeSeed) -> {
      List<Integer> bounds = new ArrayList<>();
      bounds.add(0);
      points.stream().sorted().distinct().forEach(bounds::add);
      bounds.add(CHUNKS);
      List<CountsTable.Accumulator> buffers = new ArrayList<>();
      for (int b = 0; b + 1 < bounds.size(); b++) {
        CountsTable.Accumulator buffer = aggregator.zero();
        for (int c = bounds.get(b); c < bounds.get(b + 1); c++) {
          buffer = aggregator.reduce(buffer, new Tuple2<>(KEY, PARTIALS.get(c)));
        }
        buffers.add(buffer);
      }
      Collections.shuffle(buffers, new Random(mergeSeed));
      CountsTable.Accumulator merged = aggregator.zero();
      for (CountsTable.Accumulator buffer : buffers) {
        merged = (mergeSeed & 1) == 0
            ? aggregator.merge(merged, buffer)
            : aggregator.merge(buffer, merged);
      }
      assertThat(aggregator.finish(merged)).isEqualTo(ONE_PASS);
    });
  }
}

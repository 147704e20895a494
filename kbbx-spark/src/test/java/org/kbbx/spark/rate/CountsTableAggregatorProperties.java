package org.kbbx.spark.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.reporting.rate.CountsTable;
import org.kbbx.reporting.rate.UnitCounts;
import org.kbbx.spark.example.SyntheticNation;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import scala.Tuple2;

/**
 * R-RATE-2: however Spark splits the partial tables into buffers and merges the buffers, the
 * aggregator's result is the one-pass table.
 */
class CountsTableAggregatorProperties {

  private static final SyntheticNation NATION = SyntheticNation.of(7, 10_000, 2025);
  private static final RollupKey KEY = RollupKey.of(RollupLevel.NATION, RollupLevel.NATION_CODE);

  private static CountsTable tableOf(long from, long to) {
    UnitCounts.Accumulator sum = UnitCounts.accumulator(GradeSystem.SIX_THREE);
    for (long i = from; i < to; i++) {
      StudentYearRows.toStudentYear(NATION.student(i)).forEach(sum::add);
    }
    return sum.toCounts().total();
  }

  @Test
  void anySplitAndMergeOrderGivesTheOnePassTable() {
    CountsTable onePass = tableOf(0, NATION.size());
    Gen<List<Integer>> cuts = SourceDSL.lists().of(SourceDSL.integers().between(1, 9_999)).ofSizeBetween(0, 6);
    CountsTableAggregator aggregator = CountsTableAggregator.of(GradeSystem.SIX_THREE);
    qt().withExamples(50) // each try counts 10,000 students; 50 tries cover splits into 1-7 parts
        .forAll(cuts, SourceDSL.booleans().all())
        .checkAssert((points, mergeLeftFirst) -> {
          List<Long> bounds = new ArrayList<>();
          bounds.add(0L);
          points.stream().sorted().distinct().forEach(p -> bounds.add((long) p));
          bounds.add(NATION.size());
          List<CountsTable.Accumulator> buffers = new ArrayList<>();
          for (int i = 0; i + 1 < bounds.size(); i++) {
            CountsTable.Accumulator buffer = aggregator.zero();
            buffers.add(aggregator.reduce(buffer, new Tuple2<>(KEY, tableOf(bounds.get(i), bounds.get(i + 1)))));
          }
          CountsTable.Accumulator merged = aggregator.zero();
          for (CountsTable.Accumulator buffer : buffers) {
            merged = mergeLeftFirst ? aggregator.merge(merged, buffer) : aggregator.merge(buffer, merged);
          }
          assertThat(aggregator.finish(merged)).isEqualTo(onePass);
        });
  }
}

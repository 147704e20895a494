package org.kbbx.spark.rate;

import java.util.Objects;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.expressions.Aggregator;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.reporting.rate.CountsTable;
import scala.Tuple2;

/**
 * A typed Spark {@link Aggregator} that adds kbbx {@link CountsTable}s, the commutative monoid of
 * counters behind every rate (R-RATE-2): partial tables merge on each executor and across the
 * cluster in any order, with the same result as one pass.
 *
 * <p>Use it after a {@code groupByKey} on a {@link RollupKey}: each input is a unit's partial table,
 * the output that unit's total. The buffer is kbbx's own {@link CountsTable.Accumulator}; both travel
 * as {@link KbbxEncoders#countsTable()} / {@link KbbxEncoders#countsAccumulator()}.
 *
 * <p>This class is immutable and thread-safe; Spark gives each task its own buffers.
 */
public final class CountsTableAggregator
    extends Aggregator<Tuple2<RollupKey, CountsTable>, CountsTable.Accumulator, CountsTable> {

  private static final long serialVersionUID = 1L;

  private final GradeSystem system;

  private CountsTableAggregator(GradeSystem system) {
    this.system = system;
  }

  /**
   * Returns an aggregator of tables of one grade system.
   *
   * @param system the grade system every table uses, not null
   * @return the aggregator
   */
  public static CountsTableAggregator of(GradeSystem system) {
    return new CountsTableAggregator(Objects.requireNonNull(system, "system"));
  }

  /** Returns an empty accumulator, the identity of the monoid. */
  @Override
  public CountsTable.Accumulator zero() {
    return CountsTable.accumulator(system);
  }

  /** Adds one partial table to the buffer. */
  @Override
  public CountsTable.Accumulator reduce(
      CountsTable.Accumulator buffer, Tuple2<RollupKey, CountsTable> partial) {
    return buffer.add(partial._2());
  }

  /** Adds two buffers. */
  @Override
  public CountsTable.Accumulator merge(
      CountsTable.Accumulator left, CountsTable.Accumulator right) {
    return left.add(right.toTable());
  }

  /** Returns the total table. */
  @Override
  public CountsTable finish(CountsTable.Accumulator buffer) {
    return buffer.toTable();
  }

  /** Returns the Kryo encoder of the buffer. */
  @Override
  public Encoder<CountsTable.Accumulator> bufferEncoder() {
    return KbbxEncoders.countsAccumulator();
  }

  /** Returns the Kryo encoder of the result. */
  @Override
  public Encoder<CountsTable> outputEncoder() {
    return KbbxEncoders.countsTable();
  }
}

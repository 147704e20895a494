package org.kbbx.spark.rate;

import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.kbbx.reporting.rate.CountsTable;
import scala.Tuple2;

/**
 * Spark encoders for the kbbx values a distributed job moves between executors.
 *
 * <p>{@link CountsTable} and its accumulator are opaque kbbx values (a few kilobytes of counters
 * each, never students), so they travel as Kryo-serialised binary columns. Keys are Java beans so
 * they stay readable columns. Kryo reads the private fields of the kbbx classes: driver and
 * executors must run the same kbbx-reporting version (ship one jar with the job).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class KbbxEncoders {

  private KbbxEncoders() {}

  /** Returns the Kryo encoder of a counts table. */
  public static Encoder<CountsTable> countsTable() {
    return Encoders.kryo(CountsTable.class);
  }

  /** Returns the Kryo encoder of a counts accumulator (an aggregation buffer). */
  public static Encoder<CountsTable.Accumulator> countsAccumulator() {
    return Encoders.kryo(CountsTable.Accumulator.class);
  }

  /** Returns the bean encoder of a roll-up key. */
  public static Encoder<RollupKey> rollupKey() {
    return Encoders.bean(RollupKey.class);
  }

  /** Returns the encoder of a unit's key with its table. */
  public static Encoder<Tuple2<RollupKey, CountsTable>> unitTable() {
    return Encoders.tuple(rollupKey(), countsTable());
  }

  /** Returns the bean encoder of a student row. */
  public static Encoder<StudentYearRow> studentYearRow() {
    return Encoders.bean(StudentYearRow.class);
  }

  /** Returns the bean encoder of a rates-table row. */
  public static Encoder<RateRow> rateRow() {
    return Encoders.bean(RateRow.class);
  }
}

package org.kbbx.reporting.rate;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The counters of one population slice: a commutative monoid under {@link #plus(RateCounts)} with
 * identity {@link #empty()} (R-RATE-2).
 *
 * <p>Counts of disjoint populations add, so per-school counts roll up to any division level, in
 * any order and grouping, with the same result as one pass. Counts never go below zero and never
 * wrap: {@link #plus(RateCounts)} uses {@link Math#addExact(long, long)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RateCounts {

  private static final RateCounts EMPTY = new RateCounts(new long[Counter.COUNT]);

  private final long[] values;

  private RateCounts(long[] values) {
    this.values = values;
  }

  /** Returns the counts of the empty population: every counter zero; the identity of {@link #plus}. */
  public static RateCounts empty() {
    return EMPTY;
  }

  /**
   * Returns counts with the given counters set and the rest zero.
   *
   * @param counts counter values, not null, each {@code >= 0}
   * @return the counts
   * @throws IllegalArgumentException naming the counter if a value is negative
   */
  public static RateCounts of(Map<Counter, Long> counts) {
    Objects.requireNonNull(counts, "counts");
    long[] values = new long[Counter.COUNT];
    counts.forEach((counter, value) -> {
      Objects.requireNonNull(counter, "counter");
      Objects.requireNonNull(value, "value of " + counter);
      if (value < 0) {
        throw new IllegalArgumentException("Invalid value for " + counter + " (valid values 0 - "
            + Long.MAX_VALUE + "): " + value);
      }
      values[counter.ordinal()] = value;
    });
    return new RateCounts(values);
  }

  static RateCounts wrap(long[] values) {
    return new RateCounts(values);
  }

  /**
   * Returns these counts with {@code counter} set to {@code value}.
   *
   * @param counter not null
   * @param value {@code >= 0}
   * @return the new counts
   */
  public RateCounts with(Counter counter, long value) {
    Objects.requireNonNull(counter, "counter");
    if (value < 0) {
      throw new IllegalArgumentException(
          "Invalid value for " + counter + " (valid values 0 - " + Long.MAX_VALUE + "): " + value);
    }
    long[] copy = values.clone();
    copy[counter.ordinal()] = value;
    return new RateCounts(copy);
  }

  /**
   * Returns the value of one counter.
   *
   * @param counter not null
   * @return the count, {@code >= 0}
   */
  public long get(Counter counter) {
    return values[counter.ordinal()];
  }

  /**
   * Returns the counts of the union of two disjoint populations: counter-wise sums.
   *
   * @param other not null
   * @return the sum
   * @throws ArithmeticException if a sum exceeds {@code Long.MAX_VALUE}
   */
  public RateCounts plus(RateCounts other) {
    Objects.requireNonNull(other, "other");
    long[] sum = new long[Counter.COUNT];
    for (int i = 0; i < sum.length; i++) {
      sum[i] = Math.addExact(values[i], other.values[i]);
    }
    return new RateCounts(sum);
  }

  /**
   * Returns the new entrants of the selected grades: {@code ENROLLED − REPEATERS}, floored at 0
   * (the intake of R-RATE-11 and the new entrants of R-RATE-13).
   *
   * @return the count of enrolled students who are not repeating
   */
  public long newEntrants() {
    return Math.max(0, get(Counter.ENROLLED) - get(Counter.REPEATERS));
  }

  /** Returns whether every counter is zero. */
  public boolean isEmpty() {
    return Arrays.equals(values, EMPTY.values);
  }

  /** Returns the counters as a map, in counter order, including zeros. */
  public Map<Counter, Long> asMap() {
    Map<Counter, Long> map = new EnumMap<>(Counter.class);
    for (Counter c : Counter.values()) {
      map.put(c, values[c.ordinal()]);
    }
    return map;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RateCounts that && Arrays.equals(that.values, values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  /** Returns the non-zero counters, for example {@code RateCounts{ENROLLED=500, DROPPED_OUT=3}}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("RateCounts{");
    String separator = "";
    for (Counter c : Counter.values()) {
      if (values[c.ordinal()] != 0) {
        text.append(separator).append(c).append('=').append(values[c.ordinal()]);
        separator = ", ";
      }
    }
    return text.append('}').toString();
  }
}

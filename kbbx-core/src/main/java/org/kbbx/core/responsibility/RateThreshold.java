package org.kbbx.core.responsibility;

import java.math.BigInteger;

/**
 * An exact rate threshold {@code numerator / denominator} that accountability rules compare an
 * annual dropout rate against (R-RC-9, R-RATE-1).
 *
 * <p>Kept as a pair of {@code long}s so that profile data needs no floating point: 0.6 % is
 * {@code RateThreshold.of(6, 1000)}. A rate <em>exceeds</em> the threshold when it is strictly
 * greater; the comparison is exact (cross-multiplied in {@link BigInteger}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param numerator the numerator, at least 0
 * @param denominator the denominator, at least 1
 */
public record RateThreshold(long numerator, long denominator) {

  /** Checks {@code numerator >= 0} and {@code denominator >= 1}. */
  public RateThreshold {
    if (numerator < 0) {
      throw new IllegalArgumentException(
          "Invalid value for RateThreshold numerator (valid values 0 - " + Long.MAX_VALUE + "): " + numerator);
    }
    if (denominator < 1) {
      throw new IllegalArgumentException(
          "Invalid value for RateThreshold denominator (valid values 1 - " + Long.MAX_VALUE + "): " + denominator);
    }
  }

  /**
   * Returns the threshold {@code numerator / denominator}.
   *
   * @param numerator at least 0
   * @param denominator at least 1
   * @return the threshold
   * @throws IllegalArgumentException if a part is out of range
   */
  public static RateThreshold of(long numerator, long denominator) {
    return new RateThreshold(numerator, denominator);
  }

  /**
   * Returns whether the rate {@code count / base} is strictly greater than this threshold. A zero
   * base is an undefined rate (R-RATE-1) and exceeds nothing.
   *
   * @param count the numerator of the rate, for example the dropouts, at least 0
   * @param base the denominator of the rate, for example the enrolment, at least 0
   * @return true if {@code count / base > numerator / denominator}
   * @throws IllegalArgumentException if a count is negative
   */
  public boolean isExceededBy(long count, long base) {
    if (count < 0 || base < 0) {
      throw new IllegalArgumentException(
          "Invalid rate " + count + "/" + base + ": counts must not be negative");
    }
    if (base == 0) {
      return false;
    }
    return BigInteger.valueOf(count)
            .multiply(BigInteger.valueOf(denominator))
            .compareTo(BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(base)))
        > 0;
  }

  /** Returns the {@code 6/1000} form. */
  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}

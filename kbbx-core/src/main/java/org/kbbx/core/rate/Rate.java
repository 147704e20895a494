package org.kbbx.core.rate;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A rate as the exact fraction of two counts, for example 3 dropouts of 500 enrolled (R-RATE-1).
 *
 * <p>Both counts are non-negative {@code long}s and are kept as given, not reduced: {@code 3/500}
 * and {@code 6/1000} have the same {@linkplain #isSameValueAs(Rate) value} but are different
 * rates, because a report shows the counts. The numerator may exceed the denominator (a gross
 * enrolment ratio or an unadjusted consolidation rate can pass 100 %).
 *
 * <p>A zero denominator makes the rate <em>undefined</em>: an explicit state ({@link
 * #isDefined()} is false), never NaN and never an exception. An undefined rate has no percentage
 * ({@link #percent(int, RoundingMode)} is empty), formats as {@value #UNDEFINED_TEXT} and meets no
 * target.
 *
 * <p>Rounding happens only when formatting, and the caller names the {@link RoundingMode}; the
 * default format is a percentage with 2 decimals, {@link RoundingMode#HALF_UP}: {@code 3/500} →
 * {@code "0.60%"}. Comparisons with other rates are exact (cross-multiplication in 128 bits, no
 * overflow for any pair of counts).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Rate {

  /** What {@link #format()} shows for an undefined rate. */
  public static final String UNDEFINED_TEXT = "undefined";

  /** The default number of decimals of {@link #format()}. */
  public static final int DEFAULT_SCALE = 2;

  /** The default rounding of {@link #format()}. */
  public static final RoundingMode DEFAULT_ROUNDING = RoundingMode.HALF_UP;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final long numerator;
  private final long denominator;

  private Rate(long numerator, long denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * Returns the rate {@code numerator / denominator}.
   *
   * @param numerator the count of the numerator population, {@code >= 0}
   * @param denominator the count of the denominator population, {@code >= 0}; zero makes the rate
   *     undefined
   * @return the rate
   * @throws IllegalArgumentException if either count is negative
   */
  public static Rate of(long numerator, long denominator) {
    if (numerator < 0) {
      throw new IllegalArgumentException("Invalid value for Rate numerator (valid values 0 - "
          + Long.MAX_VALUE + "): " + numerator);
    }
    if (denominator < 0) {
      throw new IllegalArgumentException("Invalid value for Rate denominator (valid values 0 - "
          + Long.MAX_VALUE + "): " + denominator);
    }
    return new Rate(numerator, denominator);
  }

  /** Returns the count above the fraction bar. */
  public long numerator() {
    return numerator;
  }

  /** Returns the count below the fraction bar; zero for an undefined rate. */
  public long denominator() {
    return denominator;
  }

  /** Returns whether the denominator is positive, so the rate has a value. */
  public boolean isDefined() {
    return denominator != 0;
  }

  /** Returns whether the denominator is zero (there is nobody to take a rate of). */
  public boolean isUndefined() {
    return denominator == 0;
  }

  /** Returns the exact value in lowest terms, or none when undefined. */
  public Option<Fraction> value() {
    return isDefined() ? Option.some(Fraction.of(numerator, denominator)) : Option.none();
  }

  /**
   * Returns the percentage rounded to {@code scale} decimals, or none when undefined.
   *
   * @param scale decimal places of the percentage, e.g. 2 for {@code 0.60}
   * @param rounding how to round, not null ({@link RoundingMode#UNNECESSARY} throws {@link
   *     ArithmeticException} when rounding is needed, as in {@link BigDecimal})
   * @return the percentage, {@code 100 × numerator / denominator}
   */
  public Option<BigDecimal> percent(int scale, RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    if (isUndefined()) {
      return Option.none();
    }
    return Option.some(BigDecimal.valueOf(numerator)
        .multiply(HUNDRED)
        .divide(BigDecimal.valueOf(denominator), scale, rounding));
  }

  /**
   * Formats as a percentage with {@value #DEFAULT_SCALE} decimals, half up: {@code "0.60%"}, or
   * {@value #UNDEFINED_TEXT}.
   *
   * @return the text
   */
  public String format() {
    return format(DEFAULT_SCALE, DEFAULT_ROUNDING);
  }

  /**
   * Formats as a percentage with {@code scale} decimals: {@code "0.60%"}, or {@value
   * #UNDEFINED_TEXT}.
   *
   * @param scale decimal places, {@code >= 0}
   * @param rounding how to round, not null
   * @return the text
   */
  public String format(int scale, RoundingMode rounding) {
    return percent(scale, rounding).map(p -> p.toPlainString() + "%").getOrElse(UNDEFINED_TEXT);
  }

  /**
   * Compares the values of two defined rates exactly.
   *
   * @param other a defined rate, not null
   * @return negative, zero or positive as this rate's value is below, equal to or above the other's
   * @throws IllegalStateException if either rate is undefined
   */
  public int compareValueTo(Rate other) {
    Objects.requireNonNull(other, "other");
    requireDefined(this, "this");
    requireDefined(other, "other");
    return compareProducts(numerator, other.denominator, other.numerator, denominator);
  }

  /**
   * Returns whether both rates are defined and have the same value ({@code 3/500} and {@code
   * 6/1000}), or both are undefined.
   *
   * @param other not null
   * @return whether the values agree
   */
  public boolean isSameValueAs(Rate other) {
    Objects.requireNonNull(other, "other");
    if (isUndefined() || other.isUndefined()) {
      return isUndefined() && other.isUndefined();
    }
    return compareValueTo(other) == 0;
  }

  /**
   * Compares this rate's value with an exact threshold, or none when this rate is undefined.
   *
   * @param threshold not null
   * @return negative, zero or positive as this rate is below, at or above the threshold
   */
  public Option<Integer> compareTo(Fraction threshold) {
    Objects.requireNonNull(threshold, "threshold");
    return value().map(v -> Integer.signum(v.compareTo(threshold)));
  }

  /**
   * Returns the rate capped at 100 %: the numerator lowered to the denominator if it was higher.
   * An undefined rate is returned unchanged. Used by the optional cap of consolidation rates
   * (R-RATE-11).
   *
   * @return this rate, or {@code denominator / denominator}
   */
  public Rate cappedAtHundredPercent() {
    return numerator > denominator && isDefined() ? new Rate(denominator, denominator) : this;
  }

  /**
   * Compares {@code a × b} with {@code c × d} for non-negative factors, exactly in 128 bits.
   *
   * @return negative, zero or positive
   */
  static int compareProducts(long a, long b, long c, long d) {
    long high1 = Math.multiplyHigh(a, b);
    long high2 = Math.multiplyHigh(c, d);
    if (high1 != high2) {
      return Long.compare(high1, high2);
    }
    return Long.compareUnsigned(a * b, c * d);
  }

  private static void requireDefined(Rate rate, String name) {
    if (rate.isUndefined()) {
      throw new IllegalStateException(
          "Rate " + name + " is undefined (" + rate.numerator + "/0): it has no value to compare");
    }
  }

  /** Returns whether the other object is a rate with the same numerator and the same denominator. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Rate that
        && that.numerator == numerator
        && that.denominator == denominator;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(numerator) * 31 + Long.hashCode(denominator);
  }

  /** Returns {@code "3/500 (0.60%)"} or {@code "0/0 (undefined)"}. */
  @Override
  public String toString() {
    return numerator + "/" + denominator + " (" + format() + ")";
  }
}

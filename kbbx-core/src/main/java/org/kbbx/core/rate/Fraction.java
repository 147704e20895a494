package org.kbbx.core.rate;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact signed rational number in lowest terms, backed by {@link BigInteger} (R-RATE-1).
 *
 * <p>Fractions carry thresholds ({@code 0.6 %} is {@code 3/500}), gaps between a rate and its
 * target, and derived indicators such as dropout by grade ({@code 1 − p − r}) and survival
 * (R-RATE-13), where intermediate values leave the range of {@code long}. The denominator is
 * always positive and shares no factor with the numerator, so two equal values are
 * {@link #equals(Object) equal}. There is no {@code double} anywhere: rounding happens only in
 * {@link #toBigDecimal(int, RoundingMode)} and {@link #toPercent(int, RoundingMode)}, where the
 * caller names the rounding mode.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Fraction implements Comparable<Fraction> {

  /** The fraction 0/1. */
  public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

  /** The fraction 1/1. */
  public static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

  private static final BigInteger HUNDRED = BigInteger.valueOf(100);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Fraction(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * Returns {@code numerator / denominator} in lowest terms.
   *
   * @param numerator any value
   * @param denominator non-zero; a negative denominator moves the sign to the numerator
   * @return the fraction
   * @throws ArithmeticException if the denominator is zero
   */
  public static Fraction of(long numerator, long denominator) {
    return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /**
   * Returns {@code numerator / denominator} in lowest terms.
   *
   * @param numerator not null
   * @param denominator not null, non-zero
   * @return the fraction
   * @throws ArithmeticException if the denominator is zero
   */
  public static Fraction of(BigInteger numerator, BigInteger denominator) {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    if (denominator.signum() == 0) {
      throw new ArithmeticException(
          "Invalid fraction " + numerator + "/0: the denominator must not be zero");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (!gcd.equals(BigInteger.ONE)) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
    return new Fraction(numerator, denominator);
  }

  /**
   * Returns the whole number {@code value}.
   *
   * @param value any value
   * @return {@code value/1}
   */
  public static Fraction ofWhole(long value) {
    return new Fraction(BigInteger.valueOf(value), BigInteger.ONE);
  }

  /**
   * Returns the exact value of a decimal, for example {@code 0.006} → {@code 3/500}.
   *
   * @param value not null
   * @return the fraction
   */
  public static Fraction of(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    if (value.scale() <= 0) {
      return of(value.toBigIntegerExact(), BigInteger.ONE);
    }
    return of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
  }

  /**
   * Returns the exact value of a percentage, for example {@code 0.6} → {@code 6/1000 = 3/500}.
   *
   * @param percent the percentage, not null
   * @return {@code percent / 100}
   */
  public static Fraction ofPercent(BigDecimal percent) {
    Objects.requireNonNull(percent, "percent");
    return of(percent).dividedByWhole(100);
  }

  /**
   * Returns the exact value of a percentage written as text, for example {@code "1.8"}.
   *
   * @param percent a decimal number such as {@code 0.6} or {@code 95}, not null
   * @return {@code percent / 100}
   * @throws NumberFormatException naming the text if it is not a decimal number
   */
  public static Fraction ofPercent(String percent) {
    Objects.requireNonNull(percent, "percent");
    try {
      return ofPercent(new BigDecimal(percent.trim()));
    } catch (NumberFormatException e) {
      throw new NumberFormatException(
          "Invalid percentage '" + percent + "': expected a decimal number such as 0.6");
    }
  }

  /** Returns the numerator; its sign is the sign of the fraction. */
  public BigInteger numerator() {
    return numerator;
  }

  /** Returns the denominator, always positive. */
  public BigInteger denominator() {
    return denominator;
  }

  /** Returns −1, 0 or 1 as this fraction is negative, zero or positive. */
  public int signum() {
    return numerator.signum();
  }

  /**
   * Returns {@code this + other}.
   *
   * @param other not null
   * @return the exact sum
   */
  public Fraction plus(Fraction other) {
    Objects.requireNonNull(other, "other");
    return of(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /**
   * Returns {@code this − other}.
   *
   * @param other not null
   * @return the exact difference
   */
  public Fraction minus(Fraction other) {
    Objects.requireNonNull(other, "other");
    return plus(other.negated());
  }

  /**
   * Returns {@code this × other}.
   *
   * @param other not null
   * @return the exact product
   */
  public Fraction times(Fraction other) {
    Objects.requireNonNull(other, "other");
    return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  /**
   * Returns {@code this × factor}.
   *
   * @param factor any whole number
   * @return the exact product
   */
  public Fraction timesWhole(long factor) {
    return of(numerator.multiply(BigInteger.valueOf(factor)), denominator);
  }

  /**
   * Returns {@code this ÷ divisor}.
   *
   * @param divisor not null, not zero
   * @return the exact quotient
   * @throws ArithmeticException if the divisor is zero
   */
  public Fraction dividedBy(Fraction divisor) {
    Objects.requireNonNull(divisor, "divisor");
    return of(numerator.multiply(divisor.denominator), denominator.multiply(divisor.numerator));
  }

  private Fraction dividedByWhole(long divisor) {
    return of(numerator, denominator.multiply(BigInteger.valueOf(divisor)));
  }

  /** Returns {@code −this}. */
  public Fraction negated() {
    return new Fraction(numerator.negate(), denominator);
  }

  /** Returns the absolute value. */
  public Fraction abs() {
    return signum() < 0 ? negated() : this;
  }

  /**
   * Returns the larger of this and {@code other}.
   *
   * @param other not null
   * @return the maximum
   */
  public Fraction max(Fraction other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /**
   * Returns the smaller of this and {@code other}.
   *
   * @param other not null
   * @return the minimum
   */
  public Fraction min(Fraction other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /**
   * Returns the value rounded to {@code scale} decimal places with {@code rounding}.
   *
   * @param scale decimal places, may be negative as in {@link BigDecimal#setScale(int)}
   * @param rounding how to round, not null ({@link RoundingMode#UNNECESSARY} throws if inexact)
   * @return the rounded value
   */
  public BigDecimal toBigDecimal(int scale, RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, rounding);
  }

  /**
   * Returns the value as a percentage rounded to {@code scale} decimal places: {@code 3/500} →
   * {@code 0.60} at scale 2.
   *
   * @param scale decimal places of the percentage
   * @param rounding how to round, not null
   * @return the rounded percentage
   */
  public BigDecimal toPercent(int scale, RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    return new BigDecimal(numerator.multiply(HUNDRED))
        .divide(new BigDecimal(denominator), scale, rounding);
  }

  @Override
  public int compareTo(Fraction other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Fraction that
        && that.numerator.equals(numerator)
        && that.denominator.equals(denominator);
  }

  @Override
  public int hashCode() {
    return numerator.hashCode() * 31 + denominator.hashCode();
  }

  /** Returns {@code n/d}, or {@code n} for a whole number. */
  @Override
  public String toString() {
    return denominator.equals(BigInteger.ONE)
        ? numerator.toString()
        : numerator + "/" + denominator;
  }
}

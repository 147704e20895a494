package org.kbbx.core.rate;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kbbx.core.validation.Violation;

/**
 * A target a rate is judged by: a comparison and an exact threshold (R-RATE-3).
 *
 * <p>Hezhang's "primary dropout rate within 0.6 %" is {@code Target.parse("<= 0.6%")}, that is
 * {@link Comparison#AT_MOST} {@code 3/500}; its nine-year consolidation target is {@code >= 95%}.
 * The threshold is an exact {@link Fraction}, so {@code 3/500} dropouts exactly meet {@code <=
 * 0.6%} and {@code 4/500} miss it; no floating point is involved. Target values are jurisdiction
 * profile data; this type only holds and applies them.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param comparison how the rate is compared, not null
 * @param threshold the exact threshold as a fraction (not a percentage), {@code >= 0}
 */
public record Target(Comparison comparison, Fraction threshold) {

  private static final Pattern FORM =
      Pattern.compile("\\s*(<=|≤|>=|≥|==|=)\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(%?)\\s*");

  /**
   * Creates a target.
   *
   * @throws IllegalArgumentException if the threshold is negative (no rate can be negative)
   */
  public Target {
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(threshold, "threshold");
    if (threshold.signum() < 0) {
      throw new IllegalArgumentException(
          "Invalid target threshold " + threshold + ": expected a value >= 0");
    }
  }

  /**
   * Returns the target "rate ≤ {@code percent} %".
   *
   * @param percent the percentage, for example {@code "0.6"}, not null
   * @return the target
   */
  public static Target atMostPercent(String percent) {
    return new Target(Comparison.AT_MOST, Fraction.ofPercent(percent));
  }

  /**
   * Returns the target "rate ≥ {@code percent} %".
   *
   * @param percent the percentage, for example {@code "95"}, not null
   * @return the target
   */
  public static Target atLeastPercent(String percent) {
    return new Target(Comparison.AT_LEAST, Fraction.ofPercent(percent));
  }

  /**
   * Returns the target "rate = {@code percent} %", for example zero dropouts.
   *
   * @param percent the percentage, for example {@code "0"}, not null
   * @return the target
   */
  public static Target equalsPercent(String percent) {
    return new Target(Comparison.EQUALS, Fraction.ofPercent(percent));
  }

  /**
   * Parses {@code "<= 0.6%"}, {@code "≥ 95 %"}, {@code "= 0%"} or, without a percent sign, a plain
   * fraction such as {@code "<= 0.006"}. Operators: {@code <=}, {@code ≤}, {@code >=}, {@code ≥},
   * {@code =}, {@code ==}.
   *
   * @param text the text, not null
   * @return the target
   * @throws IllegalArgumentException naming the text and the expected form if it does not parse
   */
  public static Target parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Validation<Seq<Violation>, Target> result = validate(text.toString());
    if (result.isInvalid()) {
      throw new IllegalArgumentException(result.getError().head().message());
    }
    return result.get();
  }

  /**
   * Validates untrusted text in the form of {@link #parse(CharSequence)}.
   *
   * @param text the text; null gives a violation
   * @return the target or the problem found
   */
  public static Validation<Seq<Violation>, Target> validate(String text) {
    if (text == null) {
      return Validation.invalid(List.of(Violation.at("target", "missing target")));
    }
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      return Validation.invalid(List.of(Violation.at(
          "target",
          "Invalid target '"
              + text
              + "': expected an operator (<=, >=, =) and a non-negative number,"
              + " optionally followed by %, such as '<= 0.6%'")));
    }
    Comparison comparison = switch (m.group(1)) {
      case "<=", "≤" -> Comparison.AT_MOST;
      case ">=", "≥" -> Comparison.AT_LEAST;
      default -> Comparison.EQUALS;
    };
    BigDecimal number = new BigDecimal(m.group(2));
    Fraction threshold = m.group(3).isEmpty() ? Fraction.of(number) : Fraction.ofPercent(number);
    return Validation.valid(new Target(comparison, threshold));
  }

  /**
   * Judges {@code rate} against this target.
   *
   * @param rate the rate, not null; an undefined rate gives {@link TargetOutcome#UNDEFINED}
   * @return the check with its outcome and exact gap
   */
  public TargetCheck check(Rate rate) {
    return new TargetCheck(this, rate);
  }

  /**
   * Returns the threshold as an exact percentage such as {@code 0.6}, or none when it has no finite
   * decimal form (for example 1/3).
   *
   * @return the threshold × 100, exactly
   */
  public Option<BigDecimal> thresholdPercent() {
    BigInteger d = threshold.denominator();
    while (d.mod(BigInteger.TWO).signum() == 0) {
      d = d.shiftRight(1);
    }
    BigInteger five = BigInteger.valueOf(5);
    while (d.mod(five).signum() == 0) {
      d = d.divide(five);
    }
    if (!d.equals(BigInteger.ONE)) {
      return Option.none();
    }
    BigDecimal exact = new BigDecimal(threshold.numerator())
        .multiply(BigDecimal.valueOf(100))
        .divide(new BigDecimal(threshold.denominator()));
    return Option.some(exact.signum() == 0 ? BigDecimal.ZERO : exact.stripTrailingZeros());
  }

  /** Returns {@code "<= 0.6%"}, or {@code "<= 1/3"} when the threshold has no finite decimal. */
  @Override
  public String toString() {
    return comparison.symbol()
        + " "
        + thresholdPercent().map(p -> p.toPlainString() + "%").getOrElse(threshold::toString);
  }
}

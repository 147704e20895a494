package org.kbbx.core.rate;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * One rate judged against one target, with the exact gap between them (R-RATE-3).
 *
 * <p>{@link #difference()} is the signed distance {@code rate − threshold}; {@link #shortfall()}
 * is how far the rate is from meeting the target (zero when met): for {@link Comparison#AT_MOST}
 * {@code max(0, rate − threshold)}, for {@link Comparison#AT_LEAST} {@code max(0, threshold −
 * rate)}, for {@link Comparison#EQUALS} {@code |rate − threshold|}. Both are exact fractions (not
 * percentages) and absent when the rate is undefined. Example: 4 primary dropouts of 500 against
 * Hezhang's {@code <= 0.6%} miss by {@code 1/500} = 0.2 percentage points.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param target the target, not null
 * @param rate the rate judged, not null
 */
public record TargetCheck(Target target, Rate rate) {

  /** Creates a check; both parts are required. */
  public TargetCheck {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(rate, "rate");
  }

  /** Returns met, missed, or undefined when the rate has a zero denominator. */
  public TargetOutcome outcome() {
    return rate.compareTo(target.threshold())
        .map(s -> target.comparison().isSatisfiedBy(s) ? TargetOutcome.MET : TargetOutcome.MISSED)
        .getOrElse(TargetOutcome.UNDEFINED);
  }

  /** Returns whether the target is met; false for an undefined rate. */
  public boolean isMet() {
    return outcome() == TargetOutcome.MET;
  }

  /** Returns {@code rate − threshold} exactly, or none when the rate is undefined. */
  public Option<Fraction> difference() {
    return rate.value().map(v -> v.minus(target.threshold()));
  }

  /** Returns how far the rate is from meeting the target, zero when met, none when undefined. */
  public Option<Fraction> shortfall() {
    return difference().map(d -> switch (target.comparison()) {
      case AT_MOST -> d.max(Fraction.ZERO);
      case AT_LEAST -> d.negated().max(Fraction.ZERO);
      case EQUALS -> d.abs();
    });
  }
}

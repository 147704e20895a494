package org.kbbx.reporting.rate;

import io.vavr.control.Either;
import java.util.Objects;
import org.kbbx.core.rate.Target;
import org.kbbx.core.rate.TargetCheck;
import org.kbbx.core.rate.TargetOutcome;

/**
 * One unit's rate judged against its target (R-RATE-3): the check with its exact gap, or why the
 * rate is missing.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <U> the unit type, for example {@code DivisionCode} or {@link SchoolRef}
 * @param unit the unit, not null
 * @param kind the rate, not null
 * @param target the target, not null
 * @param result the check, or why the rate could not be computed, not null
 */
public record ComplianceRow<U>(
    U unit, RateKind kind, Target target, Either<RateRejection, TargetCheck> result) {

  /** Creates a row. */
  public ComplianceRow {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(result, "result");
  }

  /** Returns the outcome; a missing rate is {@link TargetOutcome#UNDEFINED}. */
  public TargetOutcome outcome() {
    return result.fold(missing -> TargetOutcome.UNDEFINED, TargetCheck::outcome);
  }
}

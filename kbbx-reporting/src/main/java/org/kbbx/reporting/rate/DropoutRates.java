package org.kbbx.reporting.rate;

import java.util.Objects;
import org.kbbx.core.rate.Rate;

/**
 * The annual dropout rate (年辍学率, R-RATE-10): dropouts during the year ÷ enrolment at the start
 * of the year, for any {@link Slice} (level, grade, sex, priority group) of any unit. The counts
 * come from either mode: {@code REGISTRY} (individual timelines through {@link StudentYear}) or
 * {@code FLOW_RESIDUAL} (reported flow counts through {@link FlowResidual}); the formula is the
 * same.
 *
 * <p>Formula: {@code DROPPED_OUT / ENROLLED}. {@code REGISTRY} membership (which record and schooling states count
 * where) is the table of {@link StatusMembership}: the numerator holds students whose {@code
 * DROPPED_OUT} began in the year and still holds on the count date (counted in the year it began,
 * never again); the denominator students with an active record attending on the census date
 * (attending, borrowed, special school, on leave, suspected dropout, home education).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DropoutRates {

  private DropoutRates() {}

  /**
   * Returns the annual dropout rate of a slice of a unit's counts.
   *
   * @param counts the unit's counts for the school year, not null
   * @param slice which students, for example {@code Slice.of(SchoolLevel.PRIMARY)}, not null
   * @return {@code DROPPED_OUT / ENROLLED}, undefined when nobody was enrolled
   */
  public static Rate annual(CountsTable counts, Slice slice) {
    Objects.requireNonNull(counts, "counts");
    return of(counts.select(slice));
  }

  /**
   * Returns the annual dropout rate of already selected counts.
   *
   * @param counts not null
   * @return {@code DROPPED_OUT / ENROLLED}
   */
  public static Rate of(RateCounts counts) {
    Objects.requireNonNull(counts, "counts");
    return Rate.of(counts.get(Counter.DROPPED_OUT), counts.get(Counter.ENROLLED));
  }
}

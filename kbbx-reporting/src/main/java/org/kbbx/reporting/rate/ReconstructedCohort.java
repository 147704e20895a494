package org.kbbx.reporting.rate;

import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.kbbx.core.rate.Fraction;
import org.kbbx.core.school.Grade;

/**
 * Survival to grade k by the UIS reconstructed-cohort method (R-RATE-13), exactly.
 *
 * <p>A notional cohort of {@value #COHORT} pupils enters grade 1 and is pushed through the
 * promotion, repetition and dropout rates of one pair of years: each year in grade g, a share
 * p<sub>g</sub> is promoted, r<sub>g</sub> repeats and d<sub>g</sub> drops out for good (dropouts
 * never return); repeaters meet the same rates again. Summing the repeaters' passes (a geometric
 * series) the share of grade-g pupils ever promoted is {@code p_g / (1 − r_g)}, so
 *
 * <pre>
 *   survival(1) = 1,   survival(k) = Π_{g=1}^{k−1} p_g / (1 − r_g)
 *   pupils reaching grade k = 1000 × survival(k)
 * </pre>
 *
 * <p>All values are exact {@link Fraction}s, never doubles. If every pupil of a grade repeats
 * ({@code r_g = 1}) nobody leaves it and survival beyond it is 0. Survival is undefined (none) when
 * a grade on the way had no enrolment.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReconstructedCohort {

  /** The size of the notional cohort. */
  public static final int COHORT = 1000;

  private final List<Option<Fraction>> survival;

  private ReconstructedCohort(List<Option<Fraction>> survival) {
    this.survival = survival;
  }

  /**
   * Reconstructs the cohort from exact promotion and repetition rates of grades 1 to 8.
   *
   * @param promotion p<sub>g</sub> for g = 1 … 8 (index g − 1); none when undefined; not null
   * @param repetition r<sub>g</sub> for g = 1 … 8 (index g − 1); none when undefined; not null
   * @return the cohort
   * @throws IllegalArgumentException if a list does not have 8 entries
   */
  public static ReconstructedCohort of(
      List<Option<Fraction>> promotion, List<Option<Fraction>> repetition) {
    Objects.requireNonNull(promotion, "promotion");
    Objects.requireNonNull(repetition, "repetition");
    if (promotion.size() != Grade.LAST - 1 || repetition.size() != Grade.LAST - 1) {
      throw new IllegalArgumentException(
          "Invalid flow rates: expected 8 promotion and 8 repetition rates (grades 1 - 8), found "
              + promotion.size() + " and " + repetition.size());
    }
    List<Option<Fraction>> survival = new ArrayList<>();
    Option<Fraction> current = Option.some(Fraction.ONE);
    survival.add(current);
    for (int g = 0; g < Grade.LAST - 1; g++) {
      Option<Fraction> p = promotion.get(g);
      Option<Fraction> r = repetition.get(g);
      Option<Fraction> before = current;
      current = before.flatMap(s -> p.flatMap(pv -> r.map(rv -> s.times(everPromoted(pv, rv)))));
      survival.add(current);
    }
    return new ReconstructedCohort(Collections.unmodifiableList(survival));
  }

  /**
   * Reconstructs the cohort from two consecutive years of a unit's counts.
   *
   * @param year counts of year t, not null
   * @param next counts of year t+1, not null
   * @param slice sex, group or all (no level or grade), not null
   * @return the cohort
   */
  public static ReconstructedCohort of(CountsTable year, CountsTable next, Slice slice) {
    List<Option<Fraction>> p = new ArrayList<>();
    List<Option<Fraction>> r = new ArrayList<>();
    for (int g = Grade.FIRST; g < Grade.LAST; g++) {
      p.add(UisIndicators.promotion(year, next, Grade.of(g), slice).value());
      r.add(UisIndicators.repetition(year, next, Grade.of(g), slice).value());
    }
    return of(p, r);
  }

  private static Fraction everPromoted(Fraction p, Fraction r) {
    Fraction leaving = Fraction.ONE.minus(r);
    if (leaving.signum() <= 0) {
      return Fraction.ZERO;
    }
    return p.dividedBy(leaving);
  }

  /**
   * Returns the share of the cohort that reaches grade {@code k}.
   *
   * @param grade k, not null
   * @return the exact share, or none when a grade before k had no enrolment
   */
  public Option<Fraction> survivalTo(Grade grade) {
    Objects.requireNonNull(grade, "grade");
    return survival.get(grade.number() - 1);
  }

  /**
   * Returns how many of the {@value #COHORT} pupils reach grade {@code k}, exactly.
   *
   * @param grade k, not null
   * @return {@code 1000 × survival(k)}, or none
   */
  public Option<Fraction> pupilsReaching(Grade grade) {
    return survivalTo(grade).map(s -> s.timesWhole(COHORT));
  }

  @Override
  public String toString() {
    return "ReconstructedCohort" + survival;
  }
}

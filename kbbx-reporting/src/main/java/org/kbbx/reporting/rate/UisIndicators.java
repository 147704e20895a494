package org.kbbx.reporting.rate;

import io.vavr.control.Option;
import java.util.Objects;
import org.kbbx.core.rate.Fraction;
import org.kbbx.core.rate.Rate;
import org.kbbx.core.school.Grade;
import org.kbbx.core.school.SchoolLevel;

/**
 * The UNESCO UIS indicators of R-RATE-13, for users who report to both systems.
 *
 * <table>
 * <caption>Formulas (counters of {@link Counter}; L a level, g a grade, t a school year)</caption>
 * <tr><th>indicator</th><th>formula</th></tr>
 * <tr><td>GER</td><td>{@code ENROLLED(L) / POPULATION(official age of L)}</td></tr>
 * <tr><td>NER</td><td>{@code POPULATION_IN_OFFICIAL_LEVEL(L) / POPULATION(L)}</td></tr>
 * <tr><td>adjusted NER</td><td>{@code POPULATION_AT_OR_ABOVE_LEVEL(L) / POPULATION(L)}</td></tr>
 * <tr><td>out-of-school rate</td><td>{@code (POPULATION − POPULATION_ENROLLED −
 *     POPULATION_COMPLETED) / POPULATION}</td></tr>
 * <tr><td>promotion p<sub>g</sub></td><td>{@code (E(g+1, t+1) − R(g+1, t+1)) / E(g, t)}</td></tr>
 * <tr><td>repetition r<sub>g</sub></td><td>{@code R(g, t+1) / E(g, t)}</td></tr>
 * <tr><td>dropout d<sub>g</sub></td><td>{@code 1 − p_g − r_g} (an exact fraction; negative when
 *     in-migration outweighs leaving)</td></tr>
 * <tr><td>gross intake ratio</td><td>{@code (ENROLLED − REPEATERS)(grade 1) / POPULATION(expected
 *     grade 1, i.e. entry age)}</td></tr>
 * </table>
 *
 * <p>NER and out-of-school are read on the population side (resident children by their expected
 * grade), so numerator and denominator cover the same children. Flow rates read two consecutive
 * years of the same unit; take them at county level or above, where a pupil's next grade is in the
 * same unit. Survival is {@link ReconstructedCohort}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UisIndicators {

  private UisIndicators() {}

  /**
   * Returns the gross enrolment ratio of a level.
   *
   * @param counts not null
   * @param level not null
   * @param slice sex, group or all, not null
   * @return the ratio, which can exceed 100 %
   */
  public static Rate grossEnrolment(CountsTable counts, SchoolLevel level, Slice slice) {
    RateCounts c = counts.select(slice.withLevel(level));
    return Rate.of(c.get(Counter.ENROLLED), c.get(Counter.POPULATION));
  }

  /**
   * Returns the net enrolment rate of a level: official-age children enrolled in that level.
   *
   * @param counts not null
   * @param level not null
   * @param slice sex, group or all, not null
   * @return the rate
   */
  public static Rate netEnrolment(CountsTable counts, SchoolLevel level, Slice slice) {
    RateCounts c = counts.select(slice.withLevel(level));
    return Rate.of(c.get(Counter.POPULATION_IN_OFFICIAL_LEVEL), c.get(Counter.POPULATION));
  }

  /**
   * Returns the adjusted net enrolment rate: official-age children in that level or higher.
   *
   * @param counts not null
   * @param level not null
   * @param slice sex, group or all, not null
   * @return the rate
   */
  public static Rate adjustedNetEnrolment(CountsTable counts, SchoolLevel level, Slice slice) {
    RateCounts c = counts.select(slice.withLevel(level));
    return Rate.of(c.get(Counter.POPULATION_AT_OR_ABOVE_LEVEL), c.get(Counter.POPULATION));
  }

  /**
   * Returns the out-of-school rate of the children in a slice (a level's official age, or all).
   *
   * @param counts not null
   * @param slice not null
   * @return the rate
   */
  public static Rate outOfSchool(CountsTable counts, Slice slice) {
    RateCounts c = counts.select(slice);
    long population = c.get(Counter.POPULATION);
    long inSchool = c.get(Counter.POPULATION_ENROLLED) + c.get(Counter.POPULATION_COMPLETED);
    return Rate.of(Math.max(0, population - inSchool), population);
  }

  /**
   * Returns the gross intake ratio: grade-1 new entrants of any age ÷ population of entry age.
   *
   * @param counts not null
   * @param slice sex, group or all (no level or grade), not null
   * @return the ratio, which can exceed 100 %
   */
  public static Rate grossIntake(CountsTable counts, Slice slice) {
    RateCounts c = counts.select(slice.withGrade(Grade.of(Grade.FIRST)));
    return Rate.of(c.newEntrants(), c.get(Counter.POPULATION));
  }

  /**
   * Returns the promotion rate of grade {@code g} from year t to t+1.
   *
   * @param year the counts of year t, not null
   * @param next the counts of year t+1 of the same unit, not null
   * @param grade g, 1 to 8, not null
   * @param slice sex, group or all (no level or grade), not null
   * @return {@code (E(g+1, t+1) − R(g+1, t+1)) / E(g, t)}
   * @throws IllegalArgumentException for grade 9, which has no next grade
   */
  public static Rate promotion(CountsTable year, CountsTable next, Grade grade, Slice slice) {
    requireNotLast(grade);
    RateCounts nextRow = next.select(slice.withGrade(grade.plus(1)));
    return Rate.of(
        nextRow.newEntrants(), year.select(slice.withGrade(grade)).get(Counter.ENROLLED));
  }

  /**
   * Returns the repetition rate of grade {@code g} from year t to t+1.
   *
   * @param year counts of year t, not null
   * @param next counts of year t+1, not null
   * @param grade g, not null
   * @param slice sex, group or all (no level or grade), not null
   * @return {@code R(g, t+1) / E(g, t)}
   */
  public static Rate repetition(CountsTable year, CountsTable next, Grade grade, Slice slice) {
    Objects.requireNonNull(grade, "grade");
    return Rate.of(
        next.select(slice.withGrade(grade)).get(Counter.REPEATERS),
        year.select(slice.withGrade(grade)).get(Counter.ENROLLED));
  }

  /**
   * Returns the dropout rate of grade {@code g}: {@code 1 − p_g − r_g}, exactly.
   *
   * @param year counts of year t, not null
   * @param next counts of year t+1, not null
   * @param grade g, 1 to 8, not null
   * @param slice sex, group or all (no level or grade), not null
   * @return the fraction, or none when nobody was enrolled in g in year t
   */
  public static Option<Fraction> dropout(
      CountsTable year, CountsTable next, Grade grade, Slice slice) {
    Option<Fraction> p = promotion(year, next, grade, slice).value();
    Option<Fraction> r = repetition(year, next, grade, slice).value();
    return p.flatMap(pv -> r.map(rv -> Fraction.ONE.minus(pv).minus(rv)));
  }

  private static void requireNotLast(Grade grade) {
    Objects.requireNonNull(grade, "grade");
    if (grade.isLast()) {
      throw new IllegalArgumentException(
          "Invalid grade for a promotion rate: " + grade + " is the last grade (expected 1 - 8)");
    }
  }
}

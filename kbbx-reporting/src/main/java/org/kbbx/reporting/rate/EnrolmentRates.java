package org.kbbx.reporting.rate;

import java.util.Objects;
import org.kbbx.core.rate.Rate;
import org.kbbx.core.school.SchoolLevel;

/**
 * The Chinese enrolment rates of R-RATE-12, over the resident children of a unit.
 *
 * <table>
 * <caption>Formulas (counters of {@link Counter})</caption>
 * <tr><th>rate</th><th>numerator</th><th>denominator</th></tr>
 * <tr><td>compulsory-age enrolment 适龄人口入学率</td>
 *     <td>{@code POPULATION_ENROLLED + POPULATION_COMPLETED}, all ages 6–15</td>
 *     <td>{@code POPULATION} (− {@code POPULATION_DEFERRED} when deferrals leave it)</td></tr>
 * <tr><td>primary net enrolment 学龄儿童净入学率</td>
 *     <td>{@code POPULATION_AT_OR_ABOVE_LEVEL} of primary official age</td>
 *     <td>{@code POPULATION} of primary official age</td></tr>
 * <tr><td>junior gross enrolment 初中阶段毛入学率</td>
 *     <td>{@code ENROLLED} in junior grades, any age</td>
 *     <td>{@code POPULATION} of junior official age (12–14 under 6-3)</td></tr>
 * </table>
 *
 * <p>Membership by state is {@link StatusMembership}'s table: home education counts as enrolled;
 * approved suspension does not count until resumed; approved deferral is in the denominator unless
 * the profile flag removes it (seed 003 "除身体原因外").
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EnrolmentRates {

  private EnrolmentRates() {}

  /**
   * Returns the compulsory-age enrolment rate.
   *
   * @param counts the unit's counts, not null
   * @param slice sex or priority group, or all; a level or grade restricts the ages, not null
   * @param deferralsLeaveDenominator whether approved deferrals are removed from the population
   * @return the rate
   */
  public static Rate compulsoryAge(
      CountsTable counts, Slice slice, boolean deferralsLeaveDenominator) {
    Objects.requireNonNull(counts, "counts");
    RateCounts c = counts.select(slice);
    long population = c.get(Counter.POPULATION);
    if (deferralsLeaveDenominator) {
      population -= c.get(Counter.POPULATION_DEFERRED);
    }
    return Rate.of(
        Math.addExact(c.get(Counter.POPULATION_ENROLLED), c.get(Counter.POPULATION_COMPLETED)),
        population);
  }

  /**
   * Returns the primary net enrolment rate: official primary-age children in primary or higher ÷
   * primary-age population.
   *
   * @param counts the unit's counts, not null
   * @param slice sex or priority group, or all (its level must be empty or primary), not null
   * @return the rate
   */
  public static Rate primaryNet(CountsTable counts, Slice slice) {
    RateCounts c = counts.select(slice.withLevel(SchoolLevel.PRIMARY));
    return Rate.of(c.get(Counter.POPULATION_AT_OR_ABOVE_LEVEL), c.get(Counter.POPULATION));
  }

  /**
   * Returns the junior gross enrolment rate: junior enrolment of any age ÷ junior official-age
   * population.
   *
   * @param counts the unit's counts, not null
   * @param slice sex or priority group, or all, not null
   * @return the rate, which can exceed 100 %
   */
  public static Rate juniorGross(CountsTable counts, Slice slice) {
    RateCounts c = counts.select(slice.withLevel(SchoolLevel.JUNIOR_SECONDARY));
    return Rate.of(c.get(Counter.ENROLLED), c.get(Counter.POPULATION));
  }
}

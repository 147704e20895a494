package org.kbbx.examples.demo;

import java.util.List;
import java.util.Objects;

/**
 * The rates section of the demo report: the county and each township, each rate a bureau reports
 * with the selected profile's due targets checked (outcome and gap), pending and missing rates
 * named as such. Built from the library's {@link org.kbbx.reporting.rate.RateTable}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param profile the profile whose targets judge the rates
 * @param schoolYear the school year of the rates, e.g. {@code 2024-2025}
 * @param firstYear the first school year of the county's records, e.g. {@code 2015-2016}
 * @param units the county first, then each township in code order
 */
public record RatesSection(String profile, String schoolYear, String firstYear, List<Unit> units) {

  /** Checks and copies the components. */
  public RatesSection {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(schoolYear, "schoolYear");
    Objects.requireNonNull(firstYear, "firstYear");
    units = List.copyOf(units);
  }

  /**
   * One unit's rates.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param code the 12-digit division code
   * @param name the unit's name, e.g. {@code 示范县} or {@code 青山镇}
   * @param level {@code COUNTY} or {@code TOWNSHIP}
   * @param lines the rates in the library's order ({@link org.kbbx.reporting.rate.RateKind})
   */
  public record Unit(String code, String name, String level, List<Line> lines) {
    /** Checks and copies the components. */
    public Unit {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(level, "level");
      lines = List.copyOf(lines);
    }
  }

  /**
   * One rate of one unit.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param kind the rate's id ({@link org.kbbx.reporting.rate.RateKind} name), e.g. {@code
   *     NINE_YEAR_CONSOLIDATION}
   * @param label the Chinese and English labels, e.g. {@code 九年义务教育巩固率 nine-year
   *     consolidation rate}
   * @param numerator the exact numerator (0 unless {@code state} is {@code COMPUTED} or {@code
   *     UNDEFINED}); for the registered-poor dropout rate, the dropout count
   * @param denominator the exact denominator (0 likewise)
   * @param percent the percent with two decimals (HALF_UP), {@code undefined}, or {@code pending}
   *     / {@code missing} / {@code not computable}
   * @param state {@code COMPUTED}, {@code UNDEFINED} (zero denominator), {@code PENDING} (not yet
   *     knowable, R-RATE-17), {@code MISSING} (the history does not reach back) or {@code
   *     NOT_COMPUTABLE}
   * @param note why a rate is not computed, with the date it becomes knowable; empty otherwise
   * @param targets the profile's targets due this year for this rate, checked; often empty
   */
  public record Line(
      String kind,
      String label,
      long numerator,
      long denominator,
      String percent,
      String state,
      String note,
      List<Check> targets) {
    /** Checks and copies the components. */
    public Line {
      Objects.requireNonNull(kind, "kind");
      targets = List.copyOf(targets);
    }
  }

  /**
   * One target checked (R-RATE-3).
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param target the target, e.g. {@code >= 95%}
   * @param outcome {@code MET}, {@code MISSED}, {@code UNDEFINED} or {@code PENDING}
   * @param gap how far the rate is from meeting the target, in percentage points with two
   *     decimals ({@code 0.00} when met), or {@code -} when the rate is not known
   */
  public record Check(String target, String outcome, String gap) {}
}

package org.kbbx.rules.profile;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import org.kbbx.core.time.SchoolYear;

/**
 * The switches the rate formulas read, as profile data (R-RATE-19): when enrolment and dropouts
 * are taken, whether approved deferrals leave the enrolment denominator (R-RATE-12), which
 * decreases the {@code FLOW_RESIDUAL} mode counts (R-RATE-10), and whether consolidation is
 * transfer-adjusted and capped (R-RATE-11).
 *
 * <p>Dates are month-days inside a school year (1 September to 31 August): a month-day from
 * September to December falls in the year's first calendar year, one from January to August in
 * its second. The census date is not after the count date in that order; 29 February is rejected
 * (it is missing in most years). NATIONAL: census 09-01, count 08-31, deferrals stay in the
 * denominator, deaths and suspensions are decreases (the traditional 两基 method), consolidation
 * neither adjusted nor capped.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param censusDate the census date (enrolment, dropout denominator), not null
 * @param countDate the count date (dropouts still out, nine-year completion), not null
 * @param deferralsLeaveDenominator whether approved deferrals leave the compulsory-age enrolment
 *     denominator
 * @param deathsAreDecreases whether deaths count as {@code FLOW_RESIDUAL} decreases
 * @param suspensionsAreDecreases whether suspensions count as {@code FLOW_RESIDUAL} decreases
 * @param consolidationAdjustedForTransfers whether the consolidation intake is adjusted by
 *     transfers of the cohort
 * @param consolidationCappedAtHundredPercent whether a consolidation rate above 100 % is reported
 *     as 100 %
 */
public record RateSettings(
    MonthDay censusDate,
    MonthDay countDate,
    boolean deferralsLeaveDenominator,
    boolean deathsAreDecreases,
    boolean suspensionsAreDecreases,
    boolean consolidationAdjustedForTransfers,
    boolean consolidationCappedAtHundredPercent) {

  /** The national defaults. */
  public static final RateSettings NATIONAL =
      new RateSettings(MonthDay.of(9, 1), MonthDay.of(8, 31), false, true, true, false, false);

  /** Creates the settings; 29 February and a census after the count date are rejected. */
  public RateSettings {
    Objects.requireNonNull(censusDate, "censusDate");
    Objects.requireNonNull(countDate, "countDate");
    requireNotLeapDay("censusDate", censusDate);
    requireNotLeapDay("countDate", countDate);
    if (order(censusDate) > order(countDate)) {
      throw new IllegalArgumentException("Invalid RateSettings: census date " + censusDate
          + " must not be after count date " + countDate + " in the school year (09-01 - 08-31)");
    }
  }

  private static void requireNotLeapDay(String name, MonthDay day) {
    if (day.getMonthValue() == 2 && day.getDayOfMonth() == 29) {
      throw new IllegalArgumentException(
          "Invalid " + name + " (02-29 is missing in most years): " + day);
    }
  }

  /** Position inside a school year: September first. */
  private static int order(MonthDay day) {
    int month = day.getMonthValue();
    return ((month + 3) % 12) * 32 + day.getDayOfMonth();
  }

  /**
   * Returns the census date of {@code year}.
   *
   * @param year not null
   * @return the date, inside the year
   */
  public LocalDate censusIn(SchoolYear year) {
    return in(year, censusDate);
  }

  /**
   * Returns the count date of {@code year}.
   *
   * @param year not null
   * @return the date, inside the year, not before the census date
   */
  public LocalDate countIn(SchoolYear year) {
    return in(year, countDate);
  }

  private static LocalDate in(SchoolYear year, MonthDay day) {
    Objects.requireNonNull(year, "year");
    int calendarYear = day.getMonthValue() >= 9 ? year.startYear() : year.startYear() + 1;
    return day.atYear(calendarYear);
  }
}

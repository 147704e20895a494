package org.kbbx.reporting.rate;

import java.time.LocalDate;
import java.util.Objects;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.rules.profile.RateSettings;

/**
 * The dates a school year's rates are taken on (R-RATE-10): the census date for enrolment (default
 * the first day of the year, or a profile's census date) and the count date for dropouts (default
 * the last day of the year). Both lie inside the year, census not after count.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param year the school year, not null
 * @param census the census date, inside the year
 * @param countDate the count date, inside the year, not before the census date
 */
public record RateDates(SchoolYear year, LocalDate census, LocalDate countDate) {

  /** Creates the dates; both must lie in the year, census first. */
  public RateDates {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(census, "census");
    Objects.requireNonNull(countDate, "countDate");
    if (!year.contains(census) || !year.contains(countDate) || census.isAfter(countDate)) {
      throw new IllegalArgumentException(
          "Invalid RateDates for " + year + ": census " + census + " and count date " + countDate
              + " must lie in " + year.start() + " - " + year.end() + ", census first");
    }
  }

  /**
   * Returns the default dates of {@code year}: census on its first day, count on its last.
   *
   * @param year not null
   * @return the dates
   */
  public static RateDates of(SchoolYear year) {
    Objects.requireNonNull(year, "year");
    return new RateDates(year, year.start(), year.end());
  }

  /**
   * Returns the dates of {@code year} by a profile's rate settings (R-RATE-19).
   *
   * @param year not null
   * @param settings the profile's rate settings, not null
   * @return the dates
   */
  public static RateDates of(SchoolYear year, RateSettings settings) {
    Objects.requireNonNull(settings, "settings");
    return new RateDates(year, settings.censusIn(year), settings.countIn(year));
  }

  /**
   * Returns the dates of {@code year} by a profile's rate settings for data as of {@code asOf}: the
   * count date is the settings' count date, or {@code asOf} when earlier, but never before the
   * census date.
   *
   * @param year not null
   * @param settings not null
   * @param asOf the date the data describes, not null
   * @return the dates
   */
  public static RateDates asOf(SchoolYear year, RateSettings settings, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    RateDates full = of(year, settings);
    LocalDate count = asOf.isBefore(full.countDate()) ? asOf : full.countDate();
    return new RateDates(
        year, full.census(), count.isBefore(full.census()) ? full.census() : count);
  }

  /** Returns the census date of the previous school year (same day and month, a year earlier). */
  public LocalDate previousCensus() {
    return census.minusYears(1);
  }

  /** Returns the census date of the next school year. */
  public LocalDate nextCensus() {
    return census.plusYears(1);
  }
}

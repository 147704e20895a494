package org.kbbx.reporting.rate;

import java.time.LocalDate;
import java.util.Objects;
import org.kbbx.core.time.SchoolYear;

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

  /** Returns the census date of the previous school year (same day and month, a year earlier). */
  public LocalDate previousCensus() {
    return census.minusYears(1);
  }

  /** Returns the census date of the next school year. */
  public LocalDate nextCensus() {
    return census.plusYears(1);
  }
}

package org.kbbx.core.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A closed range of dates: both {@code first} and {@code last} are included.
 *
 * <p>For example the compulsory-age birth range of school year 2022 is
 * {@code DateRange.of(2006-09-01, 2016-08-31)}, and a child born on either end date belongs to it
 * (R-AGE-2). A range of one day has {@code first == last}; an empty range does not exist.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param first the first day, included, not null
 * @param last the last day, included, not null and not before {@code first}
 */
public record DateRange(LocalDate first, LocalDate last) {

  /** Creates a range; throws if a bound is null or {@code last} is before {@code first}. */
  public DateRange {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException(
          "Invalid date range: last day " + last + " is before first day " + first);
    }
  }

  /**
   * Returns the closed range {@code first … last}, both days included.
   *
   * @param first the first day, not null
   * @param last the last day, not null and not before {@code first}
   * @return the range
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public static DateRange of(LocalDate first, LocalDate last) {
    return new DateRange(first, last);
  }

  /**
   * Returns whether {@code date} lies in this range, both ends included.
   *
   * @param date the date, not null
   * @return true if {@code first <= date <= last}
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(first) && !date.isAfter(last);
  }

  /** Returns the number of days in the range, at least 1 (both ends are counted). */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(first, last) + 1;
  }

  /**
   * Returns this range with both ends moved by {@code years} using {@link LocalDate#plusYears}
   * (a 29 February end becomes 28 February in a common year).
   *
   * @param years the years to add, may be negative
   * @return the shifted range
   */
  public DateRange plusYears(long years) {
    return new DateRange(first.plusYears(years), last.plusYears(years));
  }

  /** Returns {@code 2006-09-01..2016-08-31}. */
  @Override
  public String toString() {
    return first + ".." + last;
  }
}

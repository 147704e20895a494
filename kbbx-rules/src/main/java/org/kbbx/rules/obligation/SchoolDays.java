package org.kbbx.rules.obligation;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which dates are school days (R-TIME-2): the one question the rules ask of a school calendar.
 *
 * <p>A school day is a day inside a term that is not a holiday and is either Monday–Friday or a
 * make-up day (调休). The calendar is input data; adapt a {@code SchoolCalendar} with a method
 * reference ({@code calendar::isSchoolDay}). Implementations must be pure functions of the date.
 * Searches for the next or previous school day look at most {@link #SEARCH_LIMIT_DAYS} days away,
 * so a calendar without school days never makes a rule loop.
 */
@FunctionalInterface
public interface SchoolDays {

  /** How far, in calendar days, a search for a neighbouring school day looks: 400. */
  int SEARCH_LIMIT_DAYS = 400;

  /**
   * Returns whether {@code date} is a school day.
   *
   * @param date the date, not null
   * @return true for a school day
   */
  boolean isSchoolDay(LocalDate date);

  /**
   * Returns the last school day strictly before {@code date}, if one lies within {@link
   * #SEARCH_LIMIT_DAYS} days.
   *
   * @param date the date, not null
   * @return the previous school day, or empty
   */
  default Optional<LocalDate> previousSchoolDay(LocalDate date) {
    LocalDate d = date.minusDays(1);
    for (int i = 0; i < SEARCH_LIMIT_DAYS; i++, d = d.minusDays(1)) {
      if (isSchoolDay(d)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the {@code n}-th school day strictly after {@code date} ({@code n = 0} gives {@code
   * date} itself), if found within {@link #SEARCH_LIMIT_DAYS} days of the previous one.
   *
   * @param date the start, not counted
   * @param n how many school days to count, at least 0
   * @return the school day, or empty
   */
  default Optional<LocalDate> schoolDaysAfter(LocalDate date, int n) {
    LocalDate d = date;
    for (int count = 0; count < n; count++) {
      Optional<LocalDate> next = nextSchoolDay(d);
      if (next.isEmpty()) {
        return Optional.empty();
      }
      d = next.get();
    }
    return Optional.of(d);
  }

  /**
   * Returns the first school day strictly after {@code date}, if one lies within {@link
   * #SEARCH_LIMIT_DAYS} days.
   *
   * @param date the date, not null
   * @return the next school day, or empty
   */
  default Optional<LocalDate> nextSchoolDay(LocalDate date) {
    LocalDate d = date.plusDays(1);
    for (int i = 0; i < SEARCH_LIMIT_DAYS; i++, d = d.plusDays(1)) {
      if (isSchoolDay(d)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}

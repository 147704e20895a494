package org.kbbx.testkit.county;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import org.kbbx.core.time.SchoolCalendar;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.core.time.Term;

/**
 * A plausible school calendar for any school year (R-TIME-2), for synthetic data and examples.
 *
 * <p>Autumn term: 1 September to the third Friday of January. Spring term: the first Monday on or
 * after 20 February to the first Friday of July. Holidays: National Day week (1-7 October, with
 * the Sunday before and the Saturday after as make-up days), New Year's Day, Qingming (4 April)
 * and Labour Day (1-5 May, with the Sunday before and the Saturday after as make-up days). Real
 * calendars are published each year by each province; this one only looks like them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SyntheticCalendar {

  private SyntheticCalendar() {}

  /**
   * Returns the synthetic calendar of a school year.
   *
   * @param year the school year, not null
   * @return the calendar with its two terms, holidays and make-up days
   */
  public static SchoolCalendar forYear(SchoolYear year) {
    Objects.requireNonNull(year, "year");
    return forYears(year, year);
  }

  /**
   * Returns the synthetic calendar of the school years {@code first} to {@code last}.
   *
   * @param first the first school year, not null
   * @param last the last school year, not before {@code first}, not null
   * @return the calendar with two terms a year, the holidays and the make-up days
   */
  public static SchoolCalendar forYears(SchoolYear first, SchoolYear last) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (first.compareTo(last) > 0) {
      throw new IllegalArgumentException("Invalid years: " + first + " after " + last);
    }
    SchoolCalendar.Builder b = SchoolCalendar.builder();
    for (SchoolYear year = first; year.compareTo(last) <= 0; year = year.plusYears(1)) {
      addYear(b, year);
    }
    return b.build();
  }

  private static void addYear(SchoolCalendar.Builder b, SchoolYear year) {
    int y = year.startYear();
    LocalDate autumnStart = LocalDate.of(y, Month.SEPTEMBER, 1);
    LocalDate autumnEnd = LocalDate.of(y + 1, Month.JANUARY, 1)
        .with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.FRIDAY));
    LocalDate springStart = LocalDate.of(y + 1, Month.FEBRUARY, 20)
        .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    LocalDate springEnd =
        LocalDate.of(y + 1, Month.JULY, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
    LocalDate nationalDay = LocalDate.of(y, Month.OCTOBER, 1);
    LocalDate labourDay = LocalDate.of(y + 1, Month.MAY, 1);
    b.term(Term.autumn(autumnStart, autumnEnd))
        .term(Term.spring(springStart, springEnd))
        .holidays(nationalDay, nationalDay.plusDays(6))
        .makeUpDay(nationalDay.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY)))
        .makeUpDay(nationalDay.plusDays(6).with(TemporalAdjusters.next(DayOfWeek.SATURDAY)))
        .holiday(LocalDate.of(y + 1, Month.JANUARY, 1))
        .holiday(LocalDate.of(y + 1, Month.APRIL, 4))
        .holidays(labourDay, labourDay.plusDays(4))
        .makeUpDay(labourDay.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY)))
        .makeUpDay(labourDay.plusDays(4).with(TemporalAdjusters.next(DayOfWeek.SATURDAY)));
  }
}

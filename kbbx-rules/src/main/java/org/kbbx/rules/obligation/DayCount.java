package org.kbbx.rules.obligation;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import org.kbbx.core.time.SchoolCalendar;
import org.kbbx.core.time.SupportedDates;

/**
 * A period a deadline allows, such as "10 working days" or "one month".
 *
 * <p>Counting follows the Civil Code (民法典 Art. 201, 203): the day the period starts is not
 * counted, and a calendar period whose last day is not a school day ends on the next school day.
 * A school-day period counts school days only. Zero means "the same day".
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param amount how many units, at least 0
 * @param unit the unit, not null
 */
public record DayCount(int amount, DayUnit unit) {

  /** Creates a period; the amount must not be negative. */
  public DayCount {
    Objects.requireNonNull(unit, "unit");
    if (amount < 0) {
      throw new IllegalArgumentException(
          "Invalid value for amount (valid values 0 or more): " + amount);
    }
  }

  /**
   * Returns a period of {@code n} school days.
   *
   * @param n at least 0
   * @return the period
   */
  public static DayCount schoolDays(int n) {
    return new DayCount(n, DayUnit.SCHOOL_DAYS);
  }

  /**
   * Returns a period of {@code n} calendar days.
   *
   * @param n at least 0
   * @return the period
   */
  public static DayCount calendarDays(int n) {
    return new DayCount(n, DayUnit.CALENDAR_DAYS);
  }

  /**
   * Returns a period of {@code n} weeks.
   *
   * @param n at least 0
   * @return the period
   */
  public static DayCount weeks(int n) {
    return new DayCount(n, DayUnit.WEEKS);
  }

  /**
   * Returns a period of {@code n} calendar months.
   *
   * @param n at least 0
   * @return the period
   */
  public static DayCount months(int n) {
    return new DayCount(n, DayUnit.MONTHS);
  }

  /**
   * Returns the last day of this period counted from {@code start} (start not counted).
   *
   * <p>Example: 5 calendar days from 2023-09-01 end on 2023-09-06; 10 school days from Friday
   * 2023-09-01 in a plain Monday–Friday term end on Friday 2023-09-15.
   *
   * @param start the day the period starts, not null
   * <p>School days count as {@link SchoolCalendar#plusSchoolDays} does: {@code n} school days after
   * {@code start} ({@code start} itself never counted, 0 gives {@code start}). A calendar period
   * whose last day is not a school day ends on the first school day after it.
   *
   * @param calendar the school calendar, not null
   * @return the due date, or empty when the day lies beyond the calendar's terms (or beyond {@link
   *     LocalDate#MAX}: no date throws)
   */
  public Option<LocalDate> dueFrom(LocalDate start, SchoolCalendar calendar) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(calendar, "calendar");
    Option<LocalDate> reached;
    switch (unit) {
      case SCHOOL_DAYS:
        return calendar.plusSchoolDays(start, amount);
      case CALENDAR_DAYS:
        reached = SupportedDates.plusDays(start, amount);
        break;
      case WEEKS:
        reached = SupportedDates.plusDays(start, 7L * amount);
        break;
      case MONTHS:
        reached = SupportedDates.plus(start, Period.ofMonths(amount));
        break;
      default:
        throw new AssertionError(unit);
    }
    if (reached.isEmpty()) {
      return Option.none(); // beyond LocalDate.MAX, so beyond every calendar (R-SM-2)
    }
    LocalDate end = reached.get();
    if (amount == 0 || calendar.isSchoolDay(end)) {
      return Option.some(end);
    }
    return calendar.plusSchoolDays(end, 1);
  }

  @Override
  public String toString() {
    return amount + " " + unit.chineseLabel();
  }
}

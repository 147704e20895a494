package org.kbbx.core.time;

import io.vavr.control.Option;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;

/**
 * The dates the library computes with, and date arithmetic that never throws (R-SM-2).
 *
 * <p>The supported dates are those of the supported school years ({@link SchoolYear#MIN_START_YEAR}
 * to {@link SchoolYear#MAX_START_YEAR}): {@link #FIRST} 1900-09-01 to {@link #LAST} 2201-08-31,
 * both included. An entry point that takes an as-of date from untrusted input checks it with
 * {@link #problem} and reports the message instead of computing with it.
 *
 * <p>Arithmetic: {@code LocalDate.plus} throws when the result passes {@link LocalDate#MIN} or
 * {@link LocalDate#MAX}; {@link #plus} and {@link #plusDays} answer none instead, and
 * {@link #plusOrMax} answers {@link LocalDate#MAX} for a deadline beyond every date (one that is
 * never reached).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SupportedDates {

  /** The first supported date, 1900-09-01 (the start of school year 1900-1901). */
  public static final LocalDate FIRST = LocalDate.of(SchoolYear.MIN_START_YEAR, 9, 1);

  /** The last supported date, 2201-08-31 (the end of school year 2200-2201). */
  public static final LocalDate LAST = LocalDate.of(SchoolYear.MAX_START_YEAR + 1, 8, 31);

  private SupportedDates() {}

  /**
   * Returns whether {@code date} lies within {@link #FIRST} to {@link #LAST}, both included.
   *
   * @param date the date; null is not supported
   * @return true for a supported date
   */
  public static boolean contains(LocalDate date) {
    return date != null && !date.isBefore(FIRST) && !date.isAfter(LAST);
  }

  /**
   * Returns why {@code date} cannot be used, naming {@code what} and the supported range, or none
   * for a supported date.
   *
   * <p>Example: {@code problem("asOf", LocalDate.of(2300, 1, 1))} is {@code asOf 2300-01-01 is
   * outside the supported dates 1900-09-01 - 2201-08-31}.
   *
   * @param what the name of the date, for example {@code asOf}, not null
   * @param date the date; null is a problem too
   * @return the problem, or none
   */
  public static Option<String> problem(String what, LocalDate date) {
    if (date == null) {
      return Option.some(what + " is missing: expected a date from " + FIRST + " to " + LAST);
    }
    return contains(date)
        ? Option.none()
        : Option.some(
            what + " " + date + " is outside the supported dates " + FIRST + " - " + LAST);
  }

  /**
   * Returns {@code date + period}, or none when the result lies beyond {@link LocalDate#MIN} or
   * {@link LocalDate#MAX}.
   *
   * @param date the date, not null
   * @param period the period, not null, of any size
   * @return the date reached, or none
   */
  public static Option<LocalDate> plus(LocalDate date, Period period) {
    try {
      return Option.some(date.plus(period));
    } catch (DateTimeException | ArithmeticException beyond) {
      return Option.none();
    }
  }

  /**
   * Returns {@code date + days}, or none when the result lies beyond {@link LocalDate#MIN} or
   * {@link LocalDate#MAX}.
   *
   * @param date the date, not null
   * @param days the number of days, of any size and sign
   * @return the date reached, or none
   */
  public static Option<LocalDate> plusDays(LocalDate date, long days) {
    long epochDay = date.toEpochDay();
    long target = epochDay + days;
    boolean overflow = ((epochDay ^ target) & (days ^ target)) < 0;
    if (overflow || target < LocalDate.MIN.toEpochDay() || target > LocalDate.MAX.toEpochDay()) {
      return Option.none();
    }
    return Option.some(LocalDate.ofEpochDay(target));
  }

  /**
   * Returns {@code date + period + extraDays}, or {@link LocalDate#MAX} when that lies beyond it:
   * a deadline that no date reaches.
   *
   * @param date the date, not null
   * @param period the period, not null, of any size
   * @param extraDays days added after the period, 0 or more
   * @return the date reached, at most {@link LocalDate#MAX}
   */
  public static LocalDate plusOrMax(LocalDate date, Period period, long extraDays) {
    return plus(date, period)
        .flatMap(d -> plusDays(d, extraDays))
        .getOrElse(period.isNegative() ? LocalDate.MIN : LocalDate.MAX);
  }
}

package org.kbbx.rules.obligation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Test-only school calendar: Monday–Friday inside a term, minus holidays, plus make-up days.
 *
 * <p>Logic tests use this instead of real calendars so a real calendar change never breaks them.
 */
public final class TestCalendar implements SchoolDays {

  private final LocalDate opens;
  private final LocalDate closes;
  private final Set<LocalDate> holidays = new HashSet<>();
  private final Set<LocalDate> makeUpDays = new HashSet<>();

  private TestCalendar(LocalDate opens, LocalDate closes) {
    this.opens = opens;
    this.closes = closes;
  }

  /** A term from {@code opens} to {@code closes}, both included. */
  public static TestCalendar term(LocalDate opens, LocalDate closes) {
    return new TestCalendar(opens, closes);
  }

  /** Autumn term 2023 (2023-09-01 … 2024-01-19) with the 2023 Mid-Autumn/National Day holiday. */
  public static TestCalendar autumn2023() {
    TestCalendar c = term(LocalDate.of(2023, 9, 1), LocalDate.of(2024, 1, 19));
    for (LocalDate d = LocalDate.of(2023, 9, 29); !d.isAfter(LocalDate.of(2023, 10, 6));
        d = d.plusDays(1)) {
      c.holidays.add(d);
    }
    c.makeUpDays.add(LocalDate.of(2023, 10, 7));
    c.makeUpDays.add(LocalDate.of(2023, 10, 8));
    return c;
  }

  /** A term of plain weekdays from 2023-09-01 to 2024-06-30, without holidays. */
  public static TestCalendar weekdays() {
    return term(LocalDate.of(2023, 9, 1), LocalDate.of(2024, 6, 30));
  }

  /** Adds a holiday. */
  public TestCalendar holiday(LocalDate day) {
    holidays.add(day);
    return this;
  }

  @Override
  public boolean isSchoolDay(LocalDate date) {
    if (date.isBefore(opens) || date.isAfter(closes) || holidays.contains(date)) {
      return false;
    }
    DayOfWeek dow = date.getDayOfWeek();
    return makeUpDays.contains(date) || (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY);
  }
}

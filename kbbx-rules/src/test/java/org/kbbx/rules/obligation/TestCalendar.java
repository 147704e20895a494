package org.kbbx.rules.obligation;

import java.time.LocalDate;
import org.kbbx.core.time.SchoolCalendar;
import org.kbbx.core.time.Term;

/**
 * Test-only school calendars: Monday–Friday inside a term, minus holidays, plus make-up days.
 *
 * <p>Logic tests use these instead of real calendars so a real calendar change never breaks them.
 */
public final class TestCalendar {

  private TestCalendar() {}

  /** A term from {@code opens} to {@code closes}, both included, without holidays. */
  public static SchoolCalendar term(LocalDate opens, LocalDate closes) {
    return SchoolCalendar.builder().term(Term.autumn(opens, closes)).build();
  }

  /** Autumn term 2023 (2023-09-01 … 2024-01-19) with the 2023 Mid-Autumn/National Day holiday. */
  public static SchoolCalendar autumn2023() {
    return SchoolCalendar.builder()
        .term(Term.autumn(LocalDate.of(2023, 9, 1), LocalDate.of(2024, 1, 19)))
        .holidays(LocalDate.of(2023, 9, 29), LocalDate.of(2023, 10, 6))
        .makeUpDay(LocalDate.of(2023, 10, 7))
        .makeUpDay(LocalDate.of(2023, 10, 8))
        .build();
  }

  /** A term of plain weekdays from 2023-09-01 to 2024-06-30, without holidays. */
  public static SchoolCalendar weekdays() {
    return term(LocalDate.of(2023, 9, 1), LocalDate.of(2024, 6, 30));
  }
}

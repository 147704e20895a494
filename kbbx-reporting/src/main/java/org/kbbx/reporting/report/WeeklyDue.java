package org.kbbx.reporting.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * When a weekly report is due (R-LED-4): a day of the report's week and the time before which it
 * must arrive, for example Friday before noon ({@code XX_COUNTY_2023}, seed 002: 每周五上午下班前)
 * or by the end of Thursday ({@code HANZHONG_2018}, seed 004: 每周周四前).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param day the day of the week, never null
 * @param before the time of that day from which a report is late, never null
 */
public record WeeklyDue(DayOfWeek day, LocalTime before) {

  /** Checks that no component is null. */
  public WeeklyDue {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(before, "before");
  }

  /**
   * Returns the weekly due time.
   *
   * @param day the day of the week
   * @param before the time from which a report is late
   * @return the due time
   */
  public static WeeklyDue of(DayOfWeek day, LocalTime before) {
    return new WeeklyDue(day, before);
  }

  /**
   * Returns the deadline of the week starting on {@code monday}; its obligation code is
   * {@code WEEKLY yyyy-MM-dd} (the Monday).
   *
   * @param monday the week's Monday, not null
   * @return the deadline
   * @throws IllegalArgumentException if {@code monday} is not a Monday
   */
  public Deadline deadlineFor(LocalDate monday) {
    WeeklyReport.requireMonday(monday);
    return new Deadline(WeeklyReport.obligationOf(monday),
        monday.plusDays(day.getValue() - 1L).atTime(before));
  }
}

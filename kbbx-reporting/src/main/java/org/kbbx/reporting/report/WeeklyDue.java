package org.kbbx.reporting.report;

import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;
import org.kbbx.rules.obligation.WeeklyReportRule;

/**
 * When a weekly report is due (R-LED-4): a day of the report's week and, optionally, the time
 * before which it must arrive; without a time it is due by the end of that day. Examples: Friday
 * before noon ({@code XX_COUNTY_2023}, seed 002: 每周五上午下班前), Thursday ({@code HANZHONG_2018},
 * seed 004: 每周周四前). A profile's {@link WeeklyReportRule} converts with {@link #from}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param day the day of the week, never null
 * @param before the time of that day from which a report is late, or empty for the end of the day
 */
public record WeeklyDue(DayOfWeek day, Option<LocalTime> before) {

  /** Checks that no component is null. */
  public WeeklyDue {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(before, "before");
  }

  /**
   * Returns a due time on {@code day} before {@code time}.
   *
   * @param day the day of the week
   * @param time the time from which a report is late
   * @return the due time
   */
  public static WeeklyDue of(DayOfWeek day, LocalTime time) {
    return new WeeklyDue(day, Option.some(Objects.requireNonNull(time, "time")));
  }

  /**
   * Returns a due time at the end of {@code day}.
   *
   * @param day the day of the week
   * @return the due time
   */
  public static WeeklyDue endOf(DayOfWeek day) {
    return new WeeklyDue(day, Option.none());
  }

  /**
   * Returns the due time of a profile's weekly report rule (kbbx-rules, R-LED-4).
   *
   * @param rule the rule, not null
   * @return the due time
   */
  public static WeeklyDue from(WeeklyReportRule rule) {
    Objects.requireNonNull(rule, "rule");
    return new WeeklyDue(rule.dueDay(), rule.dueBefore());
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
    LocalDate dueDay = monday.plusDays(day.getValue() - 1L);
    LocalDateTime late = before.map(dueDay::atTime).getOrElse(dueDay.plusDays(1).atStartOfDay());
    return new Deadline(WeeklyReport.obligationOf(monday), late);
  }
}

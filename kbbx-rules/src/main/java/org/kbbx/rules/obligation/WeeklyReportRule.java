package org.kbbx.rules.obligation;

import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;
import org.kbbx.core.responsibility.Role;

/**
 * A weekly report (周报) with zero reporting (零报告): who sends it to whom, due on which day and
 * before what time (R-LED-4).
 *
 * <p>Example: XX_COUNTY_2023, every school to the county bureau on Friday before 12:00;
 * HANZHONG_2018, every county to the city bureau by Thursday (end of day: no time given).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param dueDay the weekday it is due, not null
 * @param dueBefore the time it must arrive before, or empty for "by the end of that day"
 * @param reporter who sends it, not null
 * @param recipient who receives it, not null
 */
public record WeeklyReportRule(
    DayOfWeek dueDay, Option<LocalTime> dueBefore, Role reporter, Role recipient) {

  /** Creates a rule. */
  public WeeklyReportRule {
    Objects.requireNonNull(dueDay, "dueDay");
    Objects.requireNonNull(dueBefore, "dueBefore");
    Objects.requireNonNull(reporter, "reporter");
    Objects.requireNonNull(recipient, "recipient");
  }
}

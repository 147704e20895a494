package org.kbbx.rules.obligation;

import io.vavr.control.Option;
import java.time.LocalTime;
import java.util.Objects;
import org.kbbx.core.responsibility.Role;

/**
 * Daily tracking (每日跟踪问效, R-OBL-3): a unit with prominent problems reports on every school
 * day, from the day it is named until the day it is cleared (that day not included).
 *
 * <p>Example (HANZHONG_2018, seed 004 4 四): a county education bureau to the city education
 * bureau, by the end of each school day.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param reporter who reports, not null
 * @param recipient who receives, not null
 * @param dueBefore the time of day it must arrive before; empty for the end of the day
 */
public record DailyTracking(Role reporter, Role recipient, Option<LocalTime> dueBefore) {

  /** Creates the rule. */
  public DailyTracking {
    Objects.requireNonNull(reporter, "reporter");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(dueBefore, "dueBefore");
  }
}

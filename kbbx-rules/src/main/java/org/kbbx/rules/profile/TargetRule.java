package org.kbbx.rules.profile;

import io.vavr.control.Option;
import java.util.Objects;
import org.kbbx.core.rate.Target;
import org.kbbx.core.school.SchoolLevel;

/**
 * A target a profile sets for an indicator (R-RATE-3), for example HEZHANG_2018's junior
 * secondary dropout rate {@code <= 1.8%}, or its nine-year consolidation rate {@code >= 95%} by
 * 2020.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param indicator what is measured, not null
 * @param level the school level, or empty for the whole compulsory phase
 * @param target the exact target, not null
 * @param byYear the calendar year by which it must be met, or empty for every year
 */
public record TargetRule(
    TargetIndicator indicator, Option<SchoolLevel> level, Target target, Option<Integer> byYear) {

  /** Creates a target rule. */
  public TargetRule {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(byYear, "byYear");
  }
}

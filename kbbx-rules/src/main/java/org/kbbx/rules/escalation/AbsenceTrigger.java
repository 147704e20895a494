package org.kbbx.rules.escalation;

import java.util.List;
import java.util.Objects;

/**
 * A threshold on the streak of unexcused absence and the actions it requires (R-ABS-2).
 *
 * <p>Example: {@code new AbsenceTrigger(5, MORE_THAN, actions)} fires on the 6th consecutive
 * school day of absence without reason.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param schoolDays the threshold in school days, at least 0 ({@link Comparison#REACHES} 0 acts
 *     as 1)
 * @param comparison how the streak is compared, not null
 * @param actions what must be done when it fires, not null; copied
 */
public record AbsenceTrigger(int schoolDays, Comparison comparison, List<RequiredAction> actions) {

  /** Creates a trigger; the threshold must not be negative. */
  public AbsenceTrigger {
    if (schoolDays < 0) {
      throw new IllegalArgumentException(
          "Invalid value for schoolDays (valid values 0 or more): " + schoolDays);
    }
    Objects.requireNonNull(comparison, "comparison");
    actions = List.copyOf(Objects.requireNonNull(actions, "actions"));
  }

  /**
   * Returns the streak length on which this trigger fires.
   *
   * @return at least 1
   */
  public int firingStreak() {
    return comparison.firingStreak(schoolDays);
  }
}

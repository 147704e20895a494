package org.kbbx.rules.escalation;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import org.kbbx.core.time.SupportedDates;

/**
 * When a suspected dropout who has not returned becomes a dropout (R-ABS-3).
 *
 * <p>"Suspected for more than {@code months} calendar month(s) without return" is read as: the
 * dropout date is {@code suspectedOn.plusMonths(months).plusDays(1)} (suspected 2023-10-09 →
 * dropped out 2023-11-10; month ends clamp as {@code plusMonths} does).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param mode automatic or confirmation required, not null
 * @param months the waiting period in calendar months, at least 1
 * @param actions what must be done when the waiting period is over, not null; copied
 */
public record DropoutRule(DropoutMode mode, int months, List<RequiredAction> actions) {

  /** Creates a rule. */
  public DropoutRule {
    Objects.requireNonNull(mode, "mode");
    if (months < 1) {
      throw new IllegalArgumentException(
          "Invalid value for months (valid values 1 or more): " + months);
    }
    actions = List.copyOf(Objects.requireNonNull(actions, "actions"));
  }

  /**
   * Returns the day the waiting period is over for a student suspected on {@code suspectedOn}.
   *
   * @param suspectedOn the day the student became suspected, not null
   * @return {@code suspectedOn + months + 1 day}; {@link LocalDate#MAX} (never due) when that
   *     would lie beyond it (R-SM-2: no exception for any date)
   */
  public LocalDate dueAfter(LocalDate suspectedOn) {
    return SupportedDates.plusOrMax(suspectedOn, Period.ofMonths(months), 1);
  }
}

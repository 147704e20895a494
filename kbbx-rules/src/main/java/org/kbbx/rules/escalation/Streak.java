package org.kbbx.rules.escalation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A running streak of school days absent without reason (R-ABS-1).
 *
 * <p>{@code coveredThrough} is the last school day up to which the streak is unbroken: the last
 * counted day, extended by each following school day that was excused. A school day after it
 * without a mark was attended and ends the streak.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param length the number of counted school days, at least 1
 * @param lastCounted the last school day counted, not null
 * @param coveredThrough the last day the streak is unbroken through, not before {@code
 *     lastCounted}
 */
public record Streak(int length, LocalDate lastCounted, LocalDate coveredThrough) {

  /** Creates a streak. */
  public Streak {
    if (length < 1) {
      throw new IllegalArgumentException(
          "Invalid value for length (valid values 1 or more): " + length);
    }
    Objects.requireNonNull(lastCounted, "lastCounted");
    Objects.requireNonNull(coveredThrough, "coveredThrough");
    if (coveredThrough.isBefore(lastCounted)) {
      throw new IllegalArgumentException(
          "Invalid coveredThrough " + coveredThrough + ": must not be before " + lastCounted);
    }
  }
}

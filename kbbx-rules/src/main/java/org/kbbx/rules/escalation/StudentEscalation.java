package org.kbbx.rules.escalation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The escalation engine's state for one student: all it needs to take the next day.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param status attending, suspected or dropped out; not null
 * @param streak the running streak of unexcused absence, if any; not null
 * @param suspectedOn the day the student became suspected, present while the dropout rule's
 *     waiting period (R-ABS-3) runs or has run out; cleared once a confirmation-required alert was
 *     raised, so it is raised once; not null
 * @param lastInput the date of the latest input taken, if any; earlier inputs are rejected
 */
public record StudentEscalation(
    EscalationStatus status,
    Optional<Streak> streak,
    Optional<LocalDate> suspectedOn,
    Optional<LocalDate> lastInput) {

  /** Creates a state. */
  public StudentEscalation {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(streak, "streak");
    Objects.requireNonNull(suspectedOn, "suspectedOn");
    Objects.requireNonNull(lastInput, "lastInput");
  }

  /**
   * Returns the state of an attending student with no absence on record.
   *
   * @return the initial state
   */
  public static StudentEscalation attending() {
    return new StudentEscalation(
        EscalationStatus.ATTENDING, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * Returns the state of a student already suspected since {@code suspectedOn} (taken from the
   * student's timeline).
   *
   * @param suspectedOn the day the student became suspected, not null
   * @return the state
   */
  public static StudentEscalation suspectedSince(LocalDate suspectedOn) {
    Objects.requireNonNull(suspectedOn, "suspectedOn");
    return new StudentEscalation(
        EscalationStatus.SUSPECTED_DROPOUT, Optional.empty(), Optional.of(suspectedOn),
        Optional.of(suspectedOn));
  }

  /**
   * Returns the current streak length.
   *
   * @return 0 when there is no streak
   */
  public int streakLength() {
    return streak.map(Streak::length).orElse(0);
  }
}

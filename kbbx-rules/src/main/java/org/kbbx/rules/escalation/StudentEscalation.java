package org.kbbx.rules.escalation;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;
import org.kbbx.core.time.SchoolCalendar;

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
    Option<Streak> streak,
    Option<LocalDate> suspectedOn,
    Option<LocalDate> lastInput) {

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
        EscalationStatus.ATTENDING, Option.none(), Option.none(), Option.none());
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
        EscalationStatus.SUSPECTED_DROPOUT,
        Option.none(),
        Option.some(suspectedOn),
        Option.some(suspectedOn));
  }

  /**
   * Returns the current streak length.
   *
   * @return 0 when there is no streak
   */
  public int streakLength() {
    return streak.map(Streak::length).getOrElse(0);
  }

  /**
   * Returns the streak length as of {@code asOf}, when no input was taken after this state's last
   * one (R-ABS-1, R-ABS-4).
   *
   * <p>While the student is attending, a school day after {@link Streak#coveredThrough()} with no
   * mark was attended and resets the streak to 0; days that are not school days (weekends,
   * holidays) neither count nor reset. While the student is suspected or dropped out, unmarked
   * school days are not evidence of return, so the streak is kept. An {@code asOf} on or before
   * the streak's covered day answers {@link #streakLength()}.
   *
   * <p>Example: absent without reason Monday to Wednesday, no input since: as of Wednesday 3, as of
   * Thursday 0.
   *
   * @param calendar the school days the engine counts on, not null
   * @param asOf the as-of date, not null
   * @return the streak length on {@code asOf}, 0 or more
   */
  public int streakLengthOn(SchoolCalendar calendar, LocalDate asOf) {
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(asOf, "asOf");
    if (status != EscalationStatus.ATTENDING || streak.isEmpty()) {
      return streakLength();
    }
    LocalDate covered = streak.get().coveredThrough();
    if (!asOf.isAfter(covered)) {
      return streakLength();
    }
    // School days in (covered, asOf], counted on the calendar's index: no walk over the days
    // between, however far apart (docs/rules.md §11).
    long between = calendar.schoolDaysBetween(covered, asOf)
        - (calendar.isSchoolDay(covered) ? 1 : 0)
        + (calendar.isSchoolDay(asOf) ? 1 : 0);
    return between > 0 ? 0 : streakLength();
  }
}

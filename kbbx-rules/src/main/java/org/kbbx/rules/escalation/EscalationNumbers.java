package org.kbbx.rules.escalation;

import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * A student's {@link StudentEscalation} held in numbers, dates as epoch days: the form for a caller
 * that keeps many students' states in its own columns and feeds them a day's marks without
 * building objects per mark ({@link AbsenceEscalation#mark(EscalationNumbers, org.kbbx.core.id.StudentId,
 * LocalDate, MarkKind, java.util.List, java.util.List)}, {@link
 * AbsenceEscalation#advance(EscalationNumbers, org.kbbx.core.id.StudentId, LocalDate,
 * java.util.List, java.util.List)}). It is the same state, not another concept: {@link
 * #load(StudentEscalation)} and {@link #toEscalation()} convert, and the engine answers the same
 * for both forms (R-ABS-1..4).
 *
 * <p>Example, one instance reused for a day's marks:
 *
 * <pre>{@code
 * EscalationNumbers n = EscalationNumbers.attending();
 * n.set(status, streakLength, lastCounted, coveredThrough, suspectedOn, lastInput); // from columns
 * engine.mark(n, student, day, MarkKind.ABSENT_WITHOUT_REASON, alerts, events);
 * // write n.streakLength(), n.coveredThrough(), ... back to the columns
 * }</pre>
 *
 * <p>This class is mutable and not thread-safe: confine an instance to one caller.
 */
public final class EscalationNumbers {

  /** The value of a date field that holds no date. */
  public static final int NONE = Integer.MIN_VALUE;

  private static final EscalationStatus[] STATUSES = EscalationStatus.values();

  private EscalationStatus status = EscalationStatus.ATTENDING;
  private int streakLength;
  private int lastCounted = NONE;
  private int coveredThrough = NONE;
  private int suspectedOn = NONE;
  private int lastInput = NONE;

  private EscalationNumbers() {}

  /**
   * Returns the numbers of an attending student with no absence on record ({@link
   * StudentEscalation#attending()}).
   *
   * @return a new instance
   */
  public static EscalationNumbers attending() {
    return new EscalationNumbers();
  }

  /**
   * Sets every field.
   *
   * @param status the status ordinal ({@link EscalationStatus#ordinal()})
   * @param streakLength the streak length, 0 for no streak
   * @param lastCounted the epoch day of the streak's last counted day, {@link #NONE} without a
   *     streak
   * @param coveredThrough the epoch day the streak is unbroken through, not before {@code
   *     lastCounted}; {@link #NONE} without a streak
   * @param suspectedOn the epoch day the student became suspected, or {@link #NONE}
   * @param lastInput the epoch day of the latest input taken, or {@link #NONE}
   * @return this instance
   * @throws IllegalArgumentException if the values are not a state: an unknown status, a negative
   *     length, a streak without both days, a day without a streak, or {@code coveredThrough}
   *     before {@code lastCounted}
   */
  public EscalationNumbers set(
      int status,
      int streakLength,
      int lastCounted,
      int coveredThrough,
      int suspectedOn,
      int lastInput) {
    if (status < 0 || status >= STATUSES.length) {
      throw new IllegalArgumentException("Invalid value for status: " + status);
    }
    if (streakLength < 0) {
      throw new IllegalArgumentException(
          "Invalid value for streakLength (valid values 0 or more): " + streakLength);
    }
    if ((streakLength == 0) != (lastCounted == NONE)
        || (streakLength == 0) != (coveredThrough == NONE)
        || coveredThrough < lastCounted) {
      throw new IllegalArgumentException("Invalid streak: days must be set exactly with a streak,"
          + " covered through not before the last counted day");
    }
    this.status = STATUSES[status];
    this.streakLength = streakLength;
    this.lastCounted = lastCounted;
    this.coveredThrough = coveredThrough;
    this.suspectedOn = suspectedOn;
    this.lastInput = lastInput;
    return this;
  }

  /**
   * Sets this to a state, if each of its dates is an epoch day that fits an {@code int}.
   *
   * @param state the state; null is treated as {@link StudentEscalation#attending()}
   * @return true if set; false, with this unchanged, when a date does not fit
   */
  public boolean load(StudentEscalation state) {
    StudentEscalation s = state == null ? StudentEscalation.attending() : state;
    long counted = NONE;
    long covered = NONE;
    int length = 0;
    if (s.streak().isDefined()) {
      Streak streak = s.streak().get();
      length = streak.length();
      counted = streak.lastCounted().toEpochDay();
      covered = streak.coveredThrough().toEpochDay();
    }
    long suspected = s.suspectedOn().isDefined() ? s.suspectedOn().get().toEpochDay() : NONE;
    long last = s.lastInput().isDefined() ? s.lastInput().get().toEpochDay() : NONE;
    if (!fits(counted) || !fits(covered) || !fits(suspected) || !fits(last)) {
      return false;
    }
    status = s.status();
    streakLength = length;
    lastCounted = (int) counted;
    coveredThrough = (int) covered;
    suspectedOn = (int) suspected;
    lastInput = (int) last;
    return true;
  }

  private static boolean fits(long day) {
    return day == NONE || (day > Integer.MIN_VALUE && day <= Integer.MAX_VALUE);
  }

  /**
   * Returns the state these numbers hold.
   *
   * @return the state, equal to the one {@link #load loaded} when no input was taken since
   */
  public StudentEscalation toEscalation() {
    return new StudentEscalation(
        status,
        streakLength == 0
            ? Option.none()
            : Option.some(new Streak(
                streakLength,
                LocalDate.ofEpochDay(lastCounted),
                LocalDate.ofEpochDay(coveredThrough))),
        date(suspectedOn),
        date(lastInput));
  }

  private static Option<LocalDate> date(int day) {
    return day == NONE ? Option.none() : Option.some(LocalDate.ofEpochDay(day));
  }

  /**
   * Returns the status.
   *
   * @return the status
   */
  public EscalationStatus status() {
    return status;
  }

  /**
   * Returns the streak length.
   *
   * @return 0 without a streak
   */
  public int streakLength() {
    return streakLength;
  }

  /**
   * Returns the epoch day of the streak's last counted day.
   *
   * @return the day, or {@link #NONE} without a streak
   */
  public int lastCounted() {
    return lastCounted;
  }

  /**
   * Returns the epoch day the streak is unbroken through.
   *
   * @return the day, or {@link #NONE} without a streak
   */
  public int coveredThrough() {
    return coveredThrough;
  }

  /**
   * Returns the epoch day the student became suspected.
   *
   * @return the day, or {@link #NONE}
   */
  public int suspectedOn() {
    return suspectedOn;
  }

  /**
   * Returns the epoch day of the latest input taken.
   *
   * @return the day, or {@link #NONE}
   */
  public int lastInput() {
    return lastInput;
  }

  // The engine's writes: only AbsenceEscalation changes the numbers of a taken input.

  void status(EscalationStatus to) {
    status = to;
  }

  void streak(int length, int counted, int covered) {
    streakLength = length;
    lastCounted = counted;
    coveredThrough = covered;
  }

  void suspectedOn(int day) {
    suspectedOn = day;
  }

  void lastInput(int day) {
    lastInput = day;
  }

  @Override
  public String toString() {
    return "EscalationNumbers[" + status + ", streak " + streakLength + "]";
  }
}

package org.kbbx.rules.casework;

import java.time.LocalDate;
import org.kbbx.core.Problem;

/**
 * Why a case did not take an event (R-SM-2): a typed result with a stable code.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface CaseRejection extends Problem {

  /** The stable codes of this family: a constant's name is the code (see {@link Problem}). */
  enum Code {
    /** See the record of this code. */
    CASE_NULL_EVENT,
    /** See the record of this code. */
    CASE_NULL_CASE,
    /** See the record of this code. */
    CASE_ILLEGAL_TRANSITION,
    /** See the record of this code. */
    CASE_GUARD_FAILED,
    /** See the record of this code. */
    CASE_BEFORE_LATEST
  }

  /**
   * Returns the stable code, for example {@code CASE_ILLEGAL_TRANSITION}.
   *
   * @return never null
   */
  @Override
  Code code();

  /**
   * Returns what was wrong, in words, naming the state, the event and the guard where there are
   * any; for people, not for matching (match on {@link #code()}).
   *
   * @return never null
   */
  @Override
  String message();

  /** A null event. This class is immutable and thread-safe. */
  record NullEvent() implements CaseRejection {
    @Override
    public Code code() {
      return Code.CASE_NULL_EVENT;
    }

    @Override
    public String message() {
      return "the case event is null";
    }
  }

  /** A null case: there is no case to apply the event to. This class is immutable and thread-safe. */
  record NullCase() implements CaseRejection {
    @Override
    public Code code() {
      return Code.CASE_NULL_CASE;
    }

    @Override
    public String message() {
      return "the case is null: open a case first";
    }
  }

  /**
   * No row from this state to the state the event reaches: a skipped or repeated step, or an ended
   * case.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param state the case's state
   * @param target the state the event would reach
   */
  record IllegalTransition(CaseState state, CaseState target) implements CaseRejection {
    @Override
    public Code code() {
      return Code.CASE_ILLEGAL_TRANSITION;
    }

    @Override
    public String message() {
      return "no transition from case state " + state + " to " + target
          + ": steps move forward one at a time, and an ended case takes no step";
    }
  }

  /**
   * The row's guard does not hold (wrong evidence, residency, or an unevidenced exclusion).
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param state the case's state
   * @param target the state the event would reach
   * @param guard the guard that failed
   */
  record GuardFailed(CaseState state, CaseState target, CaseGuard guard) implements CaseRejection {
    @Override
    public Code code() {
      return Code.CASE_GUARD_FAILED;
    }

    @Override
    public String message() {
      return target + " from case state " + state + " needs " + guard + " (" + guard.chineseLabel()
          + ")";
    }
  }

  /**
   * The event is dated before the case's latest event (or its opening).
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param on the event's date
   * @param latest the latest date already in the case
   */
  record BeforeLatest(LocalDate on, LocalDate latest) implements CaseRejection {
    @Override
    public Code code() {
      return Code.CASE_BEFORE_LATEST;
    }

    @Override
    public String message() {
      return "the event is dated " + on + ", before the case's latest date " + latest;
    }
  }
}

package org.kbbx.rules.escalation;

import java.time.LocalDate;
import org.kbbx.core.Problem;

/**
 * Why the escalation engine did not take an input (R-SM-2): a typed result, never an exception.
 *
 * <p>A closed family of records, each with a stable {@link #code()}. Implementations are immutable
 * and thread-safe.
 */
public sealed interface EscalationRejection extends Problem {

  /** The stable codes of this family: a constant's name is the code (see {@link Problem}). */
  enum Code {
    /** See the record of this code. */
    ESC_NULL_INPUT,
    /** See the record of this code. */
    ESC_NULL_ARGUMENT,
    /** See the record of this code. */
    ESC_OUT_OF_ORDER,
    /** See the record of this code. */
    ESC_NOT_APPLICABLE,
    /** See the record of this code. */
    ESC_WRONG_DAY
  }

  /**
   * Returns the stable code, for example {@code ESC_OUT_OF_ORDER}.
   *
   * @return never null
   */
  @Override
  Code code();

  /**
   * Returns a message that says what was wrong and what was expected.
   *
   * @return never null
   */
  String message();

  /** A null input. This class is immutable and thread-safe. */
  record NullInput() implements EscalationRejection {
    @Override
    public Code code() {
      return Code.ESC_NULL_INPUT;
    }

    @Override
    public String message() {
      return "Input is null: expected a mark, a return or a dropout confirmation";
    }
  }

  /**
   * A null argument other than the input, for example the day given to {@link
   * EscalationLedger#feed} or the as-of date given to {@link AbsenceEscalation#advance}; the
   * inputs of such a call come back each with its own rejection.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param parameter the name of the null argument, for example {@code day}
   */
  record NullArgument(String parameter) implements EscalationRejection {
    @Override
    public Code code() {
      return Code.ESC_NULL_ARGUMENT;
    }

    @Override
    public String message() {
      return "Argument " + parameter + " is null: expected a value";
    }
  }

  /**
   * An input dated before one already taken for the same student; feed days in order.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param input the input
   * @param lastInput the date of the latest input already taken
   */
  record OutOfOrder(EscalationInput input, LocalDate lastInput) implements EscalationRejection {
    @Override
    public Code code() {
      return Code.ESC_OUT_OF_ORDER;
    }

    @Override
    public String message() {
      return "Input for " + input.date() + " arrived after an input for " + lastInput
          + ": expected dates on or after " + lastInput;
    }
  }

  /**
   * A return or dropout confirmation for a student whose status does not allow it.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param input the input
   * @param status the student's status
   */
  record NotApplicable(EscalationInput input, EscalationStatus status)
      implements EscalationRejection {
    @Override
    public Code code() {
      return Code.ESC_NOT_APPLICABLE;
    }

    @Override
    public String message() {
      return input.getClass().getSimpleName() + " on " + input.date() + " is not applicable to a "
          + status + " student";
    }
  }

  /**
   * An input given to {@link EscalationLedger#feed} for a day other than its own date.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param input the input
   * @param day the day being fed; null when the call gave none
   */
  record WrongDay(EscalationInput input, LocalDate day) implements EscalationRejection {
    @Override
    public Code code() {
      return Code.ESC_WRONG_DAY;
    }

    @Override
    public String message() {
      return day == null
          ? "Input dated " + input.date() + " was fed with no day: expected the day it is dated"
          : "Input dated " + input.date() + " was fed with day " + day + ": expected inputs dated "
              + day;
    }
  }
}

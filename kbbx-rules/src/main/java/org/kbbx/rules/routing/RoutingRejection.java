package org.kbbx.rules.routing;

import java.util.Objects;
import org.kbbx.core.Problem;
import org.kbbx.core.id.StudentId;

/**
 * Why a route could not be given (R-RC-6, R-SM-2): a closed family with stable codes.
 */
public sealed interface RoutingRejection extends Problem {

  /** The stable codes of this family: a constant's name is the code (see {@link Problem}). */
  enum Code {
    /** See the record of this code. */
    UNKNOWN_STUDENT,
    /** See the record of this code. */
    MISSING_ARGUMENT
  }

  /** Returns the stable code, for example {@code UNKNOWN_STUDENT}. */
  @Override
  Code code();

  /** Returns a sentence saying what was wrong. */
  String message();

  /**
   * The student is not in the organisation.
   *
   * <p>This class is immutable and thread-safe.
   *
   * <p>The message never shows the student's id (PIPL Art. 28); the caller has it.
   *
   * @param student the id given, not null
   */
  record UnknownStudent(StudentId student) implements RoutingRejection {
    /** Checks that the id is present. */
    public UnknownStudent {
      Objects.requireNonNull(student, "student");
    }

    @Override
    public Code code() {
      return Code.UNKNOWN_STUDENT;
    }

    @Override
    public String message() {
      return "the student is not placed in this organisation";
    }

    /** Returns the code and message, without the student's id. */
    @Override
    public String toString() {
      return code() + ": " + message();
    }
  }

  /**
   * A required argument was null.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param parameter the parameter's name
   */
  record MissingArgument(String parameter) implements RoutingRejection {
    @Override
    public Code code() {
      return Code.MISSING_ARGUMENT;
    }

    @Override
    public String message() {
      return "missing " + parameter;
    }
  }
}

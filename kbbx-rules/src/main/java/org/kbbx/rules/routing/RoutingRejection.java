package org.kbbx.rules.routing;

/**
 * Why a route could not be given (R-RC-6, R-SM-2): a closed family with stable codes.
 */
public sealed interface RoutingRejection {

  /** Returns the stable code, for example {@code UNKNOWN_STUDENT}. */
  String code();

  /** Returns a sentence saying what was wrong. */
  String message();

  /**
   * The student is not in the organisation.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param student the id given, as text
   */
  record UnknownStudent(String student) implements RoutingRejection {
    @Override
    public String code() {
      return "UNKNOWN_STUDENT";
    }

    @Override
    public String message() {
      return "student " + student + " is not in this organisation";
    }
  }

  /**
   * A required argument was null.
   *
   * @param parameter the parameter's name
   */
  record MissingArgument(String parameter) implements RoutingRejection {
    @Override
    public String code() {
      return "MISSING_ARGUMENT";
    }

    @Override
    public String message() {
      return "missing " + parameter;
    }
  }
}

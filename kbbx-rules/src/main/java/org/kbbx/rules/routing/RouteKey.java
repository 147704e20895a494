package org.kbbx.rules.routing;

import java.util.Objects;
import org.kbbx.rules.casework.CaseStep;
import org.kbbx.rules.escalation.AlertCode;

/**
 * What a route answers for (R-RC-6, R-RC-14): an absence alert (§5) or a return-persuasion step
 * (§6). A closed family of two records; {@link #code()} is stable text such as {@code
 * alert:FIRST_DAY_CONTACT} or {@code step:CONTACT}.
 */
public sealed interface RouteKey permits RouteKey.ForAlert, RouteKey.ForStep {

  /**
   * Returns the key of an alert.
   *
   * @param alert the alert code, not null
   * @return the key
   */
  static RouteKey of(AlertCode alert) {
    return new ForAlert(alert);
  }

  /**
   * Returns the key of a case step.
   *
   * @param step the step, not null
   * @return the key
   */
  static RouteKey of(CaseStep step) {
    return new ForStep(step);
  }

  /**
   * Returns a stable text form: {@code alert:} or {@code step:} and the constant's name.
   *
   * @return the code, never null
   */
  String code();

  /**
   * The key of an absence alert.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param alert the alert code, not null
   */
  record ForAlert(AlertCode alert) implements RouteKey {
    /** Checks that the alert is present. */
    public ForAlert {
      Objects.requireNonNull(alert, "alert");
    }

    @Override
    public String code() {
      return "alert:" + alert.name();
    }
  }

  /**
   * The key of a return-persuasion step.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param step the step, not null
   */
  record ForStep(CaseStep step) implements RouteKey {
    /** Checks that the step is present. */
    public ForStep {
      Objects.requireNonNull(step, "step");
    }

    @Override
    public String code() {
      return "step:" + step.name();
    }
  }
}

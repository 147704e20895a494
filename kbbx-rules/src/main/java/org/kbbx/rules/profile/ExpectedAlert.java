package org.kbbx.rules.profile;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;
import org.kbbx.rules.escalation.AlertCode;

/**
 * What a profile example expects: an alert on a date, or that the alert never comes (R-PROF-3).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the alert, not null
 * @param on the day it must fire, or empty when it must not fire at all
 */
public record ExpectedAlert(AlertCode code, Option<LocalDate> on) {

  /** Creates an expectation. */
  public ExpectedAlert {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(on, "on");
  }

  /**
   * Expects {@code code} on {@code on}.
   *
   * @param code the alert
   * @param on the day
   * @return the expectation
   */
  public static ExpectedAlert on(AlertCode code, LocalDate on) {
    return new ExpectedAlert(code, Option.some(on));
  }

  /**
   * Expects {@code code} never to fire.
   *
   * @param code the alert
   * @return the expectation
   */
  public static ExpectedAlert never(AlertCode code) {
    return new ExpectedAlert(code, Option.none());
  }
}

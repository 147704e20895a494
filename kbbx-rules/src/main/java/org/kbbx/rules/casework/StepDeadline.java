package org.kbbx.rules.casework;

import java.util.Objects;
import org.kbbx.rules.obligation.DayCount;

/**
 * How soon a step is due after the case's previous event (or its opening) while the case stays
 * open (R-CASE-4).
 *
 * <p>Example: {@code RETURN_NOTICE} within 5 school days: the return notice is due 5 school days
 * after the contact if the student has not returned. This class is immutable and thread-safe.
 *
 * @param step the step that falls due, not null
 * @param within the period from the previous event, not null
 */
public record StepDeadline(CaseStep step, DayCount within) {

  /** Creates a deadline. */
  public StepDeadline {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(within, "within");
  }
}

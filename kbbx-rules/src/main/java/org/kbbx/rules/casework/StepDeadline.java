package org.kbbx.rules.casework;

import java.util.Objects;
import org.kbbx.rules.obligation.DayCount;

/**
 * How long a case may stay at a step before the next one is due (R-CASE-4).
 *
 * <p>Example: after {@code CONTACT}, the return notice is due within 5 school days if the contact
 * did not work. This class is immutable and thread-safe.
 *
 * @param step the step the period starts at, not null
 * @param within the period from the day the step was taken, not null
 */
public record StepDeadline(CaseStep step, DayCount within) {

  /** Creates a deadline. */
  public StepDeadline {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(within, "within");
  }
}

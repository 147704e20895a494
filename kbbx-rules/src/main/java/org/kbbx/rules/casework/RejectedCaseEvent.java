package org.kbbx.rules.casework;

import java.util.Objects;

/**
 * An event a case did not take, kept with its rejection so nothing is lost (R-SM-3).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param event the event, possibly null (a null event is itself rejected)
 * @param rejection why, not null
 */
public record RejectedCaseEvent(CaseEvent event, CaseRejection rejection) {

  /** Creates a rejected event. */
  public RejectedCaseEvent {
    Objects.requireNonNull(rejection, "rejection");
  }
}

package org.kbbx.rules.casework;

import java.util.Objects;

/**
 * One row of the case table: from a state, an event type leads to a state if a named guard holds.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param from the state, not null
 * @param event the event type, not null
 * @param to the next state, not null
 * @param guard the named guard, not null
 */
public record CaseTransition(CaseState from, CaseEventType event, CaseState to, CaseGuard guard) {

  /** Creates a row. */
  public CaseTransition {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(guard, "guard");
  }
}

package org.kbbx.rules.casework;

import java.util.Objects;

/**
 * One row of the case table: from a state, an event reaching {@code to} is taken if a named guard
 * holds.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param from the state, not null
 * @param to the next state, not null
 * @param guard the named guard, not null
 */
public record CaseTransition(CaseState from, CaseState to, CaseGuard guard) {

  /** Creates a row. */
  public CaseTransition {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(guard, "guard");
  }
}

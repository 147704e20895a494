package org.kbbx.reporting.register;

import java.time.LocalDate;
import java.util.Objects;
import org.kbbx.core.status.SchoolingState;

/**
 * A child entered {@code state} on {@code date} (the start of a status span, R-SM-6).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param date the first day in the state, never null
 * @param state the state entered, never null
 */
public record StatusChange(LocalDate date, SchoolingState state) {

  /** Checks that no component is null. */
  public StatusChange {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(state, "state");
  }

  /**
   * Returns a change.
   *
   * @param date the first day in the state
   * @param state the state entered
   * @return the change
   */
  public static StatusChange of(LocalDate date, SchoolingState state) {
    return new StatusChange(date, state);
  }
}

package org.kbbx.rules.escalation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A required action with its due date: it is late on any day after {@code due}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param action the action, not null
 * @param due the last day it may be done, not null
 */
public record ActionDue(RequiredAction action, LocalDate due) {

  /** Creates a dated action. */
  public ActionDue {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(due, "due");
  }
}

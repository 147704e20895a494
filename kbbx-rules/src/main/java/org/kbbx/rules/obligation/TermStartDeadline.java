package org.kbbx.rules.obligation;

import java.util.List;
import java.util.Objects;
import org.kbbx.core.responsibility.Role;

/**
 * A term-start task, who does it, to whom it goes and how long after the term opens it is due
 * (R-LED-5).
 *
 * <p>Example (BISHAN_2024): {@code REPORT} by the {@code SCHOOL} to the county education bureau
 * and the township government within 10 calendar days.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param task what is due, not null
 * @param actor who does it, not null
 * @param recipients to whom it is reported, possibly empty; copied
 * @param within the period after the opening day, not null
 */
public record TermStartDeadline(
    TermStartTask task, Role actor, List<Role> recipients, DayCount within) {

  /** Creates a deadline. */
  public TermStartDeadline {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(actor, "actor");
    recipients = List.copyOf(Objects.requireNonNull(recipients, "recipients"));
    Objects.requireNonNull(within, "within");
  }
}

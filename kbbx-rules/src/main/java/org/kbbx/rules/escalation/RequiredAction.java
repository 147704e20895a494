package org.kbbx.rules.escalation;

import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;
import org.kbbx.core.responsibility.Role;
import org.kbbx.core.time.SchoolCalendar;
import org.kbbx.rules.obligation.DayCount;

/**
 * An action a rule requires, who must take it, to whom it is addressed and how long it may take.
 *
 * <p>Example (HANZHONG_2018): {@code WRITTEN_REPORT} by the {@code SCHOOL} to the township
 * government and the county education bureau within 1 school day.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind what to do, not null
 * @param actor who must do it, not null
 * @param recipients to whom (reports), possibly empty, not null; copied
 * @param within how long it may take from the day the rule fires, not null
 */
public record RequiredAction(ActionKind kind, Role actor, List<Role> recipients, DayCount within) {

  /** Creates a required action. */
  public RequiredAction {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(actor, "actor");
    recipients = List.copyOf(Objects.requireNonNull(recipients, "recipients"));
    Objects.requireNonNull(within, "within");
  }

  /**
   * Returns an action without recipients.
   *
   * @param kind what to do
   * @param actor who must do it
   * @param within how long it may take
   * @return the action
   */
  public static RequiredAction of(ActionKind kind, Role actor, DayCount within) {
    return new RequiredAction(kind, actor, List.of(), within);
  }

  /**
   * Returns this action due on a date: the deadline counted from {@code firedOn}.
   *
   * @param firedOn the day the rule fired
   * @param calendar the school days
   * @return the dated action, or empty when the due day lies beyond the calendar's terms
   */
  public Option<ActionDue> dueFrom(java.time.LocalDate firedOn, SchoolCalendar calendar) {
    return within.dueFrom(firedOn, calendar).map(due -> new ActionDue(this, due));
  }
}

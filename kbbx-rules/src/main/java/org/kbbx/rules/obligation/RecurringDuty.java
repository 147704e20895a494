package org.kbbx.rules.obligation;

import io.vavr.control.Option;
import java.time.Month;
import java.util.List;
import java.util.Objects;
import org.kbbx.core.responsibility.Role;

/**
 * A duty that comes back every year (R-OBL-2, R-OBL-3, R-OBL-5): in given months, due by the end
 * of each such month, and/or within a period after each term opens.
 *
 * <p>Examples: HEZHANG_2018's publicity months (February and August, seed 000 四(一)); NATIONAL's
 * school monthly report (every month) and the county's entry into schools within one month of each
 * term start ("四个一").
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param task what is due, not blank
 * @param actor who does it, not null
 * @param recipients to whom it goes, possibly empty; copied
 * @param months the months it is due in (by the month's last day), possibly empty; copied, no
 *     repeats
 * @param afterTermStart the period after each term opening it is due within, if any; at most one
 *     school year (200 school days, 366 days, 52 weeks or 12 months)
 */
public record RecurringDuty(
    String task,
    Role actor,
    List<Role> recipients,
    List<Month> months,
    Option<DayCount> afterTermStart) {

  /** Creates a duty; it needs at least one month or a term-start period. */
  public RecurringDuty {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(actor, "actor");
    recipients = List.copyOf(Objects.requireNonNull(recipients, "recipients"));
    months = List.copyOf(Objects.requireNonNull(months, "months"));
    Objects.requireNonNull(afterTermStart, "afterTermStart");
    if (task.isBlank()) {
      throw new IllegalArgumentException("Invalid task: must not be blank");
    }
    if (months.isEmpty() && afterTermStart.isEmpty()) {
      throw new IllegalArgumentException("Invalid duty '" + task
          + "': no months and no term-start period (valid values: 1 to 12 months or a period)");
    }
    if (months.stream().distinct().count() != months.size()) {
      throw new IllegalArgumentException(
          "Invalid duty '" + task + "': a month is repeated " + months);
    }
    afterTermStart.forEach(d -> checkWithinSchoolYear("afterTermStart", d));
  }

  /**
   * Returns a duty due in each of {@code months}.
   *
   * @param task what is due, not blank
   * @param actor who does it, not null
   * @param recipients to whom, possibly empty
   * @param months the months, not empty
   * @return the duty
   */
  public static RecurringDuty inMonths(
      String task, Role actor, List<Role> recipients, Month... months) {
    return new RecurringDuty(task, actor, recipients, List.of(months), Option.none());
  }

  /**
   * Returns a duty due within {@code within} after each term opening.
   *
   * @param task what is due, not blank
   * @param actor who does it, not null
   * @param recipients to whom, possibly empty
   * @param within the period, at most one school year
   * @return the duty
   */
  public static RecurringDuty afterEachTermStart(
      String task, Role actor, List<Role> recipients, DayCount within) {
    return new RecurringDuty(task, actor, recipients, List.of(), Option.some(within));
  }

  /**
   * Checks that a period is at most one school year: 200 school days, 366 days, 52 weeks or 12
   * months (R-PROF-5).
   *
   * @param what the setting's name, for the message
   * @param d the period, not null
   * @throws IllegalArgumentException with the range when it is longer
   */
  static void checkWithinSchoolYear(String what, DayCount d) {
    int max = switch (d.unit()) {
      case SCHOOL_DAYS -> 200;
      case CALENDAR_DAYS -> 366;
      case WEEKS -> 52;
      case MONTHS -> 12;
    };
    if (d.amount() > max) {
      throw new IllegalArgumentException("Invalid value for " + what + " (valid values 0 to " + max
          + " " + d.unit().chineseLabel() + "): " + d.amount());
    }
  }
}

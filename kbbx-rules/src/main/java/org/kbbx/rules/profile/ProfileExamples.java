package org.kbbx.rules.profile;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import org.kbbx.rules.escalation.AbsenceEscalation;
import org.kbbx.rules.escalation.Alert;
import org.kbbx.rules.escalation.EscalationInput;
import org.kbbx.rules.escalation.EscalationLedger;
import org.kbbx.rules.escalation.MarkKind;
import org.kbbx.rules.obligation.SchoolDays;

/**
 * Runs a profile's own examples (R-PROF-3) through the escalation engine.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProfileExamples {

  /** The examples' calendar: every Monday–Friday is a school day, no holidays. */
  public static final SchoolDays WEEKDAYS =
      date -> date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;

  private static final org.kbbx.core.id.StudentId STUDENT = org.kbbx.core.id.StudentId.of("EXAMPLE");

  private ProfileExamples() {}

  /**
   * Runs every example of {@code profile} and lists the ones that fail.
   *
   * @param profile the effective profile, not null
   * @return one message per unmet expectation; empty when every example holds
   */
  public static Seq<String> failures(EffectiveProfile profile) {
    Objects.requireNonNull(profile, "profile");
    Seq<String> failures = Vector.empty();
    for (ProfileExample example : profile.examples()) {
      Seq<Alert> alerts = run(profile, example);
      for (ExpectedAlert expected : example.expected()) {
        Seq<LocalDate> fired = alerts.filter(a -> a.code() == expected.code()).map(Alert::on);
        boolean met = expected.on().isPresent()
            ? fired.headOption().contains(expected.on().get())
            : fired.isEmpty();
        if (!met) {
          failures = failures.append(profile.id() + ": " + example.description() + ": expected "
              + expected.code() + " " + expected.on().map(Object::toString).orElse("never")
              + " but it fired on " + (fired.isEmpty() ? "no day" : fired.mkString(", ")));
        }
      }
    }
    return failures;
  }

  /**
   * Runs one example and returns every alert raised, in order.
   *
   * @param profile the effective profile, not null
   * @param example the example, not null
   * @return the alerts
   */
  public static Seq<Alert> run(EffectiveProfile profile, ProfileExample example) {
    EscalationLedger ledger =
        EscalationLedger.empty(AbsenceEscalation.of(profile.escalationRules(), WEEKDAYS));
    Seq<Alert> alerts = Vector.empty();
    LocalDate day = example.firstAbsence();
    int absent = 0;
    while (absent < example.absentSchoolDays()) {
      if (WEEKDAYS.isSchoolDay(day)) {
        var fed = ledger.feed(day, java.util.List.of(
            new EscalationInput.Mark(STUDENT, day, MarkKind.ABSENT_WITHOUT_REASON)));
        alerts = alerts.appendAll(fed.alerts());
        ledger = fed.ledger();
        absent++;
      }
      day = day.plusDays(1);
    }
    LocalDate end = example.firstAbsence().plusMonths(ProfileExample.FOLLOW_MONTHS);
    for (LocalDate d = day; !d.isAfter(end); d = d.plusDays(1)) {
      var advanced = ledger.advanceTo(d);
      alerts = alerts.appendAll(advanced.alerts());
      ledger = advanced.ledger();
    }
    return alerts;
  }
}

package org.kbbx.rules.profile;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.time.LocalDate;
import java.util.Objects;
import org.kbbx.core.time.SchoolCalendar;
import org.kbbx.core.time.Term;
import org.kbbx.rules.accountability.AccountabilityEvaluation;
import org.kbbx.rules.escalation.AbsenceEscalation;
import org.kbbx.rules.escalation.Alert;
import org.kbbx.rules.escalation.EscalationInput;
import org.kbbx.rules.escalation.EscalationLedger;
import org.kbbx.rules.escalation.MarkKind;
import org.kbbx.rules.obligation.Duties;
import org.kbbx.rules.obligation.DutyExample;
import org.kbbx.rules.obligation.ObligationCalendar;

/**
 * Runs a profile's own examples (R-PROF-3) through the escalation engine.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProfileExamples {

  /** The first day {@link #WEEKDAYS} knows: 2015-09-01. */
  public static final LocalDate WEEKDAYS_FROM = LocalDate.of(2015, 9, 1);

  /** The last day {@link #WEEKDAYS} knows: 2041-08-31. */
  public static final LocalDate WEEKDAYS_TO = LocalDate.of(2041, 8, 31);

  /**
   * The examples' calendar: every Monday–Friday from {@link #WEEKDAYS_FROM} to {@link
   * #WEEKDAYS_TO} (both included) is a school day, without holidays or vacations; each school year
   * is an autumn term (1 September to the end of February) and a spring term (1 March to 31
   * August). Outside that span there are no school days.
   */
  public static final SchoolCalendar WEEKDAYS = weekdays();

  private static final org.kbbx.core.id.StudentId STUDENT =
      org.kbbx.core.id.StudentId.of("EXAMPLE");

  private ProfileExamples() {}

  private static SchoolCalendar weekdays() {
    SchoolCalendar.Builder b = SchoolCalendar.builder();
    for (LocalDate autumn = WEEKDAYS_FROM;
        autumn.isBefore(WEEKDAYS_TO);
        autumn = autumn.plusYears(1)) {
      LocalDate spring = autumn.withMonth(3).plusYears(1).withDayOfMonth(1);
      b.term(Term.autumn(autumn, spring.minusDays(1)));
      b.term(Term.spring(spring, autumn.plusYears(1).minusDays(1)));
    }
    return b.build();
  }

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
        boolean met = expected.on().isDefined()
            ? fired.headOption().contains(expected.on().get())
            : fired.isEmpty();
        if (!met) {
          failures = failures.append(profile.id() + ": " + example.description() + ": expected "
              + expected.code() + " " + expected.on().map(Object::toString).getOrElse("never")
              + " but it fired on " + (fired.isEmpty() ? "no day" : fired.mkString(", ")));
        }
      }
    }
    return failures
        .appendAll(dutyFailures(profile))
        .appendAll(organisationFailures(profile))
        .appendAll(accountabilityFailures(profile));
  }

  // --- R-OBL-1..5 duties (obligations block) ---
  /**
   * Runs the duty examples (R-PROF-3) of {@code profile}'s own {@code duties} setting on {@link
   * #WEEKDAYS}, with nothing done, and lists the ones whose overdue obligations differ.
   *
   * @param profile the effective profile, not null
   * @return one message per failing example; empty when every example holds or the setting is
   *     inherited
   */
  public static Seq<String> dutyFailures(EffectiveProfile profile) {
    Objects.requireNonNull(profile, "profile");
    Seq<String> failures = Vector.empty();
    if (!profile.duties().fromProfile().equals(profile.id())) {
      return failures;
    }
    Duties duties = profile.duties().value();
    ObligationCalendar calendar = ObligationCalendar.of(profile.obligationRules(), WEEKDAYS);
    for (DutyExample example : duties.examples()) {
      java.util.Set<String> overdue = new java.util.TreeSet<>(ObligationCalendar.findingsAt(
              example.asOf(),
              calendar.dutiesDue(duties, example.from(), example.asOf().toLocalDate()),
              java.util.List.of())
          .map(f -> f.obligation().id())
          .toJavaList());
      java.util.Set<String> expected = new java.util.TreeSet<>(example.overdue());
      if (!overdue.equals(expected)) {
        failures = failures.append(profile.id() + ": " + example.description()
            + ": expected overdue " + expected + " but found " + overdue);
      }
    }
    return failures;
  }
  // --- end R-OBL-1..5 duties ---

  /**
   * Runs the organisation examples (R-PROF-3) of {@code profile}'s own {@code organisation}
   * setting (R-RC-11) through {@link org.kbbx.core.responsibility.OrganisationBuilder} and the
   * coverage check, and lists the ones that do not hold.
   *
   * @param profile the effective profile, not null
   * @return one message per failing example; empty when every example holds or the setting is
   *     inherited
   */
  public static Seq<String> organisationFailures(EffectiveProfile profile) {
    Objects.requireNonNull(profile, "profile");
    if (!profile.organisation().fromProfile().equals(profile.id())) {
      return Vector.empty();
    }
    return OrganisationExamples.failures(profile);
  }

  /**
   * Runs the accountability examples (R-PROF-3) of {@code profile} through {@link
   * AccountabilityEvaluation} with the profile's effective accountability rules (R-RC-9, R-RC-16,
   * R-RC-17), and lists the ones whose firings differ from the expected ones.
   *
   * @param profile the effective profile, not null
   * @return one message per failing example; empty when every example holds
   */
  public static Seq<String> accountabilityFailures(EffectiveProfile profile) {
    Objects.requireNonNull(profile, "profile");
    Seq<String> failures = Vector.empty();
    for (AccountabilityExample example : profile.accountabilityExamples()) {
      var evaluated = AccountabilityEvaluation.evaluate(
          profile.accountability().value(), example.results(), example.year());
      if (evaluated.isInvalid()) {
        failures = failures.append(profile.id() + ": " + example.description()
            + ": the results are rejected: " + evaluated.getError().mkString("; "));
        continue;
      }
      Seq<AccountabilityExample.Fires> fired = evaluated
          .get()
          .map(rule -> new AccountabilityExample.Fires(rule.rule().code(), rule.unit()));
      java.util.Map<AccountabilityExample.Fires, Integer> balance = new java.util.HashMap<>();
      fired.forEach(f -> balance.merge(f, 1, Integer::sum));
      example.fires().forEach(f -> balance.merge(f, -1, Integer::sum));
      if (balance.values().stream().anyMatch(count -> count != 0)) {
        failures = failures.append(profile.id() + ": " + example.description() + ": expected "
            + (example.fires().isEmpty() ? "nothing to fire" : example.fires())
            + " but " + (fired.isEmpty() ? "nothing fired" : "fired " + fired.toJavaList()));
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
        var fed = ledger.feed(
            day,
            java.util.List.of(
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

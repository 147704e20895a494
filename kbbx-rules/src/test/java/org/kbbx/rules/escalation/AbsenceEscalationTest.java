package org.kbbx.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.status.EventType;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.core.time.SchoolCalendar;
import org.kbbx.rules.obligation.TestCalendar;

class AbsenceEscalationTest {

  static final org.kbbx.core.id.StudentId S = org.kbbx.core.id.StudentId.of("S1");

  /** Runs a single student through the inputs, then advances to {@code asOf}. */
  static Run run(
      EscalationRules rules,
      SchoolCalendar calendar,
      List<EscalationInput> inputs,
      LocalDate asOf) {
    EscalationLedger ledger = EscalationLedger.empty(AbsenceEscalation.of(rules, calendar));
    Seq<Alert> alerts = Vector.empty();
    Seq<StatusEvent> events = Vector.empty();
    for (EscalationInput input : inputs) {
      var day = ledger.advanceTo(input.date().minusDays(1));
      alerts = alerts.appendAll(day.alerts());
      events = events.appendAll(day.events());
      var fed = day.ledger().feed(input.date(), List.of(input));
      assertThat(fed.rejections()).isEmpty();
      alerts = alerts.appendAll(fed.alerts());
      events = events.appendAll(fed.events());
      ledger = fed.ledger();
    }
    var last = ledger.advanceTo(asOf);
    return new Run(
        last.ledger().state(S), alerts.appendAll(last.alerts()), events.appendAll(last.events()));
  }

  record Run(StudentEscalation state, Seq<Alert> alerts, Seq<StatusEvent> events) {
    LocalDate eventOn(EventType kind) {
      return events.find(e -> e.type() == kind).map(StatusEvent::effectiveDate).getOrNull();
    }

    LocalDate alertOn(AlertCode code) {
      return alerts.find(a -> a.code() == code).map(Alert::on).getOrNull();
    }
  }

  static List<EscalationInput> absentOnSchoolDays(SchoolCalendar calendar, LocalDate from, int n) {
    List<EscalationInput> inputs = new ArrayList<>();
    LocalDate d = from;
    while (inputs.size() < n) {
      if (calendar.isSchoolDay(d)) {
        inputs.add(new EscalationInput.Mark(S, d, MarkKind.ABSENT_WITHOUT_REASON));
      }
      d = d.plusDays(1);
    }
    return inputs;
  }

  @Test
  @Tag("R-ABS-1")
  @Tag("R-ABS-2")
  void goldenWeekMakeUpDaysCountAndHolidaysNeitherCountNorReset() {
    // R-ABS-1 / R-ABS-2, Golden Week 2023 under XX_COUNTY_2023-like rules (more than 5 → 6th).
    // Absent from Mon 2023-09-25: 25, 26, 27, 28 are school days 1–4; 09-29 … 10-06 are the
    // national holiday (neither count nor reset); Sat 10-07 and Sun 10-08 are make-up school days
    // 5 and 6. So the 6th school day, and the suspected date, is Sunday 2023-10-08.
    SchoolCalendar calendar = TestCalendar.autumn2023();
    Run run = run(
        Rules.xxCountyLike(),
        calendar,
        absentOnSchoolDays(calendar, LocalDate.of(2023, 9, 25), 6),
        LocalDate.of(2023, 10, 8));
    assertThat(run.eventOn(EventType.MARK_SUSPECTED)).isEqualTo("2023-10-08");
    assertThat(run.state().status()).isEqualTo(EscalationStatus.SUSPECTED_DROPOUT);
  }

  @Test
  @Tag("R-ABS-3")
  void automaticDropoutOnSuspectedDatePlusOneMonthPlusOneDay() {
    // Weekdays: absent Mon 2023-10-02 … Mon 2023-10-09 → 6th school day 10-09 → suspected;
    // no return → dropped out on 2023-11-10.
    SchoolCalendar calendar = TestCalendar.weekdays();
    Run run = run(
        Rules.xxCountyLike(),
        calendar,
        absentOnSchoolDays(calendar, LocalDate.of(2023, 10, 2), 6),
        LocalDate.of(2023, 12, 31));
    assertThat(run.eventOn(EventType.MARK_SUSPECTED)).isEqualTo("2023-10-09");
    assertThat(run.eventOn(EventType.AUTOMATIC_DROPOUT)).isEqualTo("2023-11-10");
    assertThat(run.state().status()).isEqualTo(EscalationStatus.DROPPED_OUT);
  }

  @Test
  @Tag("R-ABS-3")
  void noDropoutTheDayBeforeTheDueDate() {
    SchoolCalendar calendar = TestCalendar.weekdays();
    Run run = run(
        Rules.xxCountyLike(),
        calendar,
        absentOnSchoolDays(calendar, LocalDate.of(2023, 10, 2), 6),
        LocalDate.of(2023, 11, 9));
    assertThat(run.eventOn(EventType.AUTOMATIC_DROPOUT)).isNull();
  }

  @Test
  @Tag("R-ABS-3")
  void confirmationRequiredRaisesAlertOnceAndKeepsSuspected() {
    SchoolCalendar calendar = TestCalendar.weekdays();
    EscalationRules hezhangLike =
        Rules.of(3, Comparison.REACHES, DropoutMode.CONFIRMATION_REQUIRED);
    Run run = run(
        hezhangLike,
        calendar,
        absentOnSchoolDays(calendar, LocalDate.of(2023, 10, 2), 3),
        LocalDate.of(2024, 3, 1));
    assertThat(run.eventOn(EventType.MARK_SUSPECTED)).isEqualTo("2023-10-04");
    assertThat(run.eventOn(EventType.AUTOMATIC_DROPOUT)).isNull();
    assertThat(run.alerts().filter(a -> a.code() == AlertCode.DROPOUT_CONFIRMATION_REQUIRED))
        .hasSize(1);
    assertThat(run.alertOn(AlertCode.DROPOUT_CONFIRMATION_REQUIRED)).isEqualTo("2023-11-05");
    assertThat(run.state().status()).isEqualTo(EscalationStatus.SUSPECTED_DROPOUT);

    List<EscalationInput> withConfirmation =
        new ArrayList<>(absentOnSchoolDays(calendar, LocalDate.of(2023, 10, 2), 3));
    withConfirmation.add(new EscalationInput.DropoutConfirmation(S, LocalDate.of(2023, 11, 6)));
    Run confirmed = run(hezhangLike, calendar, withConfirmation, LocalDate.of(2024, 3, 1));
    // The confirmation is the caller's own status event: nothing is derived for it.
    assertThat(confirmed.events())
        .extracting(StatusEvent::type)
        .containsExactly(EventType.MARK_SUSPECTED);
    assertThat(confirmed.state().status()).isEqualTo(EscalationStatus.DROPPED_OUT);
  }

  @Test
  @Tag("R-ABS-2")
  void reachesThreeMeansSuspectedOnTheThirdSchoolDay() {
    SchoolCalendar calendar = TestCalendar.weekdays();
    Run run = run(
        Rules.of(3, Comparison.REACHES, DropoutMode.CONFIRMATION_REQUIRED),
        calendar,
        absentOnSchoolDays(calendar, LocalDate.of(2023, 9, 4), 3),
        LocalDate.of(2023, 9, 6));
    assertThat(run.eventOn(EventType.MARK_SUSPECTED)).isEqualTo("2023-09-06");
  }

  @Test
  @Tag("R-ABS-2")
  void firstDayContactAndTwoDayHomeVisitWithoutStatusChange() {
    SchoolCalendar calendar = TestCalendar.weekdays();
    Run run = run(
        Rules.xxCountyLike(),
        calendar,
        absentOnSchoolDays(calendar, LocalDate.of(2023, 9, 4), 2),
        LocalDate.of(2023, 9, 5));
    assertThat(run.alertOn(AlertCode.FIRST_DAY_CONTACT)).isEqualTo("2023-09-04");
    assertThat(run.alertOn(AlertCode.HOME_VISIT_REQUIRED)).isEqualTo("2023-09-05");
    Alert visit =
        run.alerts().find(a -> a.code() == AlertCode.HOME_VISIT_REQUIRED).get();
    assertThat(visit.actions().get(0).due()).isEqualTo("2023-09-06");
    assertThat(run.events()).isEmpty();
    assertThat(run.state().status()).isEqualTo(EscalationStatus.ATTENDING);
  }

  @Test
  @Tag("R-ABS-1")
  void unmarkedSchoolDayIsAttendedAndResetsTheStreak() {
    SchoolCalendar calendar = TestCalendar.weekdays();
    List<EscalationInput> inputs =
        new ArrayList<>(absentOnSchoolDays(calendar, LocalDate.of(2023, 9, 4), 5)); // Mon–Fri
    // Mon 09-11 unmarked → attended; Tue 09-12 absent starts a new streak of 1.
    inputs.add(
        new EscalationInput.Mark(S, LocalDate.of(2023, 9, 12), MarkKind.ABSENT_WITHOUT_REASON));
    Run run = run(Rules.xxCountyLike(), calendar, inputs, LocalDate.of(2023, 9, 12));
    assertThat(run.state().streakLength()).isEqualTo(1);
    assertThat(run.events()).isEmpty();
  }

  @Test
  @Tag("R-ABS-1")
  void approvedLeaveNeitherCountsNorResets() {
    SchoolCalendar calendar = TestCalendar.weekdays();
    List<EscalationInput> inputs = new ArrayList<>(
        absentOnSchoolDays(calendar, LocalDate.of(2023, 9, 4), 5)); // Mon–Fri, streak 5
    inputs.add(new EscalationInput.Mark(S, LocalDate.of(2023, 9, 11), MarkKind.EXCUSED));
    inputs.add(new EscalationInput.Mark(S, LocalDate.of(2023, 9, 12), MarkKind.EXCUSED));
    inputs.add(
        new EscalationInput.Mark(S, LocalDate.of(2023, 9, 13), MarkKind.ABSENT_WITHOUT_REASON));
    Run run = run(Rules.xxCountyLike(), calendar, inputs, LocalDate.of(2023, 9, 13));
    assertThat(run.eventOn(EventType.MARK_SUSPECTED)).isEqualTo("2023-09-13");
  }

  @Test
  @Tag("R-ABS-1")
  void presentMarkResetsTheStreak() {
    SchoolCalendar calendar = TestCalendar.weekdays();
    List<EscalationInput> inputs =
        new ArrayList<>(absentOnSchoolDays(calendar, LocalDate.of(2023, 9, 4), 5));
    inputs.add(new EscalationInput.Mark(S, LocalDate.of(2023, 9, 11), MarkKind.PRESENT));
    Run run = run(Rules.xxCountyLike(), calendar, inputs, LocalDate.of(2023, 9, 11));
    assertThat(run.state().streakLength()).isZero();
  }

  @Test
  @Tag("R-ABS-4")
  void onlyAnExplicitReturnBringsASuspectedStudentBack() {
    SchoolCalendar calendar = TestCalendar.weekdays();
    List<EscalationInput> inputs = new ArrayList<>(
        absentOnSchoolDays(calendar, LocalDate.of(2023, 10, 2), 6)); // suspected 10-09
    inputs.add(new EscalationInput.Mark(S, LocalDate.of(2023, 10, 10), MarkKind.PRESENT));
    Run present = run(Rules.xxCountyLike(), calendar, inputs, LocalDate.of(2023, 10, 20));
    assertThat(present.alertOn(AlertCode.PRESENT_WHILE_SUSPECTED)).isEqualTo("2023-10-10");
    assertThat(present.state().status()).isEqualTo(EscalationStatus.SUSPECTED_DROPOUT);

    inputs.add(new EscalationInput.Return(S, LocalDate.of(2023, 10, 23)));
    Run returned = run(Rules.xxCountyLike(), calendar, inputs, LocalDate.of(2023, 12, 31));
    assertThat(returned.events())
        .extracting(StatusEvent::type)
        .containsExactly(EventType.MARK_SUSPECTED);
    assertThat(returned.eventOn(EventType.AUTOMATIC_DROPOUT)).isNull();
    assertThat(returned.state().status()).isEqualTo(EscalationStatus.ATTENDING);
    assertThat(returned.state().streakLength()).isZero();
  }

  @Test
  @Tag("R-SM-2")
  void nullAndOutOfOrderInputsAreTypedRejections() {
    AbsenceEscalation engine = AbsenceEscalation.of(Rules.xxCountyLike(), TestCalendar.weekdays());
    assertThat(engine.apply(null, null).getLeft().code().name()).isEqualTo("ESC_NULL_INPUT");
    StudentEscalation later = engine
        .apply(
            null,
            new EscalationInput.Mark(S, LocalDate.of(2023, 9, 5), MarkKind.ABSENT_WITHOUT_REASON))
        .get()
        .state();
    assertThat(engine
            .apply(
                later,
                new EscalationInput.Mark(
                    S, LocalDate.of(2023, 9, 4), MarkKind.ABSENT_WITHOUT_REASON))
            .getLeft()
            .code()
            .name())
        .isEqualTo("ESC_OUT_OF_ORDER");
    assertThat(engine
            .apply(later, new EscalationInput.Return(S, LocalDate.of(2023, 9, 6)))
            .getLeft()
            .code()
            .name())
        .isEqualTo("ESC_NOT_APPLICABLE");
  }

  @Test
  @Tag("R-SM-2")
  void ledgerRejectsInputsOfAnotherDayAndKeepsOtherStudentsUntouched() {
    EscalationLedger ledger =
        EscalationLedger.empty(AbsenceEscalation.of(Rules.xxCountyLike(), TestCalendar.weekdays()));
    var fed = ledger.feed(
        LocalDate.of(2023, 9, 4),
        List.of(
            new EscalationInput.Mark(
                org.kbbx.core.id.StudentId.of("A"),
                LocalDate.of(2023, 9, 4),
                MarkKind.ABSENT_WITHOUT_REASON),
            new EscalationInput.Mark(
                org.kbbx.core.id.StudentId.of("B"),
                LocalDate.of(2023, 9, 5),
                MarkKind.ABSENT_WITHOUT_REASON)));
    assertThat(fed.rejections())
        .extracting(problem -> problem.code().name())
        .containsExactly("ESC_WRONG_DAY");
    assertThat(fed.ledger().state(org.kbbx.core.id.StudentId.of("A")).streakLength())
        .isEqualTo(1);
    assertThat(fed.ledger().state(org.kbbx.core.id.StudentId.of("B")))
        .isEqualTo(StudentEscalation.attending());
    assertThat(fed.ledger().pendingDropouts()).isZero();
  }
}

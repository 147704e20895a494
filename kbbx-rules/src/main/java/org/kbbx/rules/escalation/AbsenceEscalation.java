package org.kbbx.rules.escalation;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.status.EventType;
import org.kbbx.core.time.SchoolCalendar;

/**
 * The absence-escalation engine for one jurisdiction's rules and one school calendar
 * (R-ABS-1..4).
 *
 * <p>Per student it keeps a {@link StudentEscalation} and takes one dated input at a time, so
 * feeding one more day costs only the students with an input that day (see {@link
 * EscalationLedger}). Semantics:
 *
 * <ul>
 *   <li>R-ABS-1: consecutive school days absent without reason form a streak; a school day the
 *       student attended (an explicit present mark, or a school day without any mark while
 *       attending) ends it; excused days (approved leave, suspension), weekends and holidays
 *       neither count nor end it; a make-up day is a school day and counts.
 *   <li>R-ABS-2: each trigger fires on the day the streak reaches its firing length; the
 *       suspected trigger also derives a {@code MARK_SUSPECTED} status event on that
 *       day.
 *   <li>R-ABS-3: {@link #advance} fires the dropout rule at {@link DropoutRule#dueAfter}: an
 *       automatic dropout event, or a confirmation-required alert.
 *   <li>R-ABS-4: while suspected or dropped out, only a {@link EscalationInput.Return} brings the
 *       student back; a present mark then is a {@link AlertCode#PRESENT_WHILE_SUSPECTED} finding.
 * </ul>
 *
 * <p>Every method is total: a null or out-of-order input is a typed {@link EscalationRejection}.
 * This class is immutable and thread-safe.
 */
public final class AbsenceEscalation {

  /** The state of a student the caller has no state for; a record, so sharing it is safe. */
  private static final StudentEscalation ATTENDING = StudentEscalation.attending();

  private final EscalationRules rules;
  private final SchoolCalendar calendar;

  private AbsenceEscalation(EscalationRules rules, SchoolCalendar calendar) {
    this.rules = rules;
    this.calendar = calendar;
  }

  /**
   * Returns an engine for these rules and this calendar.
   *
   * @param rules the resolved rules, not null
   * @param calendar the school days, not null
   * @return the engine
   */
  public static AbsenceEscalation of(EscalationRules rules, SchoolCalendar calendar) {
    return new AbsenceEscalation(
        Objects.requireNonNull(rules, "rules"), Objects.requireNonNull(calendar, "calendar"));
  }

  /**
   * Returns the rules this engine applies.
   *
   * @return the rules
   */
  public EscalationRules rules() {
    return rules;
  }

  /**
   * Returns the calendar this engine counts on.
   *
   * @return the calendar
   */
  public SchoolCalendar calendar() {
    return calendar;
  }

  /**
   * Takes one input for a student in state {@code state}.
   *
   * @param state the student's state, null treated as {@link StudentEscalation#attending()}
   * @param input the input; null or out-of-order inputs are rejected
   * @return the step, or the reason the input was not taken
   */
  public Either<EscalationRejection, EscalationStep> apply(
      StudentEscalation state, EscalationInput input) {
    return apply(state, input, null);
  }

  /**
   * {@link #apply(StudentEscalation, EscalationInput)} for a caller that feeds many inputs of one
   * day: {@code day} is {@code Option.some(input.date())} made once for all of them, or null.
   */
  Either<EscalationRejection, EscalationStep> apply(
      StudentEscalation state, EscalationInput input, Option<LocalDate> day) {
    StudentEscalation current = state == null ? ATTENDING : state;
    if (input == null) {
      return Either.left(new EscalationRejection.NullInput());
    }
    if (current.lastInput().isDefined()
        && input.date().isBefore(current.lastInput().get())) {
      return Either.left(
          new EscalationRejection.OutOfOrder(input, current.lastInput().get()));
    }
    Option<LocalDate> taken = stampOf(current, input.date(), day);
    if (input instanceof EscalationInput.Mark) {
      return Either.right(mark(current, taken, (EscalationInput.Mark) input));
    }
    StudentEscalation stamped =
        new StudentEscalation(current.status(), current.streak(), current.suspectedOn(), taken);
    if (input instanceof EscalationInput.Return) {
      if (stamped.status() == EscalationStatus.ATTENDING) {
        return Either.left(new EscalationRejection.NotApplicable(input, stamped.status()));
      }
      StudentEscalation back = new StudentEscalation(
          EscalationStatus.ATTENDING, Option.none(), Option.none(), stamped.lastInput());
      return Either.right(EscalationStep.quiet(back));
    }
    if (stamped.status() != EscalationStatus.SUSPECTED_DROPOUT) {
      return Either.left(new EscalationRejection.NotApplicable(input, stamped.status()));
    }
    StudentEscalation dropped = new StudentEscalation(
        EscalationStatus.DROPPED_OUT, stamped.streak(), stamped.suspectedOn(), stamped.lastInput());
    return Either.right(EscalationStep.quiet(dropped));
  }

  /**
   * Returns the day the dropout rule fires for a student in {@code state}, if it is pending.
   *
   * @param state the student's state; null is treated as attending (nothing due)
   * @return the due day while suspected, else empty
   */
  public Option<LocalDate> dropoutDue(StudentEscalation state) {
    if (state == null || state.status() != EscalationStatus.SUSPECTED_DROPOUT) {
      return Option.none();
    }
    return state.suspectedOn().map(rules.dropout()::dueAfter);
  }

  /**
   * Applies the time-based dropout rule (R-ABS-3) as of the end of {@code asOf}.
   *
   * <p>A student suspected on {@code s} and not returned is, under an automatic rule, dropped out
   * on {@code s + months + 1 day}; under a confirmation rule, an alert asks for the confirmation on
   * that day and the student stays suspected. A return dated on the due day itself prevents it
   * (inputs of a day are taken before its end).
   *
   * @param studentId the student; null is rejected ({@code ESC_NULL_ARGUMENT})
   * @param state the student's state, null treated as attending
   * @param asOf the day whose end is reached; null is rejected ({@code ESC_NULL_ARGUMENT})
   * @return the step (quiet when nothing is due), or why the call was not taken (R-SM-2)
   */
  public Either<EscalationRejection, EscalationStep> advance(
      StudentId studentId, StudentEscalation state, LocalDate asOf) {
    if (studentId == null || asOf == null) {
      return Either.left(
          new EscalationRejection.NullArgument(studentId == null ? "studentId" : "asOf"));
    }
    return Either.right(step(studentId, state, asOf));
  }

  /** {@link #advance} for arguments known not to be null. */
  EscalationStep step(StudentId studentId, StudentEscalation state, LocalDate asOf) {
    StudentEscalation current = state == null ? ATTENDING : state;
    Option<LocalDate> due = dropoutDue(current);
    if (due.isEmpty() || due.get().isAfter(asOf)) {
      return EscalationStep.quiet(current);
    }
    LocalDate on = due.get();
    if (rules.dropout().mode() == DropoutMode.AUTOMATIC) {
      StudentEscalation dropped = new StudentEscalation(
          EscalationStatus.DROPPED_OUT,
          current.streak(),
          current.suspectedOn(),
          current.lastInput());
      return new EscalationStep(
          dropped,
          Vector.of(alert(studentId, on, AlertCode.AUTO_DROPOUT, rules.dropout().actions())),
          Vector.of(EscalationStep.derived(studentId, on, EventType.AUTOMATIC_DROPOUT)));
    }
    // Confirmation required: the student stays suspected; clearing the pending date raises the
    // alert exactly once.
    StudentEscalation waiting = new StudentEscalation(
        EscalationStatus.SUSPECTED_DROPOUT, current.streak(), Option.none(), current.lastInput());
    return new EscalationStep(
        waiting,
        Vector.of(alert(
            studentId,
            on,
            AlertCode.DROPOUT_CONFIRMATION_REQUIRED,
            rules.dropout().actions())),
        Vector.empty());
  }

  /**
   * The {@code lastInput} after taking an input dated {@code date}: the current one or {@code day}
   * when equal (no new Option), else a new one.
   */
  private static Option<LocalDate> stampOf(
      StudentEscalation current, LocalDate date, Option<LocalDate> day) {
    Option<LocalDate> last = current.lastInput();
    if (last.isDefined() && last.get().equals(date)) {
      return last;
    }
    return day != null && day.get().equals(date) ? day : Option.some(date);
  }

  /**
   * Takes a mark for a student in {@code current}; {@code taken} is the new {@code lastInput}. The
   * common paths (a streak extended, an excused day) build only the new state.
   */
  private EscalationStep mark(
      StudentEscalation current, Option<LocalDate> taken, EscalationInput.Mark mark) {
    LocalDate day = mark.date();
    boolean schoolDay = calendar.isSchoolDay(day);
    if (current.status() != EscalationStatus.ATTENDING) {
      StudentEscalation state = stamped(current, current.streak(), taken);
      if (mark.kind() == MarkKind.PRESENT && schoolDay) {
        return new EscalationStep(
            state,
            Vector.of(alert(
                mark.studentId(), day, AlertCode.PRESENT_WHILE_SUSPECTED, java.util.List.of())),
            Vector.empty());
      }
      return EscalationStep.quiet(state);
    }
    if (!schoolDay) {
      StudentEscalation state = stamped(current, current.streak(), taken);
      if (mark.kind() == MarkKind.ABSENT_WITHOUT_REASON) {
        return new EscalationStep(
            state,
            Vector.of(alert(
                mark.studentId(), day, AlertCode.ABSENCE_ON_NON_SCHOOL_DAY, java.util.List.of())),
            Vector.empty());
      }
      return EscalationStep.quiet(state);
    }
    switch (mark.kind()) {
      case PRESENT:
        return EscalationStep.quiet(stamped(current, Option.none(), taken));
      case EXCUSED:
        return EscalationStep.quiet(stamped(current, covered(current.streak(), day), taken));
      case ABSENT_WITHOUT_REASON:
        return absent(current, taken, mark.studentId(), day);
      default:
        throw new AssertionError(mark.kind());
    }
  }

  /** The streak after an excused school day: kept (the same instance) or extended, or ended. */
  private Option<Streak> covered(Option<Streak> streak, LocalDate excusedDay) {
    if (streak.isEmpty()) {
      return streak;
    }
    Streak s = streak.get();
    if (!excusedDay.isAfter(s.coveredThrough())) {
      return streak;
    }
    return unbroken(s, excusedDay)
        ? Option.some(new Streak(s.length(), s.lastCounted(), excusedDay))
        : Option.none();
  }

  /** Whether no school day lies strictly between the streak's covered end and {@code day}. */
  private boolean unbroken(Streak streak, LocalDate day) {
    Option<LocalDate> previous = calendar.plusSchoolDays(day, -1);
    return previous.isEmpty() || !previous.get().isAfter(streak.coveredThrough());
  }

  private EscalationStep absent(
      StudentEscalation current, Option<LocalDate> taken, StudentId studentId, LocalDate day) {
    Option<Streak> old = current.streak();
    if (old.isDefined() && !day.isAfter(old.get().coveredThrough())) {
      return EscalationStep.quiet(stamped(current, old, taken));
    }
    int length = old.isDefined() && unbroken(old.get(), day) ? old.get().length() + 1 : 1;
    Option<Streak> streak = Option.some(new Streak(length, day, day));
    Seq<Alert> alerts = Vector.empty();
    if (length == rules.firstContact().firingStreak()) {
      alerts = plus(
          alerts,
          alert(
              studentId, day, AlertCode.FIRST_DAY_CONTACT, rules.firstContact().actions()));
    }
    java.util.List<AbsenceTrigger> visits = rules.homeVisits();
    for (int i = 0; i < visits.size(); i++) {
      if (length == visits.get(i).firingStreak()) {
        alerts = plus(
            alerts,
            alert(studentId, day, AlertCode.HOME_VISIT_REQUIRED, visits.get(i).actions()));
      }
    }
    if (length == rules.suspected().firingStreak()) {
      alerts = plus(
          alerts,
          alert(studentId, day, AlertCode.SUSPECTED_DROPOUT, rules.suspected().actions()));
      StudentEscalation suspected = new StudentEscalation(
          EscalationStatus.SUSPECTED_DROPOUT, streak, Option.some(day), taken);
      return new EscalationStep(
          suspected,
          alerts,
          Vector.of(EscalationStep.derived(studentId, day, EventType.MARK_SUSPECTED)));
    }
    return new EscalationStep(stamped(current, streak, taken), alerts, Vector.empty());
  }

  /** The state with another streak and {@code lastInput}; the same instance when both are. */
  private static StudentEscalation stamped(
      StudentEscalation state, Option<Streak> streak, Option<LocalDate> lastInput) {
    if (streak == state.streak() && lastInput == state.lastInput()) {
      return state;
    }
    return new StudentEscalation(state.status(), streak, state.suspectedOn(), lastInput);
  }

  private static Seq<Alert> plus(Seq<Alert> alerts, Alert alert) {
    return alerts.isEmpty() ? Vector.of(alert) : alerts.append(alert);
  }

  private Alert alert(
      StudentId studentId, LocalDate on, AlertCode code, java.util.List<RequiredAction> actions) {
    if (actions.isEmpty()) {
      return new Alert(studentId, on, code, java.util.List.of());
    }
    if (actions.size() == 1) {
      // An unmodifiable list, so the alert keeps it instead of copying.
      Option<ActionDue> due = actions.get(0).dueFrom(on, calendar);
      java.util.List<ActionDue> list =
          due.isDefined() ? java.util.List.of(due.get()) : java.util.List.of();
      return new Alert(studentId, on, code, list);
    }
    java.util.List<ActionDue> due = new java.util.ArrayList<>(actions.size());
    for (int i = 0; i < actions.size(); i++) {
      actions.get(i).dueFrom(on, calendar).forEach(due::add);
    }
    return new Alert(studentId, on, code, due);
  }
}

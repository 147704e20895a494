package org.kbbx.rules.escalation;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.status.EventType;
import org.kbbx.core.status.StatusEvent;
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
    java.util.List<Alert> alerts = new java.util.ArrayList<>(1);
    java.util.List<StatusEvent> events = new java.util.ArrayList<>(1);
    StudentEscalation after = dropout(studentId, due.get(), alerts, events)
        ? new StudentEscalation(
            EscalationStatus.DROPPED_OUT,
            current.streak(),
            current.suspectedOn(),
            current.lastInput())
        : new StudentEscalation(
            EscalationStatus.SUSPECTED_DROPOUT,
            current.streak(),
            Option.none(),
            current.lastInput());
    return new EscalationStep(after, Vector.ofAll(alerts), Vector.ofAll(events));
  }

  /**
   * The one dropout decision (R-ABS-3), for both forms: raises what the rule raises on its due day
   * {@code on} and answers whether the student is dropped out (automatic rule); otherwise she
   * stays suspected and her pending date is cleared, so the confirmation alert is raised once.
   */
  private boolean dropout(
      StudentId studentId,
      LocalDate on,
      java.util.List<? super Alert> alerts,
      java.util.List<? super StatusEvent> events) {
    // The day's facts keep the due dates: a county day drops out its due students on one day.
    DayFacts day = facts(on);
    if (rules.dropout().mode() == DropoutMode.AUTOMATIC) {
      alerts.add(alert(studentId, on, AlertCode.AUTO_DROPOUT, rules.dropout().actions(), day));
      events.add(EscalationStep.derived(studentId, on, EventType.AUTOMATIC_DROPOUT));
      return true;
    }
    alerts.add(alert(
        studentId, on, AlertCode.DROPOUT_CONFIRMATION_REQUIRED, rules.dropout().actions(), day));
    return false;
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
    java.util.List<Alert> alerts = new java.util.ArrayList<>(0);
    java.util.List<StatusEvent> events = new java.util.ArrayList<>(0);
    StudentEscalation state = markState(current, taken, mark, alerts, events);
    return alerts.isEmpty() && events.isEmpty()
        ? EscalationStep.quiet(state)
        : new EscalationStep(state, Vector.ofAll(alerts), Vector.ofAll(events));
  }

  /**
   * {@link #apply(StudentEscalation, EscalationInput, Option)} for a caller that collects a day's
   * outcomes (the ledger): the state afterwards, its alerts and events added to the lists; null
   * when the input was rejected, the rejection added. A mark builds no step or {@code Either}.
   */
  StudentEscalation take(
      StudentEscalation state,
      EscalationInput input,
      Option<LocalDate> day,
      java.util.List<Alert> alerts,
      java.util.List<StatusEvent> events,
      java.util.List<EscalationRejection> rejections) {
    StudentEscalation current = state == null ? ATTENDING : state;
    if (input instanceof EscalationInput.Mark
        && (current.lastInput().isEmpty()
            || !input.date().isBefore(current.lastInput().get()))) {
      EscalationInput.Mark mark = (EscalationInput.Mark) input;
      return markState(current, stampOf(current, mark.date(), day), mark, alerts, events);
    }
    Either<EscalationRejection, EscalationStep> result = apply(state, input, day);
    if (result.isLeft()) {
      rejections.add(result.getLeft());
      return null;
    }
    result.get().alerts().forEach(alerts::add);
    result.get().events().forEach(events::add);
    return result.get().state();
  }

  /** The state after a mark, what it raises added to the lists: the one decision applied. */
  private StudentEscalation markState(
      StudentEscalation current,
      Option<LocalDate> taken,
      EscalationInput.Mark mark,
      java.util.List<Alert> alerts,
      java.util.List<StatusEvent> events) {
    LocalDate day = mark.date();
    DayFacts facts = facts(day);
    Option<Streak> old = current.streak();
    long outcome = decide(
        current.status(),
        old.isDefined() ? old.get().length() : 0,
        old.isDefined() ? old.get().coveredThrough().toEpochDay() : 0,
        facts,
        mark.kind());
    Option<Streak> streak;
    switch ((int) outcome & STREAK) {
      case KEEP:
        streak = old;
        break;
      case END:
        streak = Option.none();
        break;
      case COVER:
        streak = Option.some(new Streak(old.get().length(), old.get().lastCounted(), day));
        break;
      default:
        streak = Option.some(new Streak((int) (outcome >>> LENGTH_SHIFT), day, day));
        break;
    }
    if ((outcome & RAISES) != 0) {
      raise(outcome, mark.studentId(), facts, alerts, events);
    }
    return (outcome & SUSPECT) != 0
        ? new StudentEscalation(EscalationStatus.SUSPECTED_DROPOUT, streak, Option.some(day), taken)
        : stamped(current, streak, taken);
  }

  /**
   * Takes an attendance mark for a student whose state is held as numbers: the same rules and the
   * same outcome as {@link #apply} with an {@link EscalationInput.Mark} (R-ABS-1, R-ABS-2,
   * R-ABS-4), without building a state, step or option per mark. The alerts and derived status
   * events it raises are added, in the order {@link #apply} gives them, to the caller's lists.
   *
   * <p>The dropout rule (R-ABS-3) is not run here: call {@link #advance(EscalationNumbers,
   * StudentId, LocalDate, java.util.List, java.util.List)} as with the object form.
   *
   * @param state the student's state, changed in place
   * @param studentId the student the alerts and events name
   * @param date the day of the mark
   * @param kind the mark
   * @param alerts receives the alerts raised
   * @param events receives the status events derived
   * @return true if taken; false, with nothing changed, when an argument is null or {@code date}
   *     is before the state's last input ({@link #apply} names the rejection)
   */
  public boolean mark(
      EscalationNumbers state,
      StudentId studentId,
      LocalDate date,
      MarkKind kind,
      java.util.List<? super Alert> alerts,
      java.util.List<? super StatusEvent> events) {
    if (state == null
        || studentId == null
        || date == null
        || kind == null
        || alerts == null
        || events == null) {
      return false;
    }
    DayFacts facts = facts(date);
    if (state.lastInput() != EscalationNumbers.NONE && facts.epochDay < state.lastInput()) {
      return false;
    }
    long outcome =
        decide(state.status(), state.streakLength(), state.coveredThrough(), facts, kind);
    int length = (int) (outcome >>> LENGTH_SHIFT);
    if ((outcome & STREAK) == COUNT && length < 1) {
      return false; // the streak's length overflows; apply rejects it as before
    }
    int day = (int) facts.epochDay;
    switch ((int) outcome & STREAK) {
      case KEEP:
        break;
      case END:
        state.streak(0, EscalationNumbers.NONE, EscalationNumbers.NONE);
        break;
      case COVER:
        state.streak(state.streakLength(), state.lastCounted(), day);
        break;
      default:
        state.streak(length, day, day);
        break;
    }
    if ((outcome & SUSPECT) != 0) {
      state.status(EscalationStatus.SUSPECTED_DROPOUT);
      state.suspectedOn(day);
    }
    state.lastInput(day);
    if ((outcome & RAISES) != 0) {
      raise(outcome, studentId, facts, alerts, events);
    }
    return true;
  }

  /**
   * Applies the time-based dropout rule (R-ABS-3) as of the end of {@code asOf} to a state held
   * as numbers: the same rule and outcome as {@link #advance(StudentId, StudentEscalation,
   * LocalDate)}.
   *
   * @param state the student's state, changed in place
   * @param studentId the student the alerts and events name
   * @param asOf the day whose end is reached
   * @param alerts receives the alerts raised
   * @param events receives the status events derived
   * @return true if taken (also when nothing was due); false, with nothing changed, when an
   *     argument is null
   */
  public boolean advance(
      EscalationNumbers state,
      StudentId studentId,
      LocalDate asOf,
      java.util.List<? super Alert> alerts,
      java.util.List<? super StatusEvent> events) {
    if (state == null || studentId == null || asOf == null || alerts == null || events == null) {
      return false;
    }
    long due = dropoutDueDay(state);
    if (due == EscalationNumbers.NONE || due > asOf.toEpochDay()) {
      return true;
    }
    if (dropout(studentId, LocalDate.ofEpochDay(due), alerts, events)) {
      state.status(EscalationStatus.DROPPED_OUT);
    } else {
      state.suspectedOn(EscalationNumbers.NONE);
    }
    return true;
  }

  /**
   * Returns the epoch day the dropout rule fires for a student whose state is held as numbers, if
   * it is pending: {@link #dropoutDue(StudentEscalation)} in numbers.
   *
   * @param state the student's state; null is treated as attending (nothing due)
   * @return the due epoch day while suspected, else {@link EscalationNumbers#NONE}
   */
  public long dropoutDueDay(EscalationNumbers state) {
    if (state == null
        || state.status() != EscalationStatus.SUSPECTED_DROPOUT
        || state.suspectedOn() == EscalationNumbers.NONE) {
      return EscalationNumbers.NONE;
    }
    return rules.dropout().dueAfter(LocalDate.ofEpochDay(state.suspectedOn())).toEpochDay();
  }

  // What a mark does, decided once on numbers (decide) and applied by both forms: the streak
  // change in the low bits, then flags, then the new length.
  private static final int STREAK = 3;
  private static final int KEEP = 0;
  private static final int END = 1;
  private static final int COVER = 2;
  private static final int COUNT = 3;
  private static final int SUSPECT = 1 << 2;
  private static final int PRESENT_WHILE = 1 << 3;
  private static final int NON_SCHOOL_DAY = 1 << 4;
  /** A counted day: the triggers firing at the new length raise alerts. */
  private static final int FIRES = 1 << 5;

  private static final int RAISES = PRESENT_WHILE | NON_SCHOOL_DAY | FIRES;
  private static final int LENGTH_SHIFT = 32;

  /**
   * The one decision of a mark (R-ABS-1, R-ABS-2, R-ABS-4): what happens to a student with this
   * status and streak ({@code length} 0 for none; {@code covered} its covered epoch day) on a
   * marked day.
   */
  private long decide(
      EscalationStatus status, int length, long covered, DayFacts day, MarkKind kind) {
    if (status != EscalationStatus.ATTENDING) {
      return kind == MarkKind.PRESENT && day.schoolDay ? PRESENT_WHILE : KEEP;
    }
    if (!day.schoolDay) {
      return kind == MarkKind.ABSENT_WITHOUT_REASON ? NON_SCHOOL_DAY : KEEP;
    }
    switch (kind) {
      case PRESENT:
        return END;
      case EXCUSED:
        if (length == 0 || day.epochDay <= covered) {
          return KEEP;
        }
        return day.unbrokenFrom(covered) ? COVER : END;
      case ABSENT_WITHOUT_REASON:
        if (length > 0 && day.epochDay <= covered) {
          return KEEP;
        }
        int next = length > 0 && day.unbrokenFrom(covered) ? length + 1 : 1;
        long out = COUNT | FIRES | ((long) next << LENGTH_SHIFT);
        return next == rules.suspected().firingStreak() ? out | SUSPECT : out;
      default:
        throw new AssertionError(kind);
    }
  }

  /** Raises what a decided mark raises, in order: the same for both forms. */
  private void raise(
      long outcome,
      StudentId studentId,
      DayFacts day,
      java.util.List<? super Alert> alerts,
      java.util.List<? super StatusEvent> events) {
    if ((outcome & PRESENT_WHILE) != 0) {
      alerts.add(
          alert(studentId, day.date, AlertCode.PRESENT_WHILE_SUSPECTED, java.util.List.of()));
      return;
    }
    if ((outcome & NON_SCHOOL_DAY) != 0) {
      alerts.add(
          alert(studentId, day.date, AlertCode.ABSENCE_ON_NON_SCHOOL_DAY, java.util.List.of()));
      return;
    }
    int length = (int) (outcome >>> LENGTH_SHIFT);
    if (length == rules.firstContact().firingStreak()) {
      alerts.add(alert(
          studentId, day.date, AlertCode.FIRST_DAY_CONTACT, rules.firstContact().actions(), day));
    }
    java.util.List<AbsenceTrigger> visits = rules.homeVisits();
    for (int i = 0; i < visits.size(); i++) {
      if (length == visits.get(i).firingStreak()) {
        alerts.add(alert(
            studentId, day.date, AlertCode.HOME_VISIT_REQUIRED, visits.get(i).actions(), day));
      }
    }
    if ((outcome & SUSPECT) != 0) {
      alerts.add(alert(
          studentId, day.date, AlertCode.SUSPECTED_DROPOUT, rules.suspected().actions(), day));
      events.add(EscalationStep.derived(studentId, day.date, EventType.MARK_SUSPECTED));
    }
  }

  /** The facts of the day last asked for; an immutable value, so sharing it is safe. */
  private volatile DayFacts lastDay;

  private DayFacts facts(LocalDate date) {
    DayFacts d = lastDay;
    if (d == null || !d.date.equals(date)) {
      d = new DayFacts(date, calendar);
      lastDay = d;
    }
    return d;
  }

  /**
   * What a mark needs to know about its day, computed once for a day's marks: whether it is a
   * school day, the school day before it, and the due dates of alerts raised on it.
   */
  private static final class DayFacts {
    final LocalDate date;
    final long epochDay;
    final boolean schoolDay;
    /** The epoch day of the last school day before {@code date}, or none. */
    final long previousSchoolDay;

    final boolean hasPrevious;
    /** Per action list (by identity), its due dates from this day. */
    private final Kept[] due = new Kept[8];

    DayFacts(LocalDate date, SchoolCalendar calendar) {
      this.date = date;
      this.epochDay = date.toEpochDay();
      this.schoolDay = calendar.isSchoolDay(date);
      Option<LocalDate> previous = calendar.plusSchoolDays(date, -1);
      this.hasPrevious = previous.isDefined();
      this.previousSchoolDay = previous.isDefined() ? previous.get().toEpochDay() : 0;
    }

    /** Whether no school day lies strictly between {@code covered} and this day (R-ABS-1). */
    boolean unbrokenFrom(long covered) {
      return !hasPrevious || previousSchoolDay <= covered;
    }

    /** The kept due dates of an action list, or null; races only lose a kept entry. */
    java.util.List<ActionDue> dueOf(java.util.List<RequiredAction> actions) {
      for (Kept kept : due) {
        if (kept != null && kept.actions == actions) {
          return kept.due;
        }
      }
      return null;
    }

    void keep(java.util.List<RequiredAction> actions, java.util.List<ActionDue> list) {
      for (int i = 0; i < due.length; i++) {
        if (due[i] == null) {
          due[i] = new Kept(actions, list);
          return;
        }
      }
    }
  }

  /** Due dates kept for an action list; final fields, so a racy read sees it whole. */
  private record Kept(java.util.List<RequiredAction> actions, java.util.List<ActionDue> due) {}

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

  /** {@link #alert} on a day whose facts keep the due dates of each action list. */
  private Alert alert(
      StudentId studentId,
      LocalDate on,
      AlertCode code,
      java.util.List<RequiredAction> actions,
      DayFacts day) {
    java.util.List<ActionDue> kept = day.dueOf(actions);
    if (kept == null) {
      kept = alert(studentId, on, code, actions).actions();
      day.keep(actions, kept);
    }
    return new Alert(studentId, on, code, kept);
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

package org.kbbx.rules.casework;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.time.SchoolCalendar;
import org.kbbx.rules.escalation.ExclusionRule;
import org.kbbx.rules.obligation.DayCount;

/**
 * Runs return-persuasion cases over {@link CaseTable} with one jurisdiction's step deadlines and
 * exclusion rules (R-CASE-1..4).
 *
 * <p>A step's deadline counts from the previous event (or the opening): for example with {@code
 * RETURN_NOTICE} in 5 school days, a contact on Monday makes the return notice due the following
 * Monday, unless the case has ended. {@link #apply} is total: any event, null included, yields the
 * next case or a typed {@link CaseRejection}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CaseMachine {

  private final Map<CaseStep, DayCount> deadlines;
  private final List<ExclusionRule> exclusions;
  private final SchoolCalendar calendar;

  private CaseMachine(
      Map<CaseStep, DayCount> deadlines, List<ExclusionRule> exclusions, SchoolCalendar calendar) {
    this.deadlines = deadlines;
    this.exclusions = exclusions;
    this.calendar = calendar;
  }

  /**
   * Returns a machine.
   *
   * @param deadlines each step's deadline from the previous event; a step without one has none
   * @param exclusions the exclusion reasons and the evidence each needs (R-ABS-5)
   * @param calendar the school days the deadlines count on
   * @return the machine
   */
  public static CaseMachine of(
      Map<CaseStep, DayCount> deadlines, List<ExclusionRule> exclusions, SchoolCalendar calendar) {
    Map<CaseStep, DayCount> copy = new EnumMap<>(CaseStep.class);
    copy.putAll(Objects.requireNonNull(deadlines, "deadlines"));
    return new CaseMachine(
        java.util.Collections.unmodifiableMap(copy),
        List.copyOf(Objects.requireNonNull(exclusions, "exclusions")),
        Objects.requireNonNull(calendar, "calendar"));
  }

  /**
   * Opens a case.
   *
   * @param studentId the student, not null
   * @param openedOn the day, not null
   * @param householdCounty the household-registration county of a non-resident student, or
   *     empty
   * @return the open case
   */
  public ReturnCase open(
      StudentId studentId, LocalDate openedOn, Option<DivisionCode> householdCounty) {
    Objects.requireNonNull(studentId, "studentId");
    return ReturnCase.builder()
        .studentId(studentId)
        .openedOn(Objects.requireNonNull(openedOn, "openedOn"))
        .householdCounty(
            Objects.requireNonNull(householdCounty, "householdCounty").toJavaOptional())
        .state(CaseState.OPENED)
        .build();
  }

  /**
   * Applies one event.
   *
   * @param c the case; null is rejected ({@code CASE_NULL_CASE})
   * @param event the event; null is rejected ({@code CASE_NULL_EVENT})
   * @return the next case, or why the event was not taken (R-SM-2: never thrown)
   */
  public Either<CaseRejection, ReturnCase> apply(ReturnCase c, CaseEvent event) {
    if (c == null) {
      return Either.left(new CaseRejection.NullCase());
    }
    if (event == null) {
      return Either.left(new CaseRejection.NullEvent());
    }
    if (event.on().isBefore(c.latest())) {
      return Either.left(new CaseRejection.BeforeLatest(event.on(), c.latest()));
    }
    var row = CaseTable.find(c.state(), event.target());
    if (row.isEmpty()) {
      return Either.left(new CaseRejection.IllegalTransition(c.state(), event.target()));
    }
    if (!row.get().guard().test(c, event, exclusions)) {
      return Either.left(
          new CaseRejection.GuardFailed(c.state(), event.target(), row.get().guard()));
    }
    return Either.right(ReturnCase.builder()
        .from(c)
        .state(row.get().to())
        .takenEvents(c.takenEvents().append(event))
        .build());
  }

  /**
   * Applies one event and keeps it either way: taken, or in {@link ReturnCase#rejected()} (R-SM-3).
   *
   * @param c the case, not null
   * @param event the event, possibly null
   * @return the case afterwards
   */
  public ReturnCase record(ReturnCase c, CaseEvent event) {
    return apply(c, event)
        .fold(
            rejection -> ReturnCase.builder()
                .from(c)
                .rejectedEvents(c.rejectedEvents().append(new RejectedCaseEvent(event, rejection)))
                .build(),
            next -> next);
  }

  /**
   * Returns the step that comes next if the case stays open, if any.
   *
   * @param c the case, not null
   * @return the next step, or empty after the last step or once ended
   */
  public Option<CaseStep> nextStep(ReturnCase c) {
    for (CaseState to : CaseTable.legalFrom(c.state())) {
      for (CaseStep step : to.step()) {
        boolean handover = step == CaseStep.NON_RESIDENT_HANDOVER;
        if (c.state() != CaseState.CONTACT || handover == c.householdCounty().isPresent()) {
          return Option.some(step);
        }
      }
    }
    return Option.none();
  }

  /**
   * Returns the day the next step is due, if the case is open and the step has a deadline.
   *
   * @param c the case, not null
   * @return the due day
   */
  public Option<LocalDate> nextDue(ReturnCase c) {
    return nextStep(c).flatMap(step -> due(step, c.latest()));
  }

  private Option<LocalDate> due(CaseStep step, LocalDate from) {
    DayCount within = deadlines.get(step);
    return within == null ? Option.none() : within.dueFrom(from, calendar);
  }

  /**
   * Lists the steps that were taken late and the next step if it is late on {@code asOf}
   * (R-CASE-4).
   *
   * @param c the case, not null
   * @param asOf the day of the check, not null
   * @return the late steps, in order
   */
  public Seq<OverdueStep> overdue(ReturnCase c, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Seq<OverdueStep> late = Vector.empty();
    LocalDate previous = c.openedOn();
    for (CaseEvent event : c.events()) {
      if (event instanceof CaseEvent.Step) {
        CaseStep step = ((CaseEvent.Step) event).step();
        Option<LocalDate> due = due(step, previous);
        if (due.isDefined() && event.on().isAfter(due.get())) {
          late = late.append(new OverdueStep(step, due.get(), Option.some(event.on())));
        }
      }
      previous = event.on();
    }
    Option<CaseStep> next = nextStep(c);
    Option<LocalDate> due = nextDue(c);
    if (next.isDefined() && due.isDefined() && asOf.isAfter(due.get())) {
      late = late.append(new OverdueStep(next.get(), due.get(), Option.none()));
    }
    return late;
  }
}

package org.kbbx.core.status;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Applies one event to one status by the {@link TransitionTable} and the jurisdiction's
 * {@link MachineParameters} (R-SM-1, R-SM-2, R-SM-7).
 *
 * <p>{@link #apply(Status, StatusEvent)} is total: for every input, null included, it returns
 * either the next status or a typed {@link Rejection}; it never throws. Checks run in this order:
 * null status, null event, event dated before the current state began, no row for (state, event
 * type), the row's guard. A {@link EventType#RETRACTION} is accepted in every state and leaves the
 * status unchanged: removing the retracted event's effect needs the history, which
 * {@link StudentTimeline} holds.
 *
 * <pre>{@code
 * StatusMachine machine = StatusMachine.national();
 * Either<Rejection, Status> next = machine.apply(Status.initial(), enrolEvent);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StatusMachine {

  private static final StatusMachine NATIONAL =
      new StatusMachine(TransitionTable.standard(), MachineParameters.national());

  private final TransitionTable table;
  private final MachineParameters parameters;

  private StatusMachine(TransitionTable table, MachineParameters parameters) {
    this.table = table;
    this.parameters = parameters;
  }

  /**
   * Returns the machine with the standard table and the national parameters.
   *
   * @return the national machine
   */
  public static StatusMachine national() {
    return NATIONAL;
  }

  /**
   * Returns the machine with the standard table and {@code parameters}, for example a
   * jurisdiction profile's.
   *
   * @param parameters the guard parameters, not null
   * @return the machine
   */
  public static StatusMachine of(MachineParameters parameters) {
    return of(TransitionTable.standard(), parameters);
  }

  /**
   * Returns the machine with {@code table} and {@code parameters}.
   *
   * @param table the transition table, not null
   * @param parameters the guard parameters, not null
   * @return the machine
   */
  public static StatusMachine of(TransitionTable table, MachineParameters parameters) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(parameters, "parameters");
    return new StatusMachine(table, parameters);
  }

  /** Returns the transition table. */
  public TransitionTable table() {
    return table;
  }

  /** Returns the guard parameters. */
  public MachineParameters parameters() {
    return parameters;
  }

  /**
   * Applies {@code event} to {@code status} (R-SM-2): the next status, or why not.
   *
   * @param status the status before; null gives {@link Rejection.NullStatus}
   * @param event the event; null gives {@link Rejection.NullEvent}
   * @return the next status or a rejection, never null, never thrown
   */
  public Either<Rejection, Status> apply(Status status, StatusEvent event) {
    if (status == null) {
      return Either.left(new Rejection.NullStatus(event));
    }
    if (event == null) {
      return Either.left(new Rejection.NullEvent(status));
    }
    Object decision = decide(status, event);
    if (decision instanceof Transition row) {
      return Either.right(Effects.next(status, event, row.to(), parameters));
    }
    return Either.left((Rejection) decision);
  }

  /**
   * Applies {@code event} to {@code status} in place, for the bulk replay: the same decision and
   * the same effects as {@link #apply(Status, StatusEvent)}, with no value built.
   *
   * @param status the status, changed if the event is accepted; not null
   * @param event the event, not null
   * @return whether the event was accepted
   */
  boolean step(ReplayStatus status, StatusEvent event) {
    Object decision = decide(status, event);
    if (decision instanceof Transition row) {
      Effects.apply(status, event, row.to(), parameters, status);
      return true;
    }
    return false;
  }

  /**
   * The one decision of the machine for non-null arguments: the table's row that moves
   * {@code status}, or the {@link Rejection} (a rejection is the only thing allocated). Checks run
   * in this order: event dated before the current state began, no row for (state, event type),
   * the row's guard.
   */
  private Object decide(Status status, StatusEvent event) {
    LocalDate since = status.sinceOrNull();
    if (since != null && event.effectiveDate().isBefore(since)) {
      return new Rejection.EventBeforeState(status, event);
    }
    Transition row = table.row(status.schooling(), event.type());
    if (row == null) {
      return new Rejection.NoSuchTransition(status, event);
    }
    Guard guard = row.guard();
    Option<String> failure = guard.check(status, event, parameters);
    if (failure.isDefined()) {
      return new Rejection.GuardFailed(status, event, guard, failure.get());
    }
    return row;
  }

  @Override
  public String toString() {
    return "StatusMachine[" + table + ", " + parameters + "]";
  }
}

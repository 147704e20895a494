package org.kbbx.core.status;

import io.vavr.control.Either;
import io.vavr.control.Option;
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
    if (status.since().isPresent()
        && event.effectiveDate().isBefore(status.since().get())) {
      return Either.left(new Rejection.EventBeforeState(status, event));
    }
    Option<Transition> row = table.find(status.schooling(), event.type());
    if (row.isEmpty()) {
      return Either.left(new Rejection.NoSuchTransition(status, event));
    }
    Guard guard = row.get().guard();
    Option<String> failure = guard.check(status, event, parameters);
    if (failure.isDefined()) {
      return Either.left(new Rejection.GuardFailed(status, event, guard, failure.get()));
    }
    return Either.right(Effects.next(status, event, row.get().to(), parameters));
  }

  @Override
  public String toString() {
    return "StatusMachine[" + table + ", " + parameters + "]";
  }
}

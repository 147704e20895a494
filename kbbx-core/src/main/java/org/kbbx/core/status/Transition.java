package org.kbbx.core.status;

import java.util.Comparator;
import java.util.Objects;

/**
 * One row of the {@link TransitionTable} (R-SM-1): in state {@code from}, an event of type
 * {@code event} moves the student to {@code to} if the named {@code guard} passes.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param from the state before
 * @param event the event type
 * @param to the state after
 * @param guard the named condition the event must meet
 */
public record Transition(SchoolingState from, EventType event, SchoolingState to, Guard guard)
    implements Comparable<Transition> {

  private static final Comparator<Transition> ORDER =
      Comparator.comparing(Transition::from).thenComparing(Transition::event);

  /** Creates a row; no component may be null. */
  public Transition {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(guard, "guard");
  }

  /**
   * Returns the row {@code from --event[guard]--> to}.
   *
   * @param from the state before
   * @param event the event type
   * @param to the state after
   * @param guard the guard
   * @return the row
   */
  public static Transition of(
      SchoolingState from, EventType event, SchoolingState to, Guard guard) {
    return new Transition(from, event, to, guard);
  }

  /** Orders by (from, event) in declaration order of the enums: the table's sort order. */
  @Override
  public int compareTo(Transition other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return from + " --" + event + (guard == Guard.ALWAYS ? "" : "[" + guard + "]") + "--> " + to;
  }
}

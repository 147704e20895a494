package org.kbbx.core.status;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The status machine as data (R-SM-1): an immutable table of (state, event type) → (next state,
 * named {@link Guard}), sorted by state then event type in declaration order.
 *
 * <p>A table is validated when built ({@link #of(Iterable)}): at most one row per (state, event
 * type), every state reachable from {@link SchoolingState#NOT_ENROLLED}, every state accepts a
 * {@link EventType#RETRACTION} as a self-loop, and terminal states ({@link SchoolingState#COMPLETED},
 * {@link SchoolingState#DECEASED}, {@link SchoolingState#AGED_OUT}) accept nothing else (R-SM-5).
 * It can be listed ({@link #rows()}), queried ({@link #legalEventsFrom(SchoolingState)}) and drawn
 * ({@link #toMermaid()}, {@link #toDot()}) with the same text on every run.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TransitionTable {

  private static final TransitionTable STANDARD = of(StandardTransitions.rows());

  private final List<Transition> rows;
  private final Transition[][] index;

  private TransitionTable(List<Transition> rows, Transition[][] index) {
    this.rows = rows;
    this.index = index;
  }

  /**
   * Returns the standard kbbx table: the transitions of docs/rules.md §4 with the guards of R-SM-7.
   *
   * @return the standard table
   */
  public static TransitionTable standard() {
    return STANDARD;
  }

  /**
   * Returns a validated table of {@code rows}.
   *
   * @param rows the rows, in any order, not null and without null elements
   * @return the table, sorted by (state, event type)
   * @throws IllegalArgumentException naming the offending state or row if two rows share a
   *     (state, event type), a state is unreachable from {@code NOT_ENROLLED}, a state lacks its
   *     retraction self-loop, or a terminal state accepts another event
   */
  public static TransitionTable of(Iterable<Transition> rows) {
    Objects.requireNonNull(rows, "rows");
    List<Transition> sorted = List.ofAll(rows).sorted();
    Transition[][] index =
        new Transition[SchoolingState.values().length][EventType.values().length];
    for (Transition row : sorted) {
      Objects.requireNonNull(row, "rows contains null");
      Transition existing = index[row.from().ordinal()][row.event().ordinal()];
      if (existing != null) {
        throw new IllegalArgumentException("Invalid transition table: two rows for (" + row.from()
            + ", " + row.event() + "): " + existing + " and " + row);
      }
      if (row.from().isTerminal() && row.event() != EventType.RETRACTION) {
        throw new IllegalArgumentException("Invalid transition table: terminal state " + row.from()
            + " must accept nothing but RETRACTION, got " + row);
      }
      if (row.event() == EventType.RETRACTION && row.to() != row.from()) {
        throw new IllegalArgumentException(
            "Invalid transition table: RETRACTION must leave the state unchanged, got " + row);
      }
      index[row.from().ordinal()][row.event().ordinal()] = row;
    }
    for (SchoolingState state : SchoolingState.values()) {
      if (index[state.ordinal()][EventType.RETRACTION.ordinal()] == null) {
        throw new IllegalArgumentException(
            "Invalid transition table: state " + state + " has no RETRACTION row");
      }
    }
    Set<SchoolingState> reached = reachable(index);
    for (SchoolingState state : SchoolingState.values()) {
      if (!reached.contains(state)) {
        throw new IllegalArgumentException("Invalid transition table: state " + state
            + " is not reachable from " + initialState());
      }
    }
    return new TransitionTable(sorted, index);
  }

  private static Set<SchoolingState> reachable(Transition[][] index) {
    Set<SchoolingState> reached = EnumSet.of(initialState());
    Deque<SchoolingState> todo = new ArrayDeque<>(reached);
    while (!todo.isEmpty()) {
      for (Transition row : index[todo.pop().ordinal()]) {
        if (row != null && reached.add(row.to())) {
          todo.push(row.to());
        }
      }
    }
    return reached;
  }

  /** Returns the initial state, {@link SchoolingState#NOT_ENROLLED}. */
  public static SchoolingState initialState() {
    return SchoolingState.NOT_ENROLLED;
  }

  /**
   * Returns every row, sorted by (state, event type) in the enums' declaration order.
   *
   * @return the rows, never empty
   */
  public Seq<Transition> rows() {
    return rows;
  }

  /**
   * Returns the row for {@code state} and {@code event}, or none if the table has no such
   * transition. Null arguments give none.
   *
   * @param state the state before
   * @param event the event type
   * @return the row, or none
   */
  public Option<Transition> find(SchoolingState state, EventType event) {
    if (state == null || event == null) {
      return Option.none();
    }
    return Option.of(index[state.ordinal()][event.ordinal()]);
  }

  /** The row for non-null {@code state} and {@code event}, or null: {@link #find} without a wrapper. */
  Transition row(SchoolingState state, EventType event) {
    return index[state.ordinal()][event.ordinal()];
  }

  /**
   * Returns the event types with a row from {@code state}, in declaration order; a row's guard may
   * still reject a particular event. A null state gives an empty list.
   *
   * @param state the state
   * @return the event types that can fire from the state
   */
  public Seq<EventType> legalEventsFrom(SchoolingState state) {
    return rows.filter(row -> row.from() == state).map(Transition::event);
  }

  /**
   * Returns the table as a Mermaid {@code stateDiagram-v2}, the same text on every run. Rows
   * between the same two states share one arrow; retraction self-loops are left out and noted in
   * a comment.
   *
   * @return the Mermaid text, lines ending in {@code \n}
   */
  public String toMermaid() {
    return TransitionDiagrams.mermaid(rows);
  }

  /**
   * Returns the table as a Graphviz DOT digraph, the same text on every run. Rows between the same
   * two states share one edge; retraction self-loops are left out and noted in a comment.
   *
   * @return the DOT text, lines ending in {@code \n}
   */
  public String toDot() {
    return TransitionDiagrams.dot(rows);
  }

  @Override
  public String toString() {
    return "TransitionTable[" + rows.size() + " rows]";
  }
}

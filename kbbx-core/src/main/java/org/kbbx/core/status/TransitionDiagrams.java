package org.kbbx.core.status;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;

/** Deterministic Mermaid and DOT renderings of a {@link TransitionTable} (R-SM-1). */
final class TransitionDiagrams {

  private static final String RETRACTION_NOTE =
      "RETRACTION (撤销) is legal in every state and leaves it unchanged; the timeline replays without"
          + " the retracted event (R-SM-5).";

  private TransitionDiagrams() {}

  static String mermaid(List<Transition> rows) {
    StringBuilder out = new StringBuilder("stateDiagram-v2\n");
    out.append("    %% ").append(RETRACTION_NOTE).append('\n');
    for (SchoolingState state : SchoolingState.values()) {
      out.append("    state \"")
          .append(state.chineseLabel())
          .append(' ')
          .append(state)
          .append("\" as ")
          .append(state)
          .append('\n');
    }
    out.append("    [*] --> ").append(TransitionTable.initialState()).append('\n');
    for (Tuple2<Tuple2<SchoolingState, SchoolingState>, List<Transition>> edge : edges(rows)) {
      out.append("    ")
          .append(edge._1._1)
          .append(" --> ")
          .append(edge._1._2)
          .append(": ")
          .append(String.join("<br/>", edge._2.map(TransitionDiagrams::label)))
          .append('\n');
    }
    for (SchoolingState state : SchoolingState.values()) {
      if (state.isTerminal()) {
        out.append("    ").append(state).append(" --> [*]\n");
      }
    }
    return out.toString();
  }

  static String dot(List<Transition> rows) {
    StringBuilder out = new StringBuilder("digraph status {\n");
    out.append("  // ").append(RETRACTION_NOTE).append('\n');
    out.append("  rankdir=LR;\n");
    out.append("  node [shape=box, style=rounded];\n");
    for (SchoolingState state : SchoolingState.values()) {
      out.append("  ")
          .append(state)
          .append(" [label=\"")
          .append(state)
          .append("\\n")
          .append(state.chineseLabel())
          .append('"')
          .append(state.isTerminal() ? ", peripheries=2" : "")
          .append(state == TransitionTable.initialState() ? ", style=\"rounded,bold\"" : "")
          .append("];\n");
    }
    for (Tuple2<Tuple2<SchoolingState, SchoolingState>, List<Transition>> edge : edges(rows)) {
      out.append("  ")
          .append(edge._1._1)
          .append(" -> ")
          .append(edge._1._2)
          .append(" [label=\"")
          .append(String.join("\\n", edge._2.map(TransitionDiagrams::label)))
          .append("\"];\n");
    }
    return out.append("}\n").toString();
  }

  /** Rows grouped by (from, to), in the order of their first row; retraction self-loops left out. */
  private static Map<Tuple2<SchoolingState, SchoolingState>, List<Transition>> edges(
      List<Transition> rows) {
    Map<Tuple2<SchoolingState, SchoolingState>, List<Transition>> edges = LinkedHashMap.empty();
    for (Transition row : rows) {
      if (row.event() == EventType.RETRACTION) {
        continue;
      }
      Tuple2<SchoolingState, SchoolingState> key = Tuple.of(row.from(), row.to());
      edges = edges.put(key, edges.get(key).getOrElse(List.empty()).append(row));
    }
    return edges;
  }

  private static String label(Transition row) {
    return row.event() + " " + row.event().chineseLabel()
        + (row.guard() == Guard.ALWAYS ? "" : " [" + row.guard() + "]");
  }
}

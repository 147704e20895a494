package org.kbbx.rules.casework;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;

/**
 * The return-persuasion case as one immutable table (R-CASE-1): steps move forward one at a time,
 * any open case may end as returned, excluded or aged out (R-CASE-2), and a non-resident student
 * is handed over to the household-registration county right after the contact (R-CASE-3).
 *
 * <p>A row is keyed by the state and the state an event reaches ({@link CaseEvent#target()}): the
 * steps are the one vocabulary ({@link CaseStep}), so there is no separate event type. Rows are
 * sorted by (from, to). This class is immutable and thread-safe.
 */
public final class CaseTable {

  private static final Seq<CaseTransition> ROWS = build();

  private CaseTable() {}

  private static Seq<CaseTransition> build() {
    Seq<CaseTransition> rows = Vector.of(
        row(CaseState.OPENED, CaseState.CONTACT, CaseGuard.STEP_EVIDENCE),
        row(
            CaseState.CONTACT,
            CaseState.NON_RESIDENT_HANDOVER,
            CaseGuard.NON_RESIDENT_WITH_STEP_EVIDENCE),
        row(CaseState.CONTACT, CaseState.RETURN_NOTICE, CaseGuard.RESIDENT_WITH_STEP_EVIDENCE),
        row(CaseState.NON_RESIDENT_HANDOVER, CaseState.RETURN_NOTICE, CaseGuard.STEP_EVIDENCE),
        row(CaseState.RETURN_NOTICE, CaseState.BUREAU_REPORT, CaseGuard.STEP_EVIDENCE),
        row(CaseState.BUREAU_REPORT, CaseState.GOVERNMENT_ESCALATION, CaseGuard.STEP_EVIDENCE),
        row(CaseState.GOVERNMENT_ESCALATION, CaseState.ORDER_TO_CORRECT, CaseGuard.STEP_EVIDENCE),
        row(CaseState.ORDER_TO_CORRECT, CaseState.URGE_NOTICE, CaseGuard.STEP_EVIDENCE),
        row(CaseState.URGE_NOTICE, CaseState.LEGAL_ACTION, CaseGuard.STEP_EVIDENCE));
    for (CaseState s : CaseState.values()) {
      if (!s.isEnded()) {
        rows = rows.appendAll(Vector.of(
            row(s, CaseState.RETURNED, CaseGuard.STEP_EVIDENCE),
            row(s, CaseState.EXCLUDED, CaseGuard.EXCLUSION_EVIDENCED),
            row(s, CaseState.AGED_OUT, CaseGuard.NONE)));
      }
    }
    return rows.sortBy(r -> r.from().ordinal() * 100 + r.to().ordinal());
  }

  private static CaseTransition row(CaseState from, CaseState to, CaseGuard g) {
    return new CaseTransition(from, to, g);
  }

  /**
   * Returns every row, sorted by (from, to).
   *
   * @return the table
   */
  public static Seq<CaseTransition> transitions() {
    return ROWS;
  }

  /**
   * Returns the row from a state to the state an event reaches, if the table has one.
   *
   * @param from the state
   * @param to the state the event reaches ({@link CaseEvent#target()})
   * @return the row, or none
   */
  public static Option<CaseTransition> find(CaseState from, CaseState to) {
    return ROWS.find(r -> r.from() == from && r.to() == to);
  }

  /**
   * Returns the states an event may reach from a state (before guards).
   *
   * @param from the state
   * @return the states, in table order
   */
  public static Seq<CaseState> legalFrom(CaseState from) {
    return ROWS.filter(r -> r.from() == from).map(CaseTransition::to);
  }

  /**
   * Returns the table as a Mermaid {@code stateDiagram-v2} text, deterministic.
   *
   * @return the diagram
   */
  public static String toMermaid() {
    StringBuilder b = new StringBuilder("stateDiagram-v2\n");
    b.append("  [*] --> OPENED\n");
    for (CaseTransition r : ROWS) {
      b.append("  ").append(r.from()).append(" --> ").append(r.to());
      if (r.guard() != CaseGuard.NONE) {
        b.append(" : [").append(r.guard()).append(']');
      }
      b.append('\n');
    }
    for (CaseState s : CaseState.values()) {
      if (s.isEnded()) {
        b.append("  ").append(s).append(" --> [*]\n");
      }
    }
    return b.toString();
  }
}

package org.kbbx.rules.casework;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;

/**
 * The return-persuasion case as one immutable table (R-CASE-1): steps move forward one at a time,
 * any open case may end as returned, excluded or aged out (R-CASE-2), and a non-resident student
 * is handed over to the household-registration county right after the contact (R-CASE-3).
 *
 * <p>Rows are sorted by (from, event). This class is immutable and thread-safe.
 */
public final class CaseTable {

  private static final Seq<CaseTransition> ROWS = build();

  private CaseTable() {}

  private static Seq<CaseTransition> build() {
    Seq<CaseTransition> rows = Vector.of(
        row(CaseState.OPENED, CaseEventType.CONTACT, CaseState.CONTACT, CaseGuard.STEP_EVIDENCE),
        row(
            CaseState.CONTACT, CaseEventType.NON_RESIDENT_HANDOVER,
            CaseState.NON_RESIDENT_HANDOVER, CaseGuard.NON_RESIDENT_WITH_STEP_EVIDENCE),
        row(
            CaseState.CONTACT,
            CaseEventType.RETURN_NOTICE,
            CaseState.RETURN_NOTICE,
            CaseGuard.RESIDENT_WITH_STEP_EVIDENCE),
        row(
            CaseState.NON_RESIDENT_HANDOVER,
            CaseEventType.RETURN_NOTICE,
            CaseState.RETURN_NOTICE,
            CaseGuard.STEP_EVIDENCE),
        row(
            CaseState.RETURN_NOTICE,
            CaseEventType.BUREAU_REPORT,
            CaseState.BUREAU_REPORT,
            CaseGuard.STEP_EVIDENCE),
        row(
            CaseState.BUREAU_REPORT, CaseEventType.GOVERNMENT_ESCALATION,
            CaseState.GOVERNMENT_ESCALATION, CaseGuard.STEP_EVIDENCE),
        row(
            CaseState.GOVERNMENT_ESCALATION, CaseEventType.ORDER_TO_CORRECT,
            CaseState.ORDER_TO_CORRECT, CaseGuard.STEP_EVIDENCE),
        row(
            CaseState.ORDER_TO_CORRECT,
            CaseEventType.URGE_NOTICE,
            CaseState.URGE_NOTICE,
            CaseGuard.STEP_EVIDENCE),
        row(
            CaseState.URGE_NOTICE,
            CaseEventType.LEGAL_ACTION,
            CaseState.LEGAL_ACTION,
            CaseGuard.STEP_EVIDENCE));
    for (CaseState s : CaseState.values()) {
      if (!s.isEnded()) {
        rows = rows.appendAll(Vector.of(
            row(s, CaseEventType.RETURN, CaseState.RETURNED, CaseGuard.STEP_EVIDENCE),
            row(s, CaseEventType.EXCLUDE, CaseState.EXCLUDED, CaseGuard.EXCLUSION_EVIDENCED),
            row(s, CaseEventType.AGE_OUT, CaseState.AGED_OUT, CaseGuard.NONE)));
      }
    }
    return rows.sortBy(r -> r.from().ordinal() * 100 + r.event().ordinal());
  }

  private static CaseTransition row(CaseState from, CaseEventType e, CaseState to, CaseGuard g) {
    return new CaseTransition(from, e, to, g);
  }

  /**
   * Returns every row, sorted by (from, event).
   *
   * @return the table
   */
  public static Seq<CaseTransition> transitions() {
    return ROWS;
  }

  /**
   * Returns the row for a state and an event type, if the table has one.
   *
   * @param from the state
   * @param event the event type
   * @return the row, or none
   */
  public static Option<CaseTransition> find(CaseState from, CaseEventType event) {
    return ROWS.find(r -> r.from() == from && r.event() == event);
  }

  /**
   * Returns the event types legal from a state (before guards).
   *
   * @param from the state
   * @return the event types, in table order
   */
  public static Seq<CaseEventType> legalFrom(CaseState from) {
    return ROWS.filter(r -> r.from() == from).map(CaseTransition::event);
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
      b.append("  ")
          .append(r.from())
          .append(" --> ")
          .append(r.to())
          .append(" : ")
          .append(r.event());
      if (r.guard() != CaseGuard.NONE) {
        b.append(" [").append(r.guard()).append(']');
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

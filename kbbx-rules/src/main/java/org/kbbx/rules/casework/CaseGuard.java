package org.kbbx.rules.casework;

import java.util.List;
import org.kbbx.rules.escalation.EvidenceKind;
import org.kbbx.rules.escalation.ExclusionRule;

/**
 * The named guards of the case table (R-CASE-1): no lambdas in the table, so it can be listed and
 * drawn.
 *
 * <p>This class is immutable and thread-safe.
 */
public enum CaseGuard {
  /** Always allowed. */
  NONE("无"),
  /** The step's own kind of evidence is kept ({@link CaseStep#evidence()}), or a return record. */
  STEP_EVIDENCE("留存本环节材料"),
  /** A resident student (户籍在本县), with the step's evidence. */
  RESIDENT_WITH_STEP_EVIDENCE("本县户籍且留存本环节材料"),
  /** A non-resident student (非户籍, R-CASE-3), with the step's evidence. */
  NON_RESIDENT_WITH_STEP_EVIDENCE("非本县户籍且留存本环节材料"),
  /** The exclusion reason's evidence is accepted by the profile's rules (R-ABS-5). */
  EXCLUSION_EVIDENCED("排除理由有佐证材料");

  private final String chineseLabel;

  CaseGuard(String chineseLabel) {
    this.chineseLabel = chineseLabel;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label
   */
  public String chineseLabel() {
    return chineseLabel;
  }

  boolean test(ReturnCase c, CaseEvent event, List<ExclusionRule> exclusions) {
    switch (this) {
      case NONE:
        return true;
      case STEP_EVIDENCE:
        return hasStepEvidence(event);
      case RESIDENT_WITH_STEP_EVIDENCE:
        return c.householdCounty().isEmpty() && hasStepEvidence(event);
      case NON_RESIDENT_WITH_STEP_EVIDENCE:
        return c.householdCounty().isPresent() && hasStepEvidence(event);
      case EXCLUSION_EVIDENCED:
        if (!(event instanceof CaseEvent.Exclude)) {
          return false;
        }
        CaseEvent.Exclude exclude = (CaseEvent.Exclude) event;
        return exclusions.stream()
            .anyMatch(rule -> rule.reason() == exclude.reason()
                && rule.accepts(exclude.evidence().kind()));
      default:
        throw new AssertionError(this);
    }
  }

  private static boolean hasStepEvidence(CaseEvent event) {
    if (event instanceof CaseEvent.Step) {
      CaseEvent.Step step = (CaseEvent.Step) event;
      return step.evidence().kind() == step.step().evidence();
    }
    if (event instanceof CaseEvent.Return) {
      return ((CaseEvent.Return) event).evidence().kind() == EvidenceKind.RETURN_RECORD;
    }
    return false;
  }
}

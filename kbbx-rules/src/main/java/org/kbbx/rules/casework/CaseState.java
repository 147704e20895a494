package org.kbbx.rules.casework;

/**
 * Where a return-persuasion case stands: opened, at a step, or ended (R-CASE-1, R-CASE-2).
 *
 * <p>Each constant carries its Chinese label. This class is immutable and thread-safe.
 */
public enum CaseState {
  /** 已立案: opened, no step taken yet. */
  OPENED("已立案", null),
  /** At {@link CaseStep#CONTACT}. */
  CONTACT("联系家长和学生", CaseStep.CONTACT),
  /** At {@link CaseStep#NON_RESIDENT_HANDOVER}. */
  NON_RESIDENT_HANDOVER("已移交户籍地", CaseStep.NON_RESIDENT_HANDOVER),
  /** At {@link CaseStep#RETURN_NOTICE}. */
  RETURN_NOTICE("已下达劝返通知书", CaseStep.RETURN_NOTICE),
  /** At {@link CaseStep#BUREAU_REPORT}. */
  BUREAU_REPORT("已书面报告县教育局", CaseStep.BUREAU_REPORT),
  /** At {@link CaseStep#GOVERNMENT_ESCALATION}. */
  GOVERNMENT_ESCALATION("已报告政府", CaseStep.GOVERNMENT_ESCALATION),
  /** At {@link CaseStep#ORDER_TO_CORRECT}. */
  ORDER_TO_CORRECT("已责令限期改正", CaseStep.ORDER_TO_CORRECT),
  /** At {@link CaseStep#URGE_NOTICE}. */
  URGE_NOTICE("已下达敦促入学通知书", CaseStep.URGE_NOTICE),
  /** At {@link CaseStep#LEGAL_ACTION}. */
  LEGAL_ACTION("已依法追究法律责任", CaseStep.LEGAL_ACTION),
  /** 已复学: ended, the student returned. */
  RETURNED("已复学", null),
  /** 不属于失学辍学: ended, an exclusion reason with evidence (R-ABS-5). */
  EXCLUDED("不属于失学辍学", null),
  /** 超龄: ended, the student left compulsory age. */
  AGED_OUT("超出义务教育年龄", null);

  private final String chineseLabel;
  private final CaseStep step;

  CaseState(String chineseLabel, CaseStep step) {
    this.chineseLabel = chineseLabel;
    this.step = step;
  }

  /**
   * Returns the Chinese label, for example {@code 已复学}.
   *
   * @return the label, never null
   */
  public String chineseLabel() {
    return chineseLabel;
  }

  /**
   * Returns whether the case has ended.
   *
   * @return true for {@link #RETURNED}, {@link #EXCLUDED} and {@link #AGED_OUT}
   */
  public boolean isEnded() {
    return this == RETURNED || this == EXCLUDED || this == AGED_OUT;
  }

  /**
   * Returns the state reached by taking {@code step}.
   *
   * @param step the step, not null
   * @return the state at that step
   */
  public static CaseState at(CaseStep step) {
    for (CaseState s : values()) {
      if (s.step == step) {
        return s;
      }
    }
    throw new IllegalArgumentException("No state for step " + step);
  }
}

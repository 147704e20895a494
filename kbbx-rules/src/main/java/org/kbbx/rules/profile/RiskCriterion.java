package org.kbbx.rules.profile;

/**
 * The criteria of the screening warning list (筛查预警清单, R-LED-3). The name is the stable code.
 *
 * <p>This class is immutable and thread-safe.
 */
public enum RiskCriterion {
  /** 重点群体: one contribution per priority group the child belongs to (R-GRP-1). */
  PRIORITY_GROUP("重点群体", "priority group"),
  /** 连续缺课: an absence streak (R-ABS-1) of at least the weights' minimum days. */
  ABSENCE_STREAK("连续无故缺课", "absence streak"),
  /** 疑似辍学: the child is a suspected dropout. */
  SUSPECTED_STATUS("疑似辍学", "suspected dropout"),
  /** 缺佐证材料: an exclusion (R-ABS-5) without evidence. */
  MISSING_EXCLUSION_EVIDENCE("不属于失学辍学但缺佐证材料", "exclusion without evidence"),
  /** 小升初未衔接: completed primary, not enrolled in junior secondary. */
  TRANSITION_NOT_MADE("小升初未衔接", "primary to junior transition not made"),
  /** 超龄: older than the expected age for the grade (R-AGE-6). */
  OVER_AGE_FOR_GRADE("超龄就读", "over-age for grade"),
  /** 留级: repeated a grade. */
  REPEATED_GRADE("留级", "repeated grade");

  private final String chineseLabel;
  private final String englishLabel;

  RiskCriterion(String chineseLabel, String englishLabel) {
    this.chineseLabel = chineseLabel;
    this.englishLabel = englishLabel;
  }

  /**
   * Returns the Chinese label.
   *
   * @return the label, never null
   */
  public String chineseLabel() {
    return chineseLabel;
  }

  /**
   * Returns the English label.
   *
   * @return the label, never null
   */
  public String englishLabel() {
    return englishLabel;
  }
}

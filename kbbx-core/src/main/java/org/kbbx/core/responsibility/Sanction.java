package org.kbbx.core.responsibility;

/**
 * What happens to a unit or person when an accountability rule fires (R-RC-9).
 */
public enum Sanction {
  /** 约谈: the township head is summoned for an admonitory interview (seed 000). */
  INTERVIEW("约谈", "admonitory interview"),
  /** 取消校长全年绩效工资并调整工作: the principal loses the annual performance pay and is reassigned (seed 000). */
  PERFORMANCE_PAY_FORFEITED_AND_REASSIGNED(
      "取消校长全年绩效工资并调整工作", "principal loses annual performance pay and is reassigned"),
  /** 一票否决: the unit fails its annual assessment whatever else it achieved (seed 004). */
  ONE_VOTE_VETO("一票否决", "one-vote veto of the annual assessment"),
  /** 责令检查: the unit is ordered to examine itself in writing (seed 002). */
  ORDERED_SELF_EXAMINATION("责令检查", "ordered to make a self-examination"),
  /** 通报批评: the unit is criticised in a circular (seed 002). */
  PUBLIC_CRITICISM("通报批评", "criticised in a circular");

  private final String chineseLabel;
  private final String englishLabel;

  Sanction(String chineseLabel, String englishLabel) {
    this.chineseLabel = chineseLabel;
    this.englishLabel = englishLabel;
  }

  /** Returns the Chinese label, for example {@code 约谈}. */
  public String chineseLabel() {
    return chineseLabel;
  }

  /** Returns the English label. */
  public String englishLabel() {
    return englishLabel;
  }
}

package org.kbbx.rules.escalation;

/**
 * What an attendance mark says about a student on one date (R-ABS-1).
 *
 * <p>A school day without a mark counts as attended while the student is attending; a suspected or
 * dropped-out student comes back only by an explicit return (R-ABS-4). This class is immutable and
 * thread-safe.
 */
public enum MarkKind {
  /** 无故缺课: absent without valid reason; counts towards the streak. */
  ABSENT_WITHOUT_REASON("无故缺课"),
  /** 请假/休学: absent with approved leave, suspension or another valid reason; neither counts nor
   * resets the streak. */
  EXCUSED("请假/休学"),
  /** 出勤: explicitly present; resets the streak. */
  PRESENT("出勤");

  private final String chineseLabel;

  MarkKind(String chineseLabel) {
    this.chineseLabel = chineseLabel;
  }

  /**
   * Returns the Chinese label, for example {@code 无故缺课}.
   *
   * @return the label, never null
   */
  public String chineseLabel() {
    return chineseLabel;
  }
}

package org.kbbx.reporting.register;

/**
 * Why a register entry was closed (动态销号, R-LED-0). The name is the stable code.
 *
 * <p>This class is immutable and thread-safe.
 */
public enum ClosingReason {
  /** 复学: back at school (attending, on leave, home education, borrowed, special school). */
  RETURNED("复学", "returned to school"),
  /** 转入辍学台账: a suspected dropout became a dropout. */
  ESCALATED_TO_DROPOUT("转入辍学台账", "moved to the dropout register"),
  /** 不属于失学辍学: an exclusion (R-ABS-5), e.g. suspension, studying elsewhere, abroad. */
  EXCLUDED("不属于失学辍学", "excluded (not a dropout)"),
  /** 改列: moved to another list (e.g. back to not enrolled). */
  RECLASSIFIED("改列", "reclassified"),
  /** 完成义务教育: completed compulsory education. */
  COMPLETED("完成义务教育", "completed compulsory education"),
  /** 超龄: left compulsory age without completing. */
  AGED_OUT("超龄", "aged out"),
  /** 死亡: deceased. */
  DECEASED("死亡", "deceased");

  private final String chineseLabel;
  private final String englishLabel;

  ClosingReason(String chineseLabel, String englishLabel) {
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

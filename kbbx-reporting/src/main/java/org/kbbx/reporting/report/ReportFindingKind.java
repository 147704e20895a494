package org.kbbx.reporting.report;

/**
 * What a deadline check found (R-LED-4, R-LED-5). The name is the stable code.
 *
 * <p>This class is immutable and thread-safe.
 */
public enum ReportFindingKind {
  /** 未报: the deadline has passed and the school has not submitted. */
  MISSING_REPORT("未按时上报（缺报）", "missing report"),
  /** 迟报: the first submission came after the deadline. */
  LATE_REPORT("迟报", "late report"),
  /** 无效报送: a submission from an unknown school, for an unknown obligation, or incomplete. */
  UNEXPECTED_SUBMISSION("无效报送", "unexpected submission"),
  /** 截止日无法确定: the school calendar cannot give the due date of an obligation. */
  DEADLINE_UNKNOWN("截止日无法确定", "deadline cannot be computed");

  private final String chineseLabel;
  private final String englishLabel;

  ReportFindingKind(String chineseLabel, String englishLabel) {
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

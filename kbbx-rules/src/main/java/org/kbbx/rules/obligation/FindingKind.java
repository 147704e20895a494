package org.kbbx.rules.obligation;

/**
 * What is wrong with an obligation as of a date (R-LED-4, R-LED-5).
 *
 * <p>This class is immutable and thread-safe.
 */
public enum FindingKind {
  /** 逾期: done, but after the deadline. */
  LATE("逾期报送"),
  /** 未报: past its deadline and not done. */
  MISSING("未报送"),
  /** 零报告缺失: a weekly report past its deadline and not sent, not even as a zero report. */
  ZERO_REPORT_ABSENT("零报告缺失");

  private final String chineseLabel;

  FindingKind(String chineseLabel) {
    this.chineseLabel = chineseLabel;
  }

  /**
   * Returns the Chinese label, for example {@code 逾期报送}.
   *
   * @return the label, never null
   */
  public String chineseLabel() {
    return chineseLabel;
  }
}

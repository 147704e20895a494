package org.kbbx.rules.obligation;

/**
 * A task due within a period after the term opens (开学排查, R-LED-5).
 *
 * <p>This class is immutable and thread-safe.
 */
public enum TermStartTask {
  /** 全面清查: check every student's enrolment, changes and dropouts (BISHAN_2024: 5 days). */
  FULL_CHECK("全面清查"),
  /** 统计辍学情况: count the dropouts, their reasons and whereabouts (HEZHANG_2018: one week). */
  DROPOUT_COUNT("统计辍学情况"),
  /** 报告: report the check to the recipients. */
  REPORT("报告"),
  /** 建立三类花名册: rosters of no record, person here/record elsewhere, record here/person absent. */
  THREE_ROSTERS("建立三类花名册");

  private final String chineseLabel;

  TermStartTask(String chineseLabel) {
    this.chineseLabel = chineseLabel;
  }

  /**
   * Returns the Chinese label, for example {@code 全面清查}.
   *
   * @return the label, never null
   */
  public String chineseLabel() {
    return chineseLabel;
  }
}

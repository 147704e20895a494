package org.kbbx.rules.obligation;

/**
 * The kinds of dated duty a profile creates (R-LED-4..6, R-OBL-1..5).
 *
 * <p>This class is immutable and thread-safe.
 */
public enum ObligationKind {
  /** 开学排查: a term-start check or report (R-LED-5). */
  TERM_START("开学排查"),
  /** 周报: a weekly report, zero report included (R-LED-4). */
  WEEKLY_REPORT("周报"),
  /** 转学手续: a transfer to confirm within the deadline. */
  TRANSFER("转学"),
  /** 死亡注销: a record to cancel after a death within the deadline. */
  DEATH_CANCELLATION("死亡注销"),
  /** 专项工作阶段: a dated stage of a campaign (R-OBL-1, R-OBL-4). */
  CAMPAIGN_STAGE("专项工作阶段"),
  /** 周期性任务: a recurring duty, by month or after each term start (R-OBL-2, R-OBL-3, R-OBL-5). */
  RECURRING("周期性任务"),
  /** 每日跟踪问效: a tracked unit's report on each school day until cleared (R-OBL-3). */
  DAILY_TRACKING("每日跟踪问效");

  private final String chineseLabel;

  ObligationKind(String chineseLabel) {
    this.chineseLabel = chineseLabel;
  }

  /**
   * Returns the Chinese label, for example {@code 周报}.
   *
   * @return the label, never null
   */
  public String chineseLabel() {
    return chineseLabel;
  }
}

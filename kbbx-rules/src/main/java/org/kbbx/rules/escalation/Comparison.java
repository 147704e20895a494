package org.kbbx.rules.escalation;

/**
 * How a streak is compared with a threshold (R-ABS-2).
 *
 * <p>{@link #REACHES} fires on the threshold-th day (Hezhang 达三天: on the 3rd school day);
 * {@link #MORE_THAN} fires on the day after (XX County 超过五个工作日: on the 6th). This class is
 * immutable and thread-safe.
 */
public enum Comparison {
  /** 达: the streak reaches the threshold ({@code streak >= threshold}). */
  REACHES("达"),
  /** 超过: the streak is more than the threshold ({@code streak > threshold}). */
  MORE_THAN("超过");

  private final String chineseLabel;

  Comparison(String chineseLabel) {
    this.chineseLabel = chineseLabel;
  }

  /**
   * Returns the Chinese label, for example {@code 超过}.
   *
   * @return the label, never null
   */
  public String chineseLabel() {
    return chineseLabel;
  }

  /**
   * Returns the streak length on which a rule with this comparison and {@code threshold} fires.
   *
   * @param threshold the threshold, at least 0
   * @return {@code threshold} for {@link #REACHES} (at least 1), {@code threshold + 1} for {@link
   *     #MORE_THAN}
   */
  public int firingStreak(int threshold) {
    return this == REACHES ? Math.max(1, threshold) : threshold + 1;
  }
}

package org.kbbx.core.rate;

/**
 * Whether a unit's rate meets its target (R-RATE-3).
 *
 * <p>A result, not an error: a unit with nobody in the denominator cannot be judged and is {@link
 * #UNDEFINED}, never silently "met".
 */
public enum TargetOutcome {
  /** The rate satisfies the target (达标). */
  MET("达标", "met"),
  /** The rate is defined and does not satisfy the target (未达标). */
  MISSED("未达标", "missed"),
  /** The rate is undefined (zero denominator), so the target cannot be judged (无法计算). */
  UNDEFINED("无法计算", "undefined");

  private final String chineseLabel;
  private final String englishLabel;

  TargetOutcome(String chineseLabel, String englishLabel) {
    this.chineseLabel = chineseLabel;
    this.englishLabel = englishLabel;
  }

  /** Returns the Chinese label, for example {@code 未达标}. */
  public String chineseLabel() {
    return chineseLabel;
  }

  /** Returns the English label. */
  public String englishLabel() {
    return englishLabel;
  }
}

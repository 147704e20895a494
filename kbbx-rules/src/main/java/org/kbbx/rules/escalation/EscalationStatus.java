package org.kbbx.rules.escalation;

/**
 * The part of a student's schooling state the escalation engine tracks (R-ABS-2..4).
 *
 * <p>This class is immutable and thread-safe.
 */
public enum EscalationStatus {
  /** 在读: attending; school days without a mark count as attended. */
  ATTENDING("在读"),
  /** 疑似辍学: suspected dropout. */
  SUSPECTED_DROPOUT("疑似辍学"),
  /** 辍学: dropped out. */
  DROPPED_OUT("辍学");

  private final String chineseLabel;

  EscalationStatus(String chineseLabel) {
    this.chineseLabel = chineseLabel;
  }

  /**
   * Returns the Chinese label, for example {@code 疑似辍学}.
   *
   * @return the label, never null
   */
  public String chineseLabel() {
    return chineseLabel;
  }
}

package org.kbbx.rules.escalation;

/**
 * How a suspected dropout becomes a dropout (R-ABS-3).
 *
 * <p>This class is immutable and thread-safe.
 */
public enum DropoutMode {
  /** 系统自动标注: dropped out automatically after the waiting period (NATIONAL, XX County). */
  AUTOMATIC("自动认定"),
  /** 需确认: the waiting period only raises an alert; dropout needs an explicit confirmation. */
  CONFIRMATION_REQUIRED("需确认");

  private final String chineseLabel;

  DropoutMode(String chineseLabel) {
    this.chineseLabel = chineseLabel;
  }

  /**
   * Returns the Chinese label, for example {@code 自动认定}.
   *
   * @return the label, never null
   */
  public String chineseLabel() {
    return chineseLabel;
  }
}

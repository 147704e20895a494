package org.kbbx.rules.escalation;

/**
 * The kind of a status event the escalation engine produces for the student's timeline.
 *
 * <p>This class is immutable and thread-safe.
 */
public enum StatusEventKind {
  /** 标注疑似辍学: the student became a suspected dropout (R-ABS-2). */
  SUSPECTED_DROPOUT("标注疑似辍学"),
  /** 自动标注辍学: suspected for more than the waiting period, dropped out automatically (R-ABS-3). */
  AUTOMATIC_DROPOUT("自动标注辍学"),
  /** 确认辍学: dropout confirmed by an explicit event (R-ABS-3, HEZHANG_2018). */
  DROPOUT_CONFIRMED("确认辍学"),
  /** 返校复学: the student returned (R-ABS-4). */
  RETURNED("返校复学");

  private final String chineseLabel;

  StatusEventKind(String chineseLabel) {
    this.chineseLabel = chineseLabel;
  }

  /**
   * Returns the Chinese label, for example {@code 自动标注辍学}.
   *
   * @return the label, never null
   */
  public String chineseLabel() {
    return chineseLabel;
  }
}

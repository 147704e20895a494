package org.kbbx.reporting.register;

/**
 * The three national county registers (R-LED-0). This class is immutable and thread-safe.
 */
public enum RegisterKind {
  /** 适龄儿童台账: every school-age child; an entry closes on completion, death or ageing out. */
  SCHOOL_AGE("适龄儿童台账", "register of school-age children"),
  /** 疑似辍学台账: one entry per suspected-dropout episode. */
  SUSPECTED_DROPOUT("疑似辍学台账", "register of suspected dropouts"),
  /** 辍学台账: one entry per dropout episode. */
  DROPOUT("辍学台账", "register of dropouts");

  private final String chineseLabel;
  private final String englishLabel;

  RegisterKind(String chineseLabel, String englishLabel) {
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

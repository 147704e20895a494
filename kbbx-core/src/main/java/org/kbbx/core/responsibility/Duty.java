package org.kbbx.core.responsibility;

/**
 * What a line of the dual-line system (双线, R-RC-2) must ensure.
 *
 * <p>Seed 000: 政府一条线必须确保学生进得来,教育一条线必须确保学生能够留得住、学得好.
 */
public enum Duty {
  /** 进得来: every child of compulsory age gets into school (enrolment). */
  ENROLMENT("进得来", "enrolment"),
  /** 留得住、学得好: every enrolled child stays and learns (retention). */
  RETENTION("留得住、学得好", "retention");

  private final String chineseLabel;
  private final String englishLabel;

  Duty(String chineseLabel, String englishLabel) {
    this.chineseLabel = chineseLabel;
    this.englishLabel = englishLabel;
  }

  /** Returns the Chinese label, for example {@code 进得来}. */
  public String chineseLabel() {
    return chineseLabel;
  }

  /** Returns the English label. */
  public String englishLabel() {
    return englishLabel;
  }
}

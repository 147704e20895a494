package org.kbbx.reporting.reconciliation;

/**
 * The three sources the reconciliation (四查三比对, R-LED-2) compares.
 *
 * <p>Each constant carries its Chinese and English label. This class is immutable and
 * thread-safe.
 */
public enum Source {
  /** 户籍/人口数据: household registration or population list (e.g. the 6–15 list). */
  POPULATION("户籍人口", "population"),
  /** 学籍: school records from the national student record system. */
  RECORD("学籍", "school record"),
  /** 在校: presence of the child at school on a check day. */
  PRESENCE("在校", "presence");

  private final String chineseLabel;
  private final String englishLabel;

  Source(String chineseLabel, String englishLabel) {
    this.chineseLabel = chineseLabel;
    this.englishLabel = englishLabel;
  }

  /**
   * Returns the Chinese label, for example {@code 学籍}.
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

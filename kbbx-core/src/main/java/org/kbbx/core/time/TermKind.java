package org.kbbx.core.time;

/**
 * The two terms (学期) of a Chinese school year (R-TIME-1).
 *
 * <p>The autumn term opens in the start year of the school year, the spring term in the next
 * calendar year.
 */
public enum TermKind {
  /** 秋季学期: opens around 1 September of the school year's start year. */
  AUTUMN("秋季学期", "autumn term"),
  /** 春季学期: opens around February or March of the following calendar year. */
  SPRING("春季学期", "spring term");

  private final String chineseLabel;
  private final String englishLabel;

  TermKind(String chineseLabel, String englishLabel) {
    this.chineseLabel = chineseLabel;
    this.englishLabel = englishLabel;
  }

  /** Returns the Chinese label, for example {@code 秋季学期}. */
  public String chineseLabel() {
    return chineseLabel;
  }

  /** Returns the English label, for example {@code autumn term}. */
  public String englishLabel() {
    return englishLabel;
  }
}

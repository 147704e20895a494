package org.kbbx.core.id;

/**
 * The checks a resident ID must pass (R-ID-1); a failed parse says which of them failed.
 *
 * <p>Length and characters are always checked. The address code, birth date and check character
 * are checked only once the text has 18 characters of the right kinds, and then all three are
 * checked, so one parse reports every independent problem.
 */
public enum ResidentIdCheck {
  /** The text is missing (null). */
  PRESENT("缺失"),
  /** 18 characters. */
  LENGTH("位数"),
  /** Digits at positions 1–17; a digit or {@code X} (or {@code x}) at position 18. */
  CHARACTER("字符"),
  /** Positions 1–6 form a county-level division code (R-DIV-1), for example {@code 522428}. */
  ADDRESS_CODE("地址码"),
  /** Positions 7–14 form a real calendar date {@code yyyyMMdd}. */
  DATE("出生日期"),
  /** Position 18 is the ISO 7064 MOD 11-2 check character of positions 1–17. */
  CHECK_CHARACTER("校验码");

  private final String chineseLabel;

  ResidentIdCheck(String chineseLabel) {
    this.chineseLabel = chineseLabel;
  }

  /** Returns the Chinese label, for example {@code 校验码}. */
  public String chineseLabel() {
    return chineseLabel;
  }
}

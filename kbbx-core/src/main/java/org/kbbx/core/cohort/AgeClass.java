package org.kbbx.core.cohort;

/**
 * Where a child stands against the compulsory age range in a school year (R-AGE-6).
 *
 * <p>Only {@link #COMPULSORY_AGE} carries an expected grade; see {@link AgeClassification}.
 */
public enum AgeClass {
  /** Younger than the entry age (未到入学年龄). */
  BELOW_AGE("未到入学年龄", "below compulsory age"),
  /** Of compulsory age (义务教育适龄), the entry age to the last compulsory age inclusive. */
  COMPULSORY_AGE("义务教育适龄", "compulsory age"),
  /** Older than the last compulsory age (超过义务教育年龄). */
  ABOVE_AGE("超过义务教育年龄", "above compulsory age");

  private final String chineseLabel;
  private final String englishLabel;

  AgeClass(String chineseLabel, String englishLabel) {
    this.chineseLabel = chineseLabel;
    this.englishLabel = englishLabel;
  }

  /** Returns the Chinese label, for example {@code 义务教育适龄}. */
  public String chineseLabel() {
    return chineseLabel;
  }

  /** Returns the English label, for example {@code compulsory age}. */
  public String englishLabel() {
    return englishLabel;
  }
}

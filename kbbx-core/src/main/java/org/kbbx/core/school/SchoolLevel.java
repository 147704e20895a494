package org.kbbx.core.school;

/**
 * The two levels of compulsory education (R-AGE-5).
 *
 * <p>Which grades belong to which level depends on the {@link GradeSystem}.
 */
public enum SchoolLevel {
  /** Primary school, 小学. */
  PRIMARY("小学", "primary"),
  /** Junior secondary school, 初中 (the key stage of dropout control, R-GRP-2). */
  JUNIOR_SECONDARY("初中", "junior secondary");

  private final String chineseLabel;
  private final String englishLabel;

  SchoolLevel(String chineseLabel, String englishLabel) {
    this.chineseLabel = chineseLabel;
    this.englishLabel = englishLabel;
  }

  /** Returns the Chinese label, for example {@code 初中}. */
  public String chineseLabel() {
    return chineseLabel;
  }

  /** Returns the English label, for example {@code junior secondary}. */
  public String englishLabel() {
    return englishLabel;
  }
}

package org.kbbx.core.cohort;

/**
 * How a student's age fits the grade the student is actually in (R-AGE-6).
 *
 * <p>Derived from {@link CohortPolicy#yearsOverAge}: a student is on age when the age for the
 * school year equals the expected age of the grade, over-age (超龄) when older by one year or more,
 * under-age when younger. Callers that follow the UNESCO reading of over-age (two years or more)
 * compare {@code yearsOverAge} with 2 instead.
 */
public enum GradeAgeFit {
  /** Younger than the grade's expected age (低龄). */
  UNDER_AGE("低龄", "under-age for grade"),
  /** Exactly the grade's expected age (适龄). */
  ON_AGE("适龄", "on age for grade"),
  /** Older than the grade's expected age (超龄). */
  OVER_AGE("超龄", "over-age for grade");

  private final String chineseLabel;
  private final String englishLabel;

  GradeAgeFit(String chineseLabel, String englishLabel) {
    this.chineseLabel = chineseLabel;
    this.englishLabel = englishLabel;
  }

  /** Returns the Chinese label, for example {@code 超龄}. */
  public String chineseLabel() {
    return chineseLabel;
  }

  /** Returns the English label. */
  public String englishLabel() {
    return englishLabel;
  }

  /**
   * Returns the fit for a signed difference between age and the grade's expected age.
   *
   * @param yearsOverAge age minus expected age; negative when younger
   * @return the fit
   */
  public static GradeAgeFit of(int yearsOverAge) {
    return yearsOverAge > 0 ? OVER_AGE : yearsOverAge < 0 ? UNDER_AGE : ON_AGE;
  }
}

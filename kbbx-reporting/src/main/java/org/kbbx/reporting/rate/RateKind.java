package org.kbbx.reporting.rate;

/**
 * The rates a county is judged by, as the keys of a profile's targets (R-RATE-3).
 *
 * <p>A jurisdiction profile maps some of these to a {@link org.kbbx.core.rate.Target}, for example
 * Hezhang 2018: {@link #PRIMARY_DROPOUT} {@code <= 0.6%}, {@link #JUNIOR_DROPOUT} {@code <= 1.8%},
 * {@link #NINE_YEAR_CONSOLIDATION} {@code >= 95%}.
 */
public enum RateKind {
  /** 小学年辍学率 (R-RATE-10). */
  PRIMARY_DROPOUT("小学年辍学率", "primary annual dropout rate"),
  /** 初中年辍学率 (R-RATE-10). */
  JUNIOR_DROPOUT("初中年辍学率", "junior annual dropout rate"),
  /** 义务教育年辍学率, both levels (R-RATE-10). */
  COMPULSORY_DROPOUT("义务教育年辍学率", "compulsory-education annual dropout rate"),
  /** 九年义务教育巩固率 (R-RATE-11). */
  NINE_YEAR_CONSOLIDATION("九年义务教育巩固率", "nine-year consolidation rate"),
  /** 小学巩固率 (R-RATE-11). */
  PRIMARY_CONSOLIDATION("小学巩固率", "primary consolidation rate"),
  /** 初中巩固率 (R-RATE-11). */
  JUNIOR_CONSOLIDATION("初中巩固率", "junior consolidation rate"),
  /** 适龄人口入学率 (R-RATE-12). */
  COMPULSORY_AGE_ENROLMENT("适龄人口入学率", "compulsory-age enrolment rate"),
  /** 小学学龄儿童净入学率 (R-RATE-12). */
  PRIMARY_NET_ENROLMENT("小学学龄儿童净入学率", "primary net enrolment rate"),
  /** 初中阶段毛入学率 (R-RATE-12). */
  JUNIOR_GROSS_ENROLMENT("初中阶段毛入学率", "junior gross enrolment rate");

  private final String chineseLabel;
  private final String englishLabel;

  RateKind(String chineseLabel, String englishLabel) {
    this.chineseLabel = chineseLabel;
    this.englishLabel = englishLabel;
  }

  /** Returns the Chinese label, for example {@code 小学年辍学率}. */
  public String chineseLabel() {
    return chineseLabel;
  }

  /** Returns the English label. */
  public String englishLabel() {
    return englishLabel;
  }
}

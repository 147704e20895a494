package org.kbbx.rules.profile;

/**
 * What a profile target measures (R-RATE-3).
 *
 * <p>Each constant carries its Chinese label. This class is immutable and thread-safe.
 */
public enum TargetIndicator {
  /** 年辍学率 (R-RATE-10), per level. */
  ANNUAL_DROPOUT_RATE("年辍学率"),
  /** 九年义务教育巩固率 (R-RATE-11). */
  NINE_YEAR_CONSOLIDATION_RATE("九年义务教育巩固率"),
  /** 义务教育入学率 (R-RATE-12). */
  COMPULSORY_ENROLMENT_RATE("义务教育入学率"),
  /** 建档立卡/脱贫家庭子女辍学率: dropouts among registered-poor children. */
  REGISTERED_POOR_DROPOUT_RATE("建档立卡/脱贫家庭子女辍学率"),
  /** 因贫辍学率: dropouts whose reason is poverty. */
  DROPOUT_FOR_POVERTY_RATE("因贫失学辍学率");

  private final String chineseLabel;

  TargetIndicator(String chineseLabel) {
    this.chineseLabel = chineseLabel;
  }

  /**
   * Returns the Chinese label, for example {@code 年辍学率}.
   *
   * @return the label, never null
   */
  public String chineseLabel() {
    return chineseLabel;
  }
}

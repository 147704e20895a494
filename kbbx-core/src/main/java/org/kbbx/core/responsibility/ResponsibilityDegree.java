package org.kbbx.core.responsibility;

/**
 * First and direct responsibility for dropout control in a township (R-RC-7, seed 000).
 *
 * <p>Seed 000: 乡镇人民政府主要领导是辖区内"控辍保学"工作的第一责任人,教育管理中心主任和中小学校长是
 * "控辍保学"工作的直接责任人.
 */
public enum ResponsibilityDegree {
  /** 第一责任人: the township government's principal leader. */
  FIRST("第一责任人", "first responsible person"),
  /** 直接责任人: the township education centre director and the principals. */
  DIRECT("直接责任人", "direct responsible person");

  private final String chineseLabel;
  private final String englishLabel;

  ResponsibilityDegree(String chineseLabel, String englishLabel) {
    this.chineseLabel = chineseLabel;
    this.englishLabel = englishLabel;
  }

  /** Returns the Chinese label, for example {@code 第一责任人}. */
  public String chineseLabel() {
    return chineseLabel;
  }

  /** Returns the English label. */
  public String englishLabel() {
    return englishLabel;
  }
}

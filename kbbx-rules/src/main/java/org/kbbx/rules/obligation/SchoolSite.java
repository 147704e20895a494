package org.kbbx.rules.obligation;

/**
 * What kind of site a school is, as the funding floor distinguishes it (R-OBL-2).
 *
 * <p>This class is immutable and thread-safe.
 */
public enum SchoolSite {
  /** 村小学: a village primary school. */
  VILLAGE_PRIMARY("村小学"),
  /** 教学点: a teaching point. */
  TEACHING_POINT("教学点"),
  /** 其他学校: any other school (central, town or county schools). */
  OTHER("其他学校");

  private final String chineseLabel;

  SchoolSite(String chineseLabel) {
    this.chineseLabel = chineseLabel;
  }

  /**
   * Returns the Chinese label, for example {@code 教学点}.
   *
   * @return the label, never null
   */
  public String chineseLabel() {
    return chineseLabel;
  }
}

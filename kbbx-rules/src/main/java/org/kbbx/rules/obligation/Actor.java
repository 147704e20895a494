package org.kbbx.rules.obligation;

/**
 * Who must act on, or receive, a required action: a role on the responsibility chain (R-RC-6).
 *
 * <p>The responsibility chain maps a role and a student to the person who holds it; rules only
 * name the role. Each constant carries its Chinese label. This class is immutable and
 * thread-safe.
 */
public enum Actor {
  /** 班主任: the class teacher. */
  CLASS_TEACHER("班主任", "class teacher"),
  /** 学校: the school (its assigned person for control of dropout). */
  SCHOOL("学校", "school"),
  /** 校长: the principal. */
  PRINCIPAL("校长", "principal"),
  /** 乡镇教育管理中心: the township education centre. */
  TOWNSHIP_EDUCATION_CENTRE("乡镇教管中心", "township education centre"),
  /** 乡镇人民政府（街道办事处）: the township government or sub-district office. */
  TOWNSHIP_GOVERNMENT("乡镇人民政府", "township government"),
  /** 村（居）民委员会: the village or residents' committee. */
  VILLAGE_COMMITTEE("村（居）民委员会", "village committee"),
  /** 县教育局（教体局）: the county education bureau. */
  COUNTY_EDUCATION_BUREAU("县教育局", "county education bureau"),
  /** 县人民政府: the county government. */
  COUNTY_GOVERNMENT("县人民政府", "county government"),
  /** 市教育局: the city education bureau. */
  CITY_EDUCATION_BUREAU("市教育局", "city education bureau"),
  /** 户籍所在地教育行政部门: the education bureau of the household-registration county. */
  HOUSEHOLD_REGISTRATION_BUREAU("户籍所在地教育行政部门", "bureau of the household-registration county"),
  /** 家长/监护人: parent or guardian. */
  GUARDIAN("家长/监护人", "parent or guardian");

  private final String chineseLabel;
  private final String englishLabel;

  Actor(String chineseLabel, String englishLabel) {
    this.chineseLabel = chineseLabel;
    this.englishLabel = englishLabel;
  }

  /**
   * Returns the Chinese label, for example {@code 班主任}.
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

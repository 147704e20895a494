package org.kbbx.reporting.reconciliation;

/**
 * A finding about a matched person (R-LED-2, R-ID-3). Person findings do not consume rows: the
 * person's rows stay attached to the person's class. The name is the stable code.
 *
 * <p>This class is immutable and thread-safe.
 */
public enum PersonFindingKind {
  /**
   * 出生日期不一致: the birth date in the population row differs from the one encoded in the
   * resident ID (R-ID-3); reported, never "fixed".
   */
  BIRTH_DATE_MISMATCH("出生日期与身份证号不一致", "birth date differs from resident ID"),
  /**
   * 重复在籍/在校: the person holds records at two or more schools, or is marked present at two
   * or more schools on the same date.
   */
  COUNTED_IN_TWO_SCHOOLS("一人两校", "counted in two schools"),
  /**
   * 重点核查: out of school (无学籍 or 籍在人不在) and on the registered-poor list (三比对: dropouts
   * against the registered-poor list).
   */
  PRIORITY_CASE("建档立卡重点核查", "registered-poor priority case");

  private final String chineseLabel;
  private final String englishLabel;

  PersonFindingKind(String chineseLabel, String englishLabel) {
    this.chineseLabel = chineseLabel;
    this.englishLabel = englishLabel;
  }

  /**
   * Returns the Chinese label.
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

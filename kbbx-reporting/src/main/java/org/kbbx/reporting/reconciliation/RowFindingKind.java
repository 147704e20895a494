package org.kbbx.reporting.reconciliation;

/**
 * Why an input row could not be attached to a person (R-LED-2, bad input). The row is kept in
 * the finding, never dropped. The name is the stable code.
 *
 * <p>This class is immutable and thread-safe.
 */
public enum RowFindingKind {
  /** 数据行缺项: the row is null or misses a required field (school, status or date). */
  MALFORMED_ROW("数据行缺项", "malformed row"),
  /** 身份证号无效: the resident ID fails R-ID-1 (length, digits, date or check character). */
  INVALID_ID("身份证号无效", "invalid resident ID"),
  /** 身份证号重复: the same ID appears again in the same source (for records: at the same school). */
  DUPLICATE_ID("身份证号重复", "duplicate resident ID"),
  /** 学校不在本县: the school code is not one of the county's schools. */
  UNKNOWN_SCHOOL("学校不在本县", "unknown school");

  private final String chineseLabel;
  private final String englishLabel;

  RowFindingKind(String chineseLabel, String englishLabel) {
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

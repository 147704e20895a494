package org.kbbx.core.division;

/**
 * The five levels of a statistical division code (统计用区划代码, R-DIV-1), from the widest.
 *
 * <p>Each level owns a run of digits of the 12-digit code: province 2, city 2, county 2,
 * township 3, village or community 3.
 */
public enum DivisionLevel {
  /** 省级: digits 1–2. */
  PROVINCE("省", 2),
  /** 地级 (city, prefecture): digits 3–4. */
  CITY("市", 4),
  /** 县级 (county, district): digits 5–6. */
  COUNTY("县", 6),
  /** 乡级 (township, town, street): digits 7–9. */
  TOWNSHIP("乡镇", 9),
  /** 村级 (village committee, community): digits 10–12. */
  VILLAGE("村", 12);

  private final String chineseLabel;
  private final int significantDigits;

  DivisionLevel(String chineseLabel, int significantDigits) {
    this.chineseLabel = chineseLabel;
    this.significantDigits = significantDigits;
  }

  /** Returns the Chinese label, for example {@code 乡镇}. */
  public String chineseLabel() {
    return chineseLabel;
  }

  /** Returns how many leading digits of the 12-digit code identify a division of this level. */
  public int significantDigits() {
    return significantDigits;
  }

  /** Returns whether this level is wider than (strictly above) {@code other}. */
  public boolean isAbove(DivisionLevel other) {
    return ordinal() < other.ordinal();
  }
}

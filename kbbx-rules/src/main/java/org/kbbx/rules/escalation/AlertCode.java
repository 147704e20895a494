package org.kbbx.rules.escalation;

/**
 * What an absence-escalation alert is about (R-ABS-1..5, R-RC-6).
 *
 * <p>Alerts are answers, not errors: the escalation engine emits them dated, with the role that
 * must act, and the responsibility chain answers who that is for a given student. Each constant
 * carries its Chinese label and a stable code (its name). This class is immutable and
 * thread-safe.
 */
public enum AlertCode {
  /**
   * 首日联系: first school day absent without reason; the class teacher contacts the family the
   * same day (NATIONAL, seed 000: 班主任要及时家访或与家长联系核实).
   */
  FIRST_DAY_CONTACT("无故缺课首日联系家长核实", "first-day contact with the family"),
  /**
   * 家访并书面报告: the profile's home-visit threshold is reached (HANZHONG_2018: 48 hours = 2
   * school days); home visit and written report, no status change (R-ABS-2).
   */
  HOME_VISIT_REQUIRED("家访并书面报告", "home visit and written report required"),
  /** 疑似辍学: the suspected-dropout threshold is met; the status becomes suspected (R-ABS-2). */
  SUSPECTED_DROPOUT("疑似辍学", "suspected dropout"),
  /**
   * 自动认定辍学: suspected for more than one calendar month without return; the status becomes
   * dropped out automatically (R-ABS-3).
   */
  AUTO_DROPOUT("疑似辍学逾一月未返校，认定辍学", "automatic dropout"),
  /**
   * 需确认辍学: suspected for more than one calendar month without return, but the profile needs an
   * explicit confirmation event to record the dropout (HEZHANG_2018, R-ABS-3).
   */
  DROPOUT_CONFIRMATION_REQUIRED("疑似辍学逾一月未返校，需确认辍学", "dropout confirmation required"),
  /**
   * 疑似辍学期间标记出勤: an explicit present mark for a suspected or dropped-out student; a
   * data-quality finding, the return must be recorded as an event (R-ABS-4).
   */
  PRESENT_WHILE_SUSPECTED("疑似辍学/辍学期间标记出勤：请登记返校复学", "present while suspected: record the return"),
  /**
   * 非在校日的缺课: an absence mark on a day that is not a school day (weekend, holiday, outside
   * the term); ignored for the streak, reported as a data-quality finding.
   */
  ABSENCE_ON_NON_SCHOOL_DAY("非在校日登记缺课", "absence recorded on a non-school day");

  private final String chineseLabel;
  private final String englishLabel;

  AlertCode(String chineseLabel, String englishLabel) {
    this.chineseLabel = chineseLabel;
    this.englishLabel = englishLabel;
  }

  /**
   * Returns the Chinese label, for example {@code 疑似辍学}.
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

  /**
   * Returns whether this alert is a data-quality finding rather than an escalation step.
   *
   * @return true for {@link #PRESENT_WHILE_SUSPECTED} and {@link #ABSENCE_ON_NON_SCHOOL_DAY}
   */
  public boolean isDataQualityFinding() {
    return this == PRESENT_WHILE_SUSPECTED || this == ABSENCE_ON_NON_SCHOOL_DAY;
  }
}

package org.kbbx.rules.obligation;

/**
 * The unit a deadline is counted in.
 *
 * <p>This class is immutable and thread-safe.
 */
public enum DayUnit {
  /** 工作日: school days (R-TIME-2); a make-up Saturday counts, holidays and weekends do not. */
  SCHOOL_DAYS("工作日"),
  /** 日: calendar days. */
  CALENDAR_DAYS("日"),
  /** 周: calendar weeks of seven days. */
  WEEKS("周"),
  /** 月: calendar months, with month ends clamped as {@link java.time.LocalDate#plusMonths}. */
  MONTHS("月");

  private final String chineseLabel;

  DayUnit(String chineseLabel) {
    this.chineseLabel = chineseLabel;
  }

  /**
   * Returns the Chinese label, for example {@code 工作日}.
   *
   * @return the label, never null
   */
  public String chineseLabel() {
    return chineseLabel;
  }
}

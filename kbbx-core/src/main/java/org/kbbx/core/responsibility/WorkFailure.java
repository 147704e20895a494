package org.kbbx.core.responsibility;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What makes a school or a person "工作不力" (failing in the work) for the findings rules 责令检查 and
 * 通报批评 (R-RC-17, seed 002).
 *
 * <p>Seed 002 names the causes: a dropout of a registered-poor or monitored child, a missing or late
 * weekly (zero) report, a missing or late term-start roster, an overdue return-persuasion step
 * ({@link #seed002()}). {@link #COVERAGE_FINDING} is a cause a profile may add (a gap of the
 * coverage check, R-RC-5); seed 002 does not list it.
 */
public enum WorkFailure {
  /** 建档立卡或监测对象子女辍学: a registered-poor or monitored child dropped out. */
  PRIORITY_CHILD_DROPOUT("建档立卡或监测对象子女辍学"),
  /** 周报(零报告)缺报迟报: a weekly (zero) report missing or late (R-LED-3a). */
  WEEKLY_REPORT_MISSING_OR_LATE("周报(零报告)缺报迟报"),
  /** 开学名册缺报迟报: a term-start roster missing or late (R-LED-4). */
  TERM_START_ROSTER_MISSING_OR_LATE("开学名册缺报迟报"),
  /** 劝返复学步骤逾期: a return-persuasion step overdue (R-CASE). */
  RETURN_STEP_OVERDUE("劝返复学步骤逾期"),
  /** 责任落实缺口: a coverage finding (R-RC-5); not a seed-002 cause. */
  COVERAGE_FINDING("责任落实缺口");

  private final String chineseLabel;

  WorkFailure(String chineseLabel) {
    this.chineseLabel = chineseLabel;
  }

  /** Returns the Chinese label. */
  public String chineseLabel() {
    return chineseLabel;
  }

  /**
   * Returns the four causes seed 002 lists: every constant except {@link #COVERAGE_FINDING}.
   *
   * @return an unmodifiable set
   */
  public static Set<WorkFailure> seed002() {
    return Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.of(COVERAGE_FINDING)));
  }
}

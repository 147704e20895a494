package org.kbbx.rules.profile;

import io.vavr.control.Option;
import java.util.Optional;
import java.util.function.Function;

/**
 * The settings a profile may set or inherit (R-PROF-1); a root profile sets all of them.
 *
 * <p>Each constant names its JSON key and carries its Chinese label. This class is immutable and
 * thread-safe.
 */
public enum ProfileSetting {
  /** 首日联系 (R-ABS-2). */
  FIRST_CONTACT(
      "firstContact",
      "无故缺课首日联系",
      JurisdictionProfile::firstContact,
      EffectiveProfile::firstContact),
  /** 家访并书面报告 (R-ABS-2). */
  HOME_VISITS(
      "homeVisits", "家访并书面报告", JurisdictionProfile::homeVisits, EffectiveProfile::homeVisits),
  /** 疑似辍学阈值 (R-ABS-2). */
  SUSPECTED("suspected", "疑似辍学阈值", JurisdictionProfile::suspected, EffectiveProfile::suspected),
  /** 辍学认定 (R-ABS-3). */
  DROPOUT("dropout", "辍学认定", JurisdictionProfile::dropout, EffectiveProfile::dropout),
  /** 不属于失学辍学的范围及佐证材料 (R-ABS-5). */
  EXCLUSIONS(
      "exclusions",
      "不属于失学辍学的范围及佐证材料",
      JurisdictionProfile::exclusions,
      EffectiveProfile::exclusions),
  /** 开学排查 (R-LED-5). */
  TERM_START("termStart", "开学排查", JurisdictionProfile::termStart, EffectiveProfile::termStart),
  /** 周报 (R-LED-4). */
  WEEKLY_REPORTS(
      "weeklyReports", "周报", JurisdictionProfile::weeklyReports, EffectiveProfile::weeklyReports),
  /** 送教上门频次 (R-LED-6). */
  HOME_EDUCATION_VISITS(
      "homeEducationVisitsPerWeek",
      "送教上门每周次数",
      JurisdictionProfile::homeEducationVisitsPerWeek,
      EffectiveProfile::homeEducationVisitsPerWeek),
  /** 转学、死亡注销时限. */
  RECORD_DEADLINES(
      "recordDeadlines",
      "转学和死亡注销时限",
      JurisdictionProfile::recordDeadlines,
      EffectiveProfile::recordDeadlines),
  /** 休学期限. */
  SUSPENSION("suspension", "休学期限", JurisdictionProfile::suspension, EffectiveProfile::suspension),
  /** 劝返复学各环节时限 (R-CASE-4). */
  CASE_DEADLINES(
      "caseDeadlines",
      "劝返复学各环节时限",
      JurisdictionProfile::caseDeadlines,
      EffectiveProfile::caseDeadlines),
  /** 工作目标 (R-RATE-3). */
  TARGETS("targets", "工作目标", JurisdictionProfile::targets, EffectiveProfile::targets),
  /** 统计口径 (R-RATE-19). */
  RATE_SETTINGS(
      "rateSettings", "统计口径", JurisdictionProfile::rateSettings, EffectiveProfile::rateSettings),
  /** 包保人数上限 (R-RC-4). */
  GUARANTEE_CAPS(
      "guaranteeCaps", "包保人数", JurisdictionProfile::guaranteeCaps, EffectiveProfile::guaranteeCaps),
  /** 责任追究 (R-RC-9). */
  ACCOUNTABILITY(
      "accountability",
      "考核问责",
      JurisdictionProfile::accountability,
      EffectiveProfile::accountability),
  /** 筛查预警权重 (R-LED-3). */
  SCREENING_WEIGHTS(
      "screeningWeights",
      "筛查预警权重",
      JurisdictionProfile::screeningWeights,
      EffectiveProfile::screeningWeights),
  /** 预警和劝返各环节的责任人和知会对象 (R-RC-14). */
  ROUTING("routing", "预警和劝返各环节的责任分工", JurisdictionProfile::routing, EffectiveProfile::routing),
  // --- R-OBL-1..5 duties (obligations block) ---
  /** 专项行动、周期性任务、督查和经费底线 (R-OBL-1..5). */
  DUTIES("duties", "专项行动、周期性任务和督查", JurisdictionProfile::duties, EffectiveProfile::duties),
  // --- end R-OBL-1..5 duties ---
  /** 岗位兼任和需签责任书的层级 (R-RC-11, R-RC-3). */
  ORGANISATION(
      "organisation",
      "岗位兼任和需签责任书的层级",
      JurisdictionProfile::organisation,
      EffectiveProfile::organisation);

  private final String key;
  private final String chineseLabel;
  private final Function<JurisdictionProfile, Optional<? extends Sourced<?>>> getter;
  private final Function<EffectiveProfile, Resolved<?>> resolved;

  ProfileSetting(
      String key,
      String chineseLabel,
      Function<JurisdictionProfile, Optional<? extends Sourced<?>>> getter,
      Function<EffectiveProfile, Resolved<?>> resolved) {
    this.key = key;
    this.chineseLabel = chineseLabel;
    this.getter = getter;
    this.resolved = resolved;
  }

  /**
   * Returns the JSON key, for example {@code suspected}.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Returns the Chinese label, for example {@code 疑似辍学阈值}.
   *
   * @return the label
   */
  public String chineseLabel() {
    return chineseLabel;
  }

  /**
   * Returns this setting as {@code profile} sets it, if it does.
   *
   * @param profile the profile, not null
   * @return the sourced value, or empty when inherited
   */
  public Option<? extends Sourced<?>> in(JurisdictionProfile profile) {
    return Option.<Sourced<?>>ofOptional(getter.apply(profile));
  }

  /**
   * Returns this setting as resolved in {@code profile}: value, the profile it came from, source.
   *
   * @param profile the effective profile, not null
   * @return the resolved value
   */
  public Resolved<?> in(EffectiveProfile profile) {
    return resolved.apply(profile);
  }
}

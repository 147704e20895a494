package org.kbbx.core.person;

import java.util.EnumSet;
import java.util.Set;

/**
 * The priority groups (重点群体) whose children dropout control watches most closely (R-GRP-1).
 *
 * <p>A student may belong to several groups. Each constant carries its Chinese label.
 */
public enum PriorityGroup {
  /** 建档立卡/脱贫户: registered poor or poverty-alleviated household. */
  REGISTERED_POOR("建档立卡/脱贫户", "registered poor or poverty-alleviated household"),
  /** 监测对象: household monitored for the risk of returning to poverty. */
  MONITORED_HOUSEHOLD("监测对象", "household monitored for return to poverty"),
  /** 低保: minimum-living-allowance family. */
  MINIMUM_LIVING_ALLOWANCE("低保", "minimum living allowance family"),
  /** 孤儿: orphan. */
  ORPHAN("孤儿", "orphan"),
  /** 留守儿童: left-behind child. */
  LEFT_BEHIND("留守儿童", "left-behind child"),
  /** 困境儿童: child in difficulty. */
  CHILD_IN_DIFFICULTY("困境儿童", "child in difficulty"),
  /** 随迁子女: migrant worker's child. */
  MIGRANT_CHILD("随迁子女", "migrant worker's child"),
  /** 残疾: disabled child. */
  DISABLED("残疾", "disabled"),
  /** 学习困难: learning difficulty. */
  LEARNING_DIFFICULTY("学习困难", "learning difficulty"),
  /** 服刑人员未成年子女: minor child of a prisoner. */
  PRISONER_CHILD("服刑人员未成年子女", "child of a prisoner"),
  /** 严重不良行为: serious misbehaviour. */
  SERIOUS_MISBEHAVIOUR("严重不良行为", "serious misbehaviour");

  private final String chineseLabel;
  private final String englishLabel;

  PriorityGroup(String chineseLabel, String englishLabel) {
    this.chineseLabel = chineseLabel;
    this.englishLabel = englishLabel;
  }

  /** Returns the Chinese label, for example {@code 留守儿童}. */
  public String chineseLabel() {
    return chineseLabel;
  }

  /** Returns the English label. */
  public String englishLabel() {
    return englishLabel;
  }

  /**
   * Returns Hanzhong's "five groups" (五类学生, seed 004): registered poor, left-behind, disabled,
   * migrant children and children with learning difficulty.
   *
   * @return a new mutable set the caller owns
   */
  public static Set<PriorityGroup> hanzhongFiveGroups() {
    return EnumSet.of(REGISTERED_POOR, LEFT_BEHIND, DISABLED, MIGRANT_CHILD, LEARNING_DIFFICULTY);
  }
}

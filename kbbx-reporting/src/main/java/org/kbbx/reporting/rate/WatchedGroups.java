package org.kbbx.reporting.rate;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.kbbx.core.person.PriorityGroup;

/**
 * A union of priority groups that a target watches as one population (R-RATE-20): a child in
 * several of its groups counts once. Counts tables keep each union besides the per-group blocks,
 * because a union cannot be recovered from them.
 */
public enum WatchedGroups {
  /**
   * 脱贫户和监测对象: children of registered-poor (建档立卡/脱贫户) or monitored (监测对象) households —
   * the population of "no dropout among registered-poor children" (HANZHONG_2018, YUNDOU_2022)
   * and "nobody drops out for poverty" (XX_COUNTY_2023).
   */
  REGISTERED_POOR_OR_MONITORED(
      "脱贫户和监测对象",
      "registered-poor or monitored households",
      EnumSet.of(PriorityGroup.REGISTERED_POOR, PriorityGroup.MONITORED_HOUSEHOLD));

  private final String chineseLabel;
  private final String englishLabel;
  private final Set<PriorityGroup> members;

  WatchedGroups(String chineseLabel, String englishLabel, Set<PriorityGroup> members) {
    this.chineseLabel = chineseLabel;
    this.englishLabel = englishLabel;
    this.members = Collections.unmodifiableSet(members);
  }

  /** Returns the Chinese label. */
  public String chineseLabel() {
    return chineseLabel;
  }

  /** Returns the English label. */
  public String englishLabel() {
    return englishLabel;
  }

  /** Returns the groups whose children belong to the union. */
  public Set<PriorityGroup> members() {
    return members;
  }
}

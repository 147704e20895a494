package org.kbbx.core.responsibility;

import io.vavr.collection.List;

/**
 * The two lines of the dual-line responsibility system (双线, R-RC-2, seeds 000 and 004).
 *
 * <p>The government line runs county government → township government → village committee →
 * household (parent) and must get children in ({@link Duty#ENROLMENT}). The education line runs
 * education bureau → school → teacher → parent and must keep them learning ({@link
 * Duty#RETENTION}). Both lines end at the parent.
 */
public enum Line {
  /** 政府线: county head → township head → village director → parent. */
  GOVERNMENT(
      "政府线",
      "government line",
      Duty.ENROLMENT,
      List.of(Role.COUNTY_HEAD, Role.TOWNSHIP_HEAD, Role.VILLAGE_DIRECTOR, Role.PARENT)),
  /** 教育线: bureau director → principal → teacher → parent. */
  EDUCATION(
      "教育线",
      "education line",
      Duty.RETENTION,
      List.of(Role.BUREAU_DIRECTOR, Role.PRINCIPAL, Role.TEACHER, Role.PARENT));

  private final String chineseLabel;
  private final String englishLabel;
  private final Duty duty;
  private final List<Role> levels;

  Line(String chineseLabel, String englishLabel, Duty duty, List<Role> levels) {
    this.chineseLabel = chineseLabel;
    this.englishLabel = englishLabel;
    this.duty = duty;
    this.levels = levels;
  }

  /** Returns the Chinese label, for example {@code 政府线}. */
  public String chineseLabel() {
    return chineseLabel;
  }

  /** Returns the English label. */
  public String englishLabel() {
    return englishLabel;
  }

  /** Returns what this line must ensure. */
  public Duty duty() {
    return duty;
  }

  /**
   * Returns the roles of this line from the top (county level) down to the parent.
   *
   * @return four roles, widest first
   */
  public List<Role> levels() {
    return levels;
  }

  /**
   * Returns the links of this line from the top down, each between two adjacent levels.
   *
   * @return three links, widest first
   */
  public List<ChainLink> links() {
    return List.of(ChainLink.values()).filter(link -> link.line() == this);
  }
}

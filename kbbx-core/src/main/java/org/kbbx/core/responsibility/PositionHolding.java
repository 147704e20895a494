package org.kbbx.core.responsibility;

/**
 * Whether one person may hold several leading positions (profile data, R-RC-1).
 *
 * <p>Leading positions are those of {@link Role#isLeadingRole()}: county head, bureau director,
 * township head, village director, principal and education centre director. Teaching and
 * guaranteeing combine freely with a leading position under either value (a principal teaches; a
 * school leader is a teacher), so they never count.
 */
public enum PositionHolding {
  /** 一人一职: at most one leading position per person; a second is a validation error. */
  ONE_HEAD_POSITION("一人一职", "one leading position per person"),
  /** 一人多职: a person may hold several leading positions (small townships often need it). */
  SEVERAL_HEAD_POSITIONS("一人多职", "several leading positions per person");

  private final String chineseLabel;
  private final String englishLabel;

  PositionHolding(String chineseLabel, String englishLabel) {
    this.chineseLabel = chineseLabel;
    this.englishLabel = englishLabel;
  }

  /** Returns the Chinese label. */
  public String chineseLabel() {
    return chineseLabel;
  }

  /** Returns the English label. */
  public String englishLabel() {
    return englishLabel;
  }
}

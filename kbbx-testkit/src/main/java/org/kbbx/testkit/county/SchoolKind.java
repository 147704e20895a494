package org.kbbx.testkit.county;

import java.util.EnumSet;
import java.util.Set;
import org.kbbx.core.school.SchoolLevel;

/**
 * The kinds of school in the synthetic county, with the levels each holds (R-AGE-5).
 *
 * <p>This class is immutable and thread-safe.
 */
public enum SchoolKind {
  /** A primary school (小学): a central primary or a village primary. */
  PRIMARY("小学", EnumSet.of(SchoolLevel.PRIMARY)),
  /** A junior secondary school (初级中学). */
  JUNIOR("初级中学", EnumSet.of(SchoolLevel.JUNIOR_SECONDARY)),
  /** A nine-year school (九年一贯制学校) holding both levels. */
  NINE_YEAR("九年一贯制学校", EnumSet.of(SchoolLevel.PRIMARY, SchoolLevel.JUNIOR_SECONDARY));

  private final String chineseLabel;
  private final Set<SchoolLevel> levels;

  SchoolKind(String chineseLabel, Set<SchoolLevel> levels) {
    this.chineseLabel = chineseLabel;
    this.levels = levels;
  }

  /**
   * Returns the Chinese name of the kind.
   *
   * @return the label, e.g. {@code 小学}
   */
  public String chineseLabel() {
    return chineseLabel;
  }

  /**
   * Returns whether a school of this kind holds the level.
   *
   * @param level the level, not null
   * @return true if the kind teaches that level
   */
  public boolean holds(SchoolLevel level) {
    return levels.contains(level);
  }
}

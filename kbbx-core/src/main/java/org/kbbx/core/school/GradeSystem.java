package org.kbbx.core.school;

import java.util.Objects;

/**
 * The grade system (学制) that splits the nine compulsory grades into primary and junior secondary
 * (R-AGE-5).
 *
 * <p>{@link #SIX_THREE} (6-3) is the national default; {@link #FIVE_FOUR} (5-4) is used in some
 * places, for example Shanghai. A nine-year school (九年一贯制) holds both levels under either
 * system.
 */
public enum GradeSystem {
  /** 六三制: primary grades 1–6, junior secondary grades 7–9. */
  SIX_THREE("六三制", 6),
  /** 五四制: primary grades 1–5, junior secondary grades 6–9. */
  FIVE_FOUR("五四制", 5);

  private final String chineseLabel;
  private final int primaryYears;

  GradeSystem(String chineseLabel, int primaryYears) {
    this.chineseLabel = chineseLabel;
    this.primaryYears = primaryYears;
  }

  /** Returns the Chinese label, for example {@code 六三制}. */
  public String chineseLabel() {
    return chineseLabel;
  }

  /** Returns the number of primary grades: 6 under 6-3, 5 under 5-4. */
  public int primaryYears() {
    return primaryYears;
  }

  /** Returns the number of junior-secondary grades: 3 under 6-3, 4 under 5-4. */
  public int juniorYears() {
    return Grade.LAST - primaryYears;
  }

  /**
   * Returns the level {@code grade} belongs to under this system.
   *
   * @param grade the grade, not null
   * @return primary or junior secondary
   */
  public SchoolLevel levelOf(Grade grade) {
    Objects.requireNonNull(grade, "grade");
    return grade.number() <= primaryYears ? SchoolLevel.PRIMARY : SchoolLevel.JUNIOR_SECONDARY;
  }

  /**
   * Returns the first grade of {@code level}: 1 for primary, 7 (6-3) or 6 (5-4) for junior.
   *
   * @param level the level, not null
   * @return its first grade
   */
  public Grade firstGradeOf(SchoolLevel level) {
    Objects.requireNonNull(level, "level");
    return level == SchoolLevel.PRIMARY ? Grade.of(Grade.FIRST) : Grade.of(primaryYears + 1);
  }

  /**
   * Returns the last grade of {@code level}: 6 (6-3) or 5 (5-4) for primary, 9 for junior.
   *
   * @param level the level, not null
   * @return its last grade
   */
  public Grade lastGradeOf(SchoolLevel level) {
    Objects.requireNonNull(level, "level");
    return level == SchoolLevel.PRIMARY ? Grade.of(primaryYears) : Grade.of(Grade.LAST);
  }

  /**
   * Returns the grade of {@code grade}'s level and year within that level under {@code target}, if
   * that system has one (R-SM-9): 初一 ↔ 初一, so 6-3 grade 7 ↔ 5-4 grade 6, 6-3 grade 5 ↔ 5-4 grade
   * 5. Under 6-3 there is no fourth junior year (5-4 grade 9) and under 5-4 no sixth primary year
   * (6-3 grade 6): those give empty.
   *
   * @param grade a grade under this system, not null
   * @param target the system to map into, not null
   * @return the counterpart grade, or empty when {@code target} has no such year
   */
  public java.util.Optional<Grade> counterpartIn(GradeSystem target, Grade grade) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(grade, "grade");
    if (target == this) {
      return java.util.Optional.of(grade);
    }
    SchoolLevel level = levelOf(grade);
    int yearInLevel = grade.number() - firstGradeOf(level).number();
    int mapped = target.firstGradeOf(level).number() + yearInLevel;
    return mapped <= target.lastGradeOf(level).number()
        ? java.util.Optional.of(Grade.of(mapped))
        : java.util.Optional.empty();
  }

  /**
   * Returns whether moving from {@code from} to {@code to} crosses the primary/junior boundary.
   *
   * @param from the grade before, not null
   * @param to the grade after, not null
   * @return true if the two grades are at different levels
   */
  public boolean crossesLevelBoundary(Grade from, Grade to) {
    return levelOf(from) != levelOf(to);
  }
}

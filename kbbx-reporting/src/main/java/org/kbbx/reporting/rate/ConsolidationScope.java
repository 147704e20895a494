package org.kbbx.reporting.rate;

import java.util.Objects;
import org.kbbx.core.school.Grade;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.core.school.SchoolLevel;

/** Which consolidation rate (巩固率, R-RATE-11): nine-year, primary or junior. */
public enum ConsolidationScope {
  /** 九年义务教育巩固率: grade-9 completers ÷ grade-1 intake eight years earlier. */
  NINE_YEAR("九年义务教育巩固率"),
  /** 小学巩固率: last primary grade completers ÷ grade-1 intake (5 years earlier under 6-3). */
  PRIMARY("小学巩固率"),
  /** 初中巩固率: grade-9 completers ÷ first junior grade intake (2 years earlier under 6-3). */
  JUNIOR("初中巩固率");

  private final String chineseLabel;

  ConsolidationScope(String chineseLabel) {
    this.chineseLabel = chineseLabel;
  }

  /** Returns the Chinese label. */
  public String chineseLabel() {
    return chineseLabel;
  }

  /** Returns the intake grade: grade 1, or the first junior grade of {@code system}. */
  public Grade intakeGrade(GradeSystem system) {
    Objects.requireNonNull(system, "system");
    return this == JUNIOR
        ? system.firstGradeOf(SchoolLevel.JUNIOR_SECONDARY)
        : Grade.of(Grade.FIRST);
  }

  /** Returns the completion grade: grade 9, or the last primary grade of {@code system}. */
  public Grade completionGrade(GradeSystem system) {
    Objects.requireNonNull(system, "system");
    return this == PRIMARY ? system.lastGradeOf(SchoolLevel.PRIMARY) : Grade.of(Grade.LAST);
  }

  /** Returns how many school years the cohort spends from intake to completion, minus one. */
  public int yearsBack(GradeSystem system) {
    return completionGrade(system).number() - intakeGrade(system).number();
  }
}

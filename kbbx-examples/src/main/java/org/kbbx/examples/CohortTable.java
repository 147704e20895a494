package org.kbbx.examples;

import io.vavr.control.Option;
import java.util.Objects;
import org.kbbx.core.cohort.CohortPolicy;
import org.kbbx.core.school.Grade;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.core.school.SchoolLevel;
import org.kbbx.core.time.DateRange;
import org.kbbx.core.time.SchoolYear;

/**
 * Renders the compulsory-age birth range and the expected-grade table of a school year as text
 * (R-AGE-2, R-AGE-3).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CohortTable {

  private CohortTable() {}

  /**
   * Renders the table for {@code year} under {@code policy}.
   *
   * @param policy the cohort policy, not null
   * @param year the school year, not null
   * @return the text, lines ending in {@code \n}
   */
  public static String render(CohortPolicy policy, SchoolYear year) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(year, "year");
    StringBuilder text = new StringBuilder();
    GradeSystem system = policy.gradeSystem();
    text.append("School year ").append(year).append(" (学年 ").append(year.start()).append(" .. ")
        .append(year.end()).append(")\n");
    text.append("Policy: cut-off ").append(String.format("%02d-%02d", policy.cutOff().getMonthValue(),
            policy.cutOff().getDayOfMonth()))
        .append(" (ages counted on ").append(policy.referenceDay(year)).append("), entry age ")
        .append(policy.entryAge()).append(", compulsory ages ").append(policy.entryAge()).append("-")
        .append(policy.lastCompulsoryAge()).append(", ").append(system.chineseLabel()).append('\n');
    DateRange range = policy.compulsoryBirthRange(year);
    text.append("Compulsory-age birth range (适龄儿童少年): born ").append(range.first())
        .append(" .. ").append(range.last()).append(", both inclusive\n\n");
    text.append(String.format("%-7s %-5s %-24s  %s%n", "Grade", "Age", "Born (both inclusive)", "Level"));
    for (int number = Grade.FIRST; number <= Grade.LAST; number++) {
      Grade grade = Grade.of(number);
      DateRange born = policy.birthRangeForGrade(grade, year);
      SchoolLevel level = system.levelOf(grade);
      text.append(String.format("%-7s %-5s %-24s  %s%n", grade, policy.expectedAgeOf(grade),
          born.first() + " .. " + born.last(), level.englishLabel() + " " + level.chineseLabel()));
    }
    Option<DateRange> completed = policy.shouldHaveCompletedBirthRange(year);
    if (completed.isDefined()) {
      int firstAge = policy.expectedAgeOf(Grade.of(Grade.LAST)) + 1;
      String ages = firstAge == policy.lastCompulsoryAge() ? Integer.toString(firstAge) : firstAge + "-" + policy.lastCompulsoryAge();
      text.append(String.format("%-7s %-5s %-24s  %s%n", "-", ages,
          completed.get().first() + " .. " + completed.get().last(), "should have completed 应已完成"));
    }
    return text.toString();
  }
}

package org.kbbx.core.cohort;

import io.vavr.control.Option;
import java.util.Objects;
import org.kbbx.core.school.Grade;

/**
 * The grade a child of compulsory age should be in (应读年级, R-AGE-3): a grade 1–9, or "should
 * have completed" for a child past grade 9's age but still of compulsory age (for example 15
 * under the national policy).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExpectedGrade {

  /** Past the age of grade 9 but still of compulsory age (应已完成义务教育). */
  public static final ExpectedGrade SHOULD_HAVE_COMPLETED = new ExpectedGrade(null);

  private final Grade grade;

  private ExpectedGrade(Grade grade) {
    this.grade = grade;
  }

  /**
   * Returns the expectation "in {@code grade}".
   *
   * @param grade the grade, not null
   * @return the expected grade
   */
  public static ExpectedGrade of(Grade grade) {
    return new ExpectedGrade(Objects.requireNonNull(grade, "grade"));
  }

  /** Returns the grade, or none for {@link #SHOULD_HAVE_COMPLETED}. */
  public Option<Grade> grade() {
    return Option.of(grade);
  }

  /** Returns whether the child should already have completed grade 9. */
  public boolean shouldHaveCompleted() {
    return grade == null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ExpectedGrade that && Objects.equals(that.grade, grade);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(grade);
  }

  /** Returns {@code G3} or {@code SHOULD_HAVE_COMPLETED}. */
  @Override
  public String toString() {
    return grade == null ? "SHOULD_HAVE_COMPLETED" : grade.toString();
  }
}

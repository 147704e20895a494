package org.kbbx.core.cohort;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * A child's age for a school year, its age class and, for compulsory age only, the expected grade
 * (R-AGE-6).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param age the age for the school year (R-AGE-1); negative for a child born after the reference day
 * @param ageClass below, compulsory or above, not null
 * @param expectedGrade defined exactly when the age class is {@link AgeClass#COMPULSORY_AGE}
 */
public record AgeClassification(int age, AgeClass ageClass, Option<ExpectedGrade> expectedGrade) {

  /** Creates a classification; an expected grade must be given exactly for compulsory age. */
  public AgeClassification {
    Objects.requireNonNull(ageClass, "ageClass");
    Objects.requireNonNull(expectedGrade, "expectedGrade");
    if (expectedGrade.isDefined() != (ageClass == AgeClass.COMPULSORY_AGE)) {
      throw new IllegalArgumentException("Invalid age classification: " + ageClass
          + (expectedGrade.isDefined() ? " must not carry" : " must carry") + " an expected grade");
    }
  }

  /** Returns whether the child is of compulsory age. */
  public boolean isCompulsoryAge() {
    return ageClass == AgeClass.COMPULSORY_AGE;
  }
}

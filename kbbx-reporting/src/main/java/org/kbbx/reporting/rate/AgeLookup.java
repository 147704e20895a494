package org.kbbx.reporting.rate;

import java.time.LocalDate;
import org.kbbx.core.cohort.CohortPolicy;
import org.kbbx.core.school.Grade;
import org.kbbx.core.time.DateRange;
import org.kbbx.core.time.SchoolYear;

/**
 * The age cohort of one school year as birth-date bounds (R-AGE-2, R-AGE-3), so classifying a
 * child is a few comparisons instead of a {@code Period} computation. Agrees with {@link
 * CohortPolicy#classify} (property-tested).
 *
 * <p>This class is immutable and thread-safe.
 */
final class AgeLookup {

  /** Returned for a child outside compulsory age. */
  static final int NOT_COMPULSORY = -1;

  private final long[] first;
  private final long[] last;
  private final int[] row;

  private AgeLookup(long[] first, long[] last, int[] row) {
    this.first = first;
    this.last = last;
    this.row = row;
  }

  static AgeLookup of(CohortPolicy policy, SchoolYear year) {
    int ages = policy.lastCompulsoryAge() - policy.entryAge() + 1;
    long[] first = new long[ages];
    long[] last = new long[ages];
    int[] row = new int[ages];
    for (int i = 0; i < ages; i++) {
      int age = policy.entryAge() + i;
      DateRange range = policy.birthRangeForAge(age, year);
      first[i] = range.first().toEpochDay();
      last[i] = range.last().toEpochDay();
      int grade = age - policy.entryAge() + 1;
      row[i] = Grade.isValid(grade) ? grade : 0;
    }
    return new AgeLookup(first, last, row);
  }

  /**
   * Returns the population row of a child born on {@code birthDate}: its expected grade 1–9, 0
   * for compulsory age without an expected grade, or {@link #NOT_COMPULSORY}.
   */
  int populationRow(LocalDate birthDate) {
    long day = birthDate.toEpochDay();
    for (int i = 0; i < first.length; i++) {
      if (day >= first[i] && day <= last[i]) {
        return row[i];
      }
    }
    return NOT_COMPULSORY;
  }
}

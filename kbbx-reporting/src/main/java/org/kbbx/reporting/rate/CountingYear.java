package org.kbbx.reporting.rate;

import java.time.LocalDate;
import org.kbbx.core.cohort.CohortPolicy;
import org.kbbx.core.school.SchoolLevel;

/**
 * What classifying one student of a school year reads besides the student (R-RATE-2): the dates,
 * the cohort policy and the values derived from them once per year rather than once per student
 * (the first day of the year, the last primary grade, the age cohort's birth-date bounds).
 *
 * <p>This class is immutable and thread-safe.
 */
final class CountingYear {

  final RateDates dates;
  final CohortPolicy policy;
  final AgeLookup ages;
  /** The first day of the year: a dropout or completion counts if it began on or after it. */
  final LocalDate yearStart;
  /** The count date: a dropout or completion counts if it began on or before it. */
  final LocalDate countDate;
  /** {@link #yearStart} as an epoch day. */
  final long yearStartDay;
  /** {@link #countDate} as an epoch day. */
  final long countDay;
  /** The number of the last primary grade (6 in 6-3, 5 in 5-4). */
  final int lastPrimary;

  private CountingYear(RateDates dates, CohortPolicy policy) {
    this.dates = dates;
    this.policy = policy;
    this.ages = AgeLookup.of(policy, dates.year());
    this.yearStart = dates.year().start();
    this.countDate = dates.countDate();
    this.yearStartDay = yearStart.toEpochDay();
    this.countDay = countDate.toEpochDay();
    this.lastPrimary = policy.gradeSystem().lastGradeOf(SchoolLevel.PRIMARY).number();
  }

  static CountingYear of(RateDates dates, CohortPolicy policy) {
    return new CountingYear(dates, policy);
  }
}

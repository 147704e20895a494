package org.kbbx.reporting.rate;

import static org.kbbx.reporting.rate.ClassificationKeys.field;

import org.kbbx.core.school.GradeSystem;

/**
 * {@link YearStatusReader} of one {@link ClassificationKeys key}: answers what {@link
 * ColumnYearReader} would answer for any student with that key, so that {@link
 * StatusMembership#classify} runs on it unchanged. A question the key cannot answer (a day other
 * than the count-date state's first day, the events' slots, a population row without a household
 * or birth date, another jurisdiction or age lookup) is answered with a placeholder and recorded:
 * {@link #answerable()} is then false and the caller must not use the result.
 *
 * <p>Mutable and not thread-safe: a cursor moved with {@link #at}.
 */
final class KeyYearReader implements YearStatusReader {

  private static final int COUNT_SLOT = YearStatusReader.COUNT;
  private static final GradeSystem[] SYSTEMS = GradeSystem.values();

  private final CountingYear year;
  private long key;
  private boolean answerable;

  KeyYearReader(CountingYear year) {
    this.year = year;
  }

  /** Moves to {@code key} and forgets the unanswered questions. */
  KeyYearReader at(long key) {
    this.key = key;
    this.answerable = true;
    return this;
  }

  /** Returns whether every question since {@link #at} was answered from the key. */
  boolean answerable() {
    return answerable;
  }

  private boolean known(int slot) {
    if (slot < 0 || slot >= ClassificationKeys.SLOTS) {
      answerable = false;
      return false;
    }
    return true;
  }

  @Override
  public int schooling(int slot) {
    return known(slot) ? field(key, slot, ClassificationKeys.STATE_SHIFT, 4) : 0;
  }

  @Override
  public int record(int slot) {
    return known(slot) ? field(key, slot, ClassificationKeys.RECORD_SHIFT, 2) : 0;
  }

  @Override
  public int grade(int slot) {
    return known(slot) ? field(key, slot, ClassificationKeys.GRADE_SHIFT, 4) : 0;
  }

  @Override
  public GradeSystem system(int slot, GradeSystem jurisdiction) {
    if (jurisdiction != year.policy.gradeSystem()) {
      answerable = false; // the key resolved "none" with the year's jurisdiction
    }
    return known(slot)
        ? SYSTEMS[field(key, slot, ClassificationKeys.SYSTEM_SHIFT, 1)]
        : jurisdiction;
  }

  @Override
  public boolean hasSchool(int slot) {
    return known(slot) && field(key, slot, ClassificationKeys.SCHOOL_SHIFT, 1) != 0;
  }

  @Override
  public boolean sameSchool(int a, int b) {
    if (!known(a) || !known(b)) {
      return false;
    }
    if (a == b) {
      return true;
    }
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    for (int p = 0; p < ClassificationKeys.PAIRS.length; p++) {
      if (ClassificationKeys.PAIRS[p][0] == lo && ClassificationKeys.PAIRS[p][1] == hi) {
        return (key >>> (ClassificationKeys.SAME_SHIFT + p) & 1) != 0;
      }
    }
    throw new AssertionError("every pair of two slots is listed");
  }

  @Override
  public long sinceDay(int slot) {
    if (slot != COUNT_SLOT) {
      answerable = false;
      return NO_DAY;
    }
    // a day of the class: the classification compares it with these two days only
    switch ((int) (key >>> ClassificationKeys.SINCE_SHIFT) & 3) {
      case ClassificationKeys.BEFORE_YEAR:
        return year.yearStartDay - 1;
      case ClassificationKeys.IN_YEAR:
        return year.yearStartDay;
      case ClassificationKeys.AFTER_COUNT:
        return Math.max(year.countDay + 1, year.yearStartDay);
      default:
        return NO_DAY;
    }
  }

  @Override
  public boolean countIsCensus() {
    // as ColumnYearReader: the same school index and the same grade on both dates
    return sameSchool(COUNT_SLOT, CENSUS) && grade(COUNT_SLOT) == grade(CENSUS);
  }

  @Override
  public boolean hasEvents() {
    return false;
  }

  @Override
  public boolean present(int slot) {
    return false;
  }

  @Override
  public long completedOnDay() {
    answerable = false;
    return NO_DAY;
  }

  @Override
  public boolean hasHousehold() {
    return (key >>> ClassificationKeys.HOUSEHOLD_SHIFT & 1) != 0;
  }

  @Override
  public boolean hasBirthDate() {
    return (key >>> ClassificationKeys.BIRTH_SHIFT & 1) != 0;
  }

  @Override
  public int populationRow(AgeLookup ages) {
    int row = (int) (key >>> ClassificationKeys.ROW_SHIFT) & 0xF;
    if (row == ClassificationKeys.NO_ROW || ages != year.ages) {
      answerable = false;
      return AgeLookup.NOT_COMPULSORY;
    }
    return row - 1;
  }
}

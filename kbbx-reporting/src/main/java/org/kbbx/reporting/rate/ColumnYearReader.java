package org.kbbx.reporting.rate;

import org.kbbx.core.school.GradeSystem;

/**
 * {@link YearStatusReader} over the columns of a {@link StatusColumns}: each fact is one array
 * load at the student's index. The columns carry no events, so completion and intake are read from
 * the statuses, as for {@link YearStatuses} built from four statuses.
 *
 * <p>Mutable and not thread-safe: a cursor moved with {@link #at} from student to student.
 */
final class ColumnYearReader implements YearStatusReader {

  private final byte[] pState;
  private final byte[] pRecord;
  private final int[] pSchool;
  private final byte[] pGrade;
  private final int[] pSince;
  private final byte[] cState;
  private final byte[] cRecord;
  private final int[] cSchool;
  private final byte[] cGrade;
  private final int[] cSince;
  private final byte[] nState;
  private final byte[] nRecord;
  private final int[] nSchool;
  private final byte[] nGrade;
  private final int[] nSince;
  private final byte[] xState;
  private final byte[] xRecord;
  private final int[] xSchool;
  private final byte[] xGrade;
  private final int[] xSince;
  private final GradeSystem[] schoolSystems;
  private final int[] household;
  private final int[] birth;
  private int i;

  ColumnYearReader(StatusColumns c) {
    pState = c.schooling[PREVIOUS];
    pRecord = c.record[PREVIOUS];
    pSchool = c.school[PREVIOUS];
    pGrade = c.grade[PREVIOUS];
    pSince = c.since[PREVIOUS];
    cState = c.schooling[CENSUS];
    cRecord = c.record[CENSUS];
    cSchool = c.school[CENSUS];
    cGrade = c.grade[CENSUS];
    cSince = c.since[CENSUS];
    nState = c.schooling[COUNT];
    nRecord = c.record[COUNT];
    nSchool = c.school[COUNT];
    nGrade = c.grade[COUNT];
    nSince = c.since[COUNT];
    xState = c.schooling[NEXT];
    xRecord = c.record[NEXT];
    xSchool = c.school[NEXT];
    xGrade = c.grade[NEXT];
    xSince = c.since[NEXT];
    schoolSystems = c.schoolSystems;
    household = c.household;
    birth = c.birth;
  }

  /** Moves to student {@code index}. */
  void at(int index) {
    i = index;
  }

  @Override
  public int schooling(int slot) {
    switch (slot) {
      case PREVIOUS:
        return pState[i];
      case CENSUS:
        return cState[i];
      case COUNT:
        return nState[i];
      default:
        return xState[i];
    }
  }

  @Override
  public int record(int slot) {
    switch (slot) {
      case PREVIOUS:
        return pRecord[i];
      case CENSUS:
        return cRecord[i];
      case COUNT:
        return nRecord[i];
      default:
        return xRecord[i];
    }
  }

  @Override
  public int grade(int slot) {
    switch (slot) {
      case PREVIOUS:
        return pGrade[i];
      case CENSUS:
        return cGrade[i];
      case COUNT:
        return nGrade[i];
      default:
        return xGrade[i];
    }
  }

  /** Returns the school index of the slot, or {@link StatusColumns#NO_INDEX}. */
  int school(int slot) {
    switch (slot) {
      case PREVIOUS:
        return pSchool[i];
      case CENSUS:
        return cSchool[i];
      case COUNT:
        return nSchool[i];
      default:
        return xSchool[i];
    }
  }

  @Override
  public GradeSystem system(int slot, GradeSystem jurisdiction) {
    int s = school(slot);
    GradeSystem system = s < 0 ? null : schoolSystems[s];
    return system == null ? jurisdiction : system;
  }

  @Override
  public boolean hasSchool(int slot) {
    return school(slot) >= 0;
  }

  @Override
  public boolean sameSchool(int a, int b) {
    return school(a) == school(b);
  }

  @Override
  public long sinceDay(int slot) {
    int day;
    switch (slot) {
      case PREVIOUS:
        day = pSince[i];
        break;
      case CENSUS:
        day = cSince[i];
        break;
      case COUNT:
        day = nSince[i];
        break;
      default:
        day = xSince[i];
        break;
    }
    return day == StatusColumns.NO_DAY ? NO_DAY : day;
  }

  @Override
  public boolean countIsCensus() {
    // no events: the count-date counters go to the census place and there is no transfer when the
    // school and grade (and so the grade system, the school's) are the census ones
    return nSchool[i] == cSchool[i] && nGrade[i] == cGrade[i];
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
    return NO_DAY;
  }

  @Override
  public boolean hasHousehold() {
    return household[i] >= 0;
  }

  @Override
  public boolean hasBirthDate() {
    return birth[i] != StatusColumns.NO_DAY;
  }

  @Override
  public int populationRow(AgeLookup ages) {
    return ages.populationRowOfDay(birth[i]);
  }
}

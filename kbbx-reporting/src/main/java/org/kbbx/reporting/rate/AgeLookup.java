package org.kbbx.reporting.rate;

import java.time.LocalDate;
import org.kbbx.core.cohort.CohortPolicy;
import org.kbbx.core.school.Grade;
import org.kbbx.core.time.DateRange;
import org.kbbx.core.time.SchoolYear;

/**
 * The age cohort of one school year as birth-date bounds (R-AGE-2, R-AGE-3), so classifying a
 * child is a few comparisons instead of a {@code Period} computation. Agrees with {@link
 * CohortPolicy#classify} (property-tested). A date is compared as one number built from its year,
 * month and day fields ({@code year × 512 + month × 32 + day}, which orders as the dates do),
 * without the division by 100 and 400 of {@link LocalDate#toEpochDay}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class AgeLookup {

  /** Returned for a child outside compulsory age. */
  static final int NOT_COMPULSORY = -1;

  private final long[] first;
  private final long[] last;
  private final int[] row;

  /** Keys at most this far apart are looked up in {@link #table}; a wider span scans the ages. */
  private static final long MAX_TABLE = 1 << 16;

  /** The smallest key of the cohort; the table's index 0. */
  private final long base;
  /**
   * The row of every key from {@link #base} on, {@code (byte) NOT_COMPULSORY} outside the cohort:
   * one load per child instead of a scan of the ages (a few kilobytes); null for a span too wide.
   */
  private final byte[] table;

  /** The first epoch day of the cohort; {@link #dayTable}'s index 0. */
  private final long dayBase;
  /** {@link #table} by epoch day instead of by key; null for a span too wide. */
  private final byte[] dayTable;

  private AgeLookup(long[] first, long[] last, int[] row, long firstDay, long lastDay) {
    this.first = first;
    this.last = last;
    this.row = row;
    long lo = Long.MAX_VALUE;
    long hi = Long.MIN_VALUE;
    for (int i = 0; i < first.length; i++) {
      lo = Math.min(lo, first[i]);
      hi = Math.max(hi, last[i]);
    }
    this.base = lo;
    this.table = hi >= lo && hi - lo < MAX_TABLE ? fill(lo, (int) (hi - lo + 1)) : null;
    this.dayBase = firstDay;
    this.dayTable = lastDay >= firstDay && lastDay - firstDay < MAX_TABLE
        ? fillDays(firstDay, (int) (lastDay - firstDay + 1))
        : null;
  }

  private byte[] fillDays(long firstDay, int size) {
    byte[] cells = new byte[size];
    for (int k = 0; k < size; k++) {
      cells[k] = (byte) scan(key(LocalDate.ofEpochDay(firstDay + k)));
    }
    return cells;
  }

  private byte[] fill(long lo, int size) {
    byte[] cells = new byte[size];
    for (int k = 0; k < size; k++) {
      cells[k] = (byte) scan(lo + k);
    }
    return cells;
  }

  static AgeLookup of(CohortPolicy policy, SchoolYear year) {
    int ages = policy.lastCompulsoryAge() - policy.entryAge() + 1;
    long[] first = new long[ages];
    long[] last = new long[ages];
    int[] row = new int[ages];
    long firstDay = Long.MAX_VALUE;
    long lastDay = Long.MIN_VALUE;
    for (int i = 0; i < ages; i++) {
      int age = policy.entryAge() + i;
      DateRange range = policy.birthRangeForAge(age, year);
      first[i] = key(range.first());
      firstDay = Math.min(firstDay, range.first().toEpochDay());
      lastDay = Math.max(lastDay, range.last().toEpochDay());
      last[i] = key(range.last());
      int grade = age - policy.entryAge() + 1;
      row[i] = Grade.isValid(grade) ? grade : 0;
    }
    return new AgeLookup(first, last, row, firstDay, lastDay);
  }

  /**
   * Returns the population row of a child born on {@code birthDate}: its expected grade 1–9, 0
   * for compulsory age without an expected grade, or {@link #NOT_COMPULSORY}.
   */
  int populationRow(LocalDate birthDate) {
    long day = key(birthDate);
    if (table != null) {
      long at = day - base;
      return at >= 0 && at < table.length ? table[(int) at] : NOT_COMPULSORY;
    }
    return scan(day);
  }

  /**
   * Returns {@link #populationRow(LocalDate)} of the date {@code epochDay} ({@link
   * LocalDate#toEpochDay}): one load in a table by epoch day filled from the same definition.
   */
  int populationRowOfDay(long epochDay) {
    if (dayTable != null) {
      long at = epochDay - dayBase;
      return at >= 0 && at < dayTable.length ? dayTable[(int) at] : NOT_COMPULSORY;
    }
    return populationRow(LocalDate.ofEpochDay(epochDay));
  }

  /** The first age whose bounds hold {@code day}'s key: the definition the table is filled from. */
  private int scan(long day) {
    for (int i = 0; i < first.length; i++) {
      if (day >= first[i] && day <= last[i]) {
        return row[i];
      }
    }
    return NOT_COMPULSORY;
  }

  /** Returns a number that orders as the dates do: the year, month and day fields side by side. */
  private static long key(LocalDate date) {
    return (long) date.getYear() << 9 | date.getMonthValue() << 5 | date.getDayOfMonth();
  }
}

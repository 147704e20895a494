package org.kbbx.core.time;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Predicate;

/**
 * Running counts of school days per term, precomputed once per {@link SchoolCalendar}.
 *
 * <p>Positions: every school day of the calendar has a zero-based position in date order. A day
 * is located by a binary search over term starts, then an array lookup in its term.
 *
 * <p>This class is immutable and thread-safe.
 */
final class SchoolDayIndex {

  /** The terms by start, in an array: {@code List.get(k)} would walk k nodes. */
  private final Term[] terms;

  private final long[] termStarts;
  /** {@code counts[k][i]}: school days of term k strictly before its day i; length = days + 1. */
  private final int[][] counts;
  /** {@code before[k]}: school days in all terms before term k; length = terms + 1. */
  private final long[] before;

  SchoolDayIndex(List<Term> sortedTerms, Predicate<LocalDate> isSchoolDay) {
    this.terms = sortedTerms.toJavaArray(Term[]::new);
    int n = terms.length;
    this.termStarts = new long[n];
    this.counts = new int[n][];
    this.before = new long[n + 1];
    for (int k = 0; k < n; k++) {
      Term term = terms[k];
      termStarts[k] = term.start().toEpochDay();
      int[] running = new int[term.lengthInDays() + 1];
      long first = termStarts[k];
      for (int i = 0; i < running.length - 1; i++) {
        // by epoch day, so a term ending on LocalDate.MAX never steps past it (R-SM-2)
        running[i + 1] = running[i] + (isSchoolDay.test(LocalDate.ofEpochDay(first + i)) ? 1 : 0);
      }
      counts[k] = running;
      before[k + 1] = before[k] + running[running.length - 1];
    }
  }

  /** Returns term {@code k} (by start), in O(1). */
  Term term(int k) {
    return terms[k];
  }

  /** Returns the number of terms. */
  int termCount() {
    return terms.length;
  }

  /** Returns the index of the last term starting on or before {@code date}, or -1. */
  int floorTerm(LocalDate date) {
    int found = Arrays.binarySearch(termStarts, date.toEpochDay());
    return found >= 0 ? found : -found - 2;
  }

  boolean isSchoolDay(LocalDate date) {
    int k = floorTerm(date);
    if (k < 0) {
      return false;
    }
    long offset = date.toEpochDay() - termStarts[k];
    int[] running = counts[k];
    return offset < running.length - 1 && running[(int) offset + 1] != running[(int) offset];
  }

  /** Returns the number of school days strictly before {@code date}. */
  long countBefore(LocalDate date) {
    int k = floorTerm(date);
    if (k < 0) {
      return 0;
    }
    long offset = date.toEpochDay() - termStarts[k];
    int[] running = counts[k];
    return offset >= running.length - 1 ? before[k + 1] : before[k] + running[(int) offset];
  }

  /** Returns the number of school days in all terms. */
  long total() {
    return before[terms.length];
  }

  /** Returns the number of school days in term {@code k}. */
  long countIn(int k) {
    return before[k + 1] - before[k];
  }

  /** Returns the position of the first school day of term {@code k}. */
  long firstPositionOf(int k) {
    return before[k];
  }

  /** Returns the school day at zero-based {@code position}, or none beyond the calendar. */
  Option<LocalDate> schoolDayAt(long position) {
    int n = terms.length;
    if (position < 0 || position >= before[n]) {
      return Option.none();
    }
    int k = lastAtMost(before, n, position);
    int[] running = counts[k];
    long local = position - before[k];
    // the first j with running[j] > local; the school day is day j - 1 of the term
    int lo = 1;
    int hi = running.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (running[mid] > local) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return Option.some(terms[k].start().plusDays(lo - 1L));
  }

  /** Returns the largest k in [0, size) with {@code values[k] <= target}. */
  private static int lastAtMost(long[] values, int size, long target) {
    int lo = 0;
    int hi = size - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (values[mid] <= target) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }
}

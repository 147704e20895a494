package org.kbbx.core.status;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The order of a student's status events on her timeline — (effective date, sequence, id),
 * R-SM-4 — and the one sort every replay uses to put events in it, for any arrival order.
 *
 * <p>The sorts work on primitive keys, not on the events: one pass reads each event's date once,
 * in the order the events lie in memory, into a {@code long} that packs the day with the event's
 * position; those keys are sorted by day — a counting sort when the days spanned are few for the
 * number of events, else as numbers ({@link Arrays#sort(long[])}); none needed when they arrive
 * in order — and the events are permuted once. Only events of one day are compared by
 * sequence and id, among themselves. So a sort costs O(n log n) number comparisons and O(n)
 * reads of the events, whatever the arrival order, instead of O(n log n) comparisons that each
 * follow two events' pointers.
 */
public final class TimelineOrder {

  /** The timeline's order: effective date, then sequence, then id (R-SM-4). */
  public static final Comparator<StatusEvent> ORDER = Comparator.comparing(
          StatusEvent::effectiveDate)
      .thenComparingLong(StatusEvent::sequence)
      .thenComparing(StatusEvent::id);

  /** Day runs at most this long are finished by insertion sort. */
  private static final int SMALL_RUN = 16;

  /** Below this many events the keys are sorted as numbers. */
  private static final int COUNTING_MIN = 64;

  /** A counting sort is used while the days spanned are fewer than this many per event. */
  private static final int COUNTING_SLOTS_PER_KEY = 4;

  /** Packed keys hold a day offset above the 32 bits of a position. */
  private static final long MAX_DAY_SPAN = Integer.MAX_VALUE;

  private TimelineOrder() {}

  /**
   * Sorts {@code events[from, to)} in place in the timeline's {@linkplain #ORDER order}; O(n log
   * n) for any arrival order, with no comparator call unless two events share a date. Events
   * that compare equal (same date, sequence and id) keep their relative order.
   *
   * @param events the events, none null
   * @param from the first position, inclusive
   * @param to the last position, exclusive
   */
  public static void sort(StatusEvent[] events, int from, int to) {
    sortedDays(events, from, to);
  }

  /**
   * Sorts {@code events[from, to)} as {@link #sort(StatusEvent[], int, int)} and returns their
   * epoch days in the sorted order, each event's date read once, where the events lie.
   */
  static long[] sortedDays(StatusEvent[] events, int from, int to) {
    int n = to - from;
    long[] keys = new long[n];
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int k = 0; k < n; k++) {
      long day = events[from + k].effectiveDate().toEpochDay();
      keys[k] = day;
      min = Math.min(min, day);
      max = Math.max(max, day);
    }
    if (n < 2) {
      return keys;
    }
    if (!packable(min, max)) {
      Arrays.sort(events, from, to, ORDER); // dates beyond any timeline's range: not packable
      for (int k = 0; k < n; k++) {
        keys[k] = events[from + k].effectiveDate().toEpochDay();
      }
      return keys;
    }
    if (pack(keys, n, min)) {
      StatusEvent[] given = Arrays.copyOfRange(events, from, to);
      for (int k = 0; k < n; k++) {
        events[from + k] = given[(int) keys[k]];
      }
    }
    int start = 0;
    while (start < n) {
      int end = start + 1;
      while (end < n && keys[end] >>> 32 == keys[start] >>> 32) {
        end++;
      }
      if (end - start > 1) {
        sortDay(events, from + start, from + end);
      }
      start = end;
    }
    for (int k = 0; k < n; k++) {
      keys[k] = (keys[k] >>> 32) + min; // back to the day; one day's events share it
    }
    return keys;
  }

  /**
   * Sorts {@code events} in place in the timeline's {@linkplain #ORDER order}, as {@link
   * #sort(StatusEvent[], int, int)}.
   *
   * @param events the events, none null; must support {@code set}
   */
  public static void sort(List<StatusEvent> events) {
    StatusEvent[] array = events.toArray(new StatusEvent[0]);
    sort(array, 0, array.length);
    for (int k = 0; k < array.length; k++) {
      events.set(k, array[k]);
    }
  }

  /**
   * Returns the positions {@code 0 … n-1} of {@code days[0, n)} ordered by day, positions of one
   * day in increasing order (a stable sort): O(n log n) on numbers, O(n) when already in order.
   *
   * @param days epoch days; any values
   * @param n how many of them count
   * @return the positions in day order
   */
  public static int[] byDay(long[] days, int n) {
    int[] out = new int[n];
    if (n == 0) {
      return out;
    }
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int k = 0; k < n; k++) {
      min = Math.min(min, days[k]);
      max = Math.max(max, days[k]);
    }
    if (!packable(min, max)) {
      Integer[] boxed = new Integer[n];
      for (int k = 0; k < n; k++) {
        boxed[k] = k;
      }
      Arrays.sort(boxed, Comparator.comparingLong(k -> days[k])); // stable
      for (int k = 0; k < n; k++) {
        out[k] = boxed[k];
      }
      return out;
    }
    long[] keys = Arrays.copyOf(days, n);
    pack(keys, n, min);
    for (int k = 0; k < n; k++) {
      out[k] = (int) keys[k];
    }
    return out;
  }

  /** Whether days from {@code min} to {@code max} fit the 31 bits above a key's position. */
  private static boolean packable(long min, long max) {
    long span = max - min; // negative on overflow
    return span >= 0 && span <= MAX_DAY_SPAN;
  }

  /**
   * Replaces {@code keys[k]}, a day, by (day - min) above position k, and sorts the keys;
   * returns whether they were out of order (the positions moved).
   */
  private static boolean pack(long[] keys, int n, long min) {
    boolean sorted = true;
    long span = 0;
    for (int k = 0; k < n; k++) {
      long offset = keys[k] - min;
      span = Math.max(span, offset);
      keys[k] = (offset << 32) | k;
      sorted &= k == 0 || keys[k - 1] < keys[k];
    }
    if (sorted) {
      return false;
    }
    if (n >= COUNTING_MIN && span < (long) COUNTING_SLOTS_PER_KEY * n) {
      countingSort(keys, n, (int) span + 1);
    } else {
      Arrays.sort(keys, 0, n);
    }
    return true;
  }

  /**
   * Sorts packed keys by their day offset, below {@code days}, with one counting pass: O(n +
   * days), and stable, so positions of one day stay increasing — the same order as sorting the
   * keys as numbers.
   */
  private static void countingSort(long[] keys, int n, int days) {
    int[] start = new int[days + 1];
    for (int k = 0; k < n; k++) {
      start[(int) (keys[k] >>> 32) + 1]++;
    }
    for (int d = 0; d < days; d++) {
      start[d + 1] += start[d];
    }
    long[] out = new long[n];
    for (int k = 0; k < n; k++) {
      out[start[(int) (keys[k] >>> 32)]++] = keys[k];
    }
    System.arraycopy(out, 0, keys, 0, n);
  }

  /** Sorts events of one date by (sequence, id), stably. */
  private static void sortDay(StatusEvent[] events, int from, int to) {
    if (to - from > SMALL_RUN) {
      Arrays.sort(events, from, to, ORDER);
      return;
    }
    for (int i = from + 1; i < to; i++) {
      StatusEvent e = events[i];
      int j = i - 1;
      while (j >= from && ORDER.compare(events[j], e) > 0) {
        events[j + 1] = events[j];
        j--;
      }
      events[j + 1] = e;
    }
  }
}

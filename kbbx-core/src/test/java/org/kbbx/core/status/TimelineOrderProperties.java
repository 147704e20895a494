package org.kbbx.core.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.id.StudentId;

/**
 * Property: {@link TimelineOrder}'s sorts on primitive keys give exactly the order of a stable
 * sort by the timeline's comparator (R-SM-4: any arrival order, the same order): for random
 * events — few or many, many on one day or spread over years or over the whole range of
 * {@link LocalDate}, ties of date and sequence, equal ids — and any part of an array; and
 * {@link TimelineOrder#byDay} gives the positions of a stable sort by day, for any values.
 */
@Tag("R-SM-4")
class TimelineOrderProperties {

  private static final StudentId STUDENT = StudentId.of("G000004");

  @Test
  void sortEqualsAStableSortByTheTimelinesOrder() {
    qt().forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      StatusEvent[] events = events(r);
      int from = r.nextInt(3) == 0 ? r.nextInt(events.length + 1) : 0;
      int to = r.nextInt(3) == 0 ? from + r.nextInt(events.length - from + 1) : events.length;
      StatusEvent[] expected = events.clone();
      Arrays.sort(expected, from, to, TimelineOrder.ORDER); // TimSort: stable
      StatusEvent[] actual = events.clone();
      TimelineOrder.sort(actual, from, to);
      for (int k = 0; k < events.length; k++) {
        assertThat(actual[k]).as("position %d", k).isSameAs(expected[k]);
      }
    });
  }

  @Test
  void listSortEqualsTheArraySort() {
    qt().forAll(longs().all()).checkAssert(seed -> {
      StatusEvent[] events = events(new Random(seed));
      List<StatusEvent> list = new ArrayList<>(Arrays.asList(events));
      TimelineOrder.sort(list);
      TimelineOrder.sort(events, 0, events.length);
      assertThat(list).containsExactly(events);
    });
  }

  @Test
  void byDayEqualsAStableSortOfThePositions() {
    qt().forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      int n = size(r);
      long[] days = new long[n + r.nextInt(3)]; // slots past n do not count
      long base = r.nextInt(4) == 0 ? r.nextLong() : 7_000;
      int spread = spread(r, n);
      for (int k = 0; k < days.length; k++) {
        days[k] = r.nextInt(8) == 0 ? r.nextLong() : base + r.nextInt(spread);
      }
      if (r.nextBoolean()) {
        Arrays.sort(days, 0, n); // arrived in order
      }
      List<Integer> expected = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        expected.add(k);
      }
      expected.sort(Comparator.comparingLong(k -> days[k])); // List.sort: stable
      assertThat(TimelineOrder.byDay(days, n))
          .containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
    });
  }

  /** Random events in a random or partly sorted order. */
  private static StatusEvent[] events(Random r) {
    int n = size(r);
    int spread = spread(r, n);
    boolean extreme = r.nextInt(6) == 0;
    StatusEvent[] events = new StatusEvent[n];
    for (int k = 0; k < n; k++) {
      LocalDate date = extreme && r.nextInt(4) == 0
          ? (r.nextBoolean() ? LocalDate.MIN : LocalDate.MAX)
          : LocalDate.of(2010, 1, 1).plusDays(r.nextInt(spread));
      events[k] = StatusEvent.of(
          "e" + r.nextInt(n + 1), STUDENT, date, r.nextInt(3), EventType.START_LEAVE);
    }
    int order = r.nextInt(4);
    if (order == 0) {
      Arrays.sort(events, TimelineOrder.ORDER);
    } else if (order == 1) {
      Arrays.sort(events, TimelineOrder.ORDER.reversed());
    }
    return events;
  }

  /** Up to 600 items, often past the sizes where the sort changes method. */
  private static int size(Random r) {
    return r.nextInt(4) == 0 ? r.nextInt(20) : r.nextInt(600);
  }

  /** How many days the items spread over: one, few (many ties), or many for their number. */
  private static int spread(Random r, int n) {
    switch (r.nextInt(4)) {
      case 0:
        return 1;
      case 1:
        return 1 + n / 8;
      case 2:
        return 1 + 2 * n;
      default:
        return 1 + 50 * n;
    }
  }
}

package org.kbbx.core.status;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders one student's events: keeps the first of each id, keeps the events that can move the
 * status (not retracted; a retraction only if its target is a held event that is not itself
 * a retraction, as {@link StudentTimeline} decides), and sorts them by (date, sequence, id), for
 * {@link StatusEventBatch.Builder#build()}. Students with at most {@code SMALL} events are checked
 * pairwise, larger ones with a hash map, so the work is linear per student plus one sort. Its
 * buffers are as long as the longest student's events, never as long as the batch.
 *
 * <p>This class is mutable and not thread-safe; it lives for one build.
 */
final class StudentEventOrder {
  private static final byte DUPLICATE = 1;
  private static final byte RETRACTED = 2;
  private static final byte MOVES = 4;

  private final StatusEventBatch.Builder b;
  /** The builder's events grouped by student, or null where they arrived grouped. */
  private final int[] order;

  private final Comparator<Integer> byOrder;
  private final Map<String, Integer> firstOfId = new HashMap<>();
  private final List<Map.Entry<Integer, Rejection>> refusals;
  /** Flags of the current student's events, by position from {@code from}. */
  private byte[] flags = new byte[16];
  /** The current student's kept events, in order. */
  private int[] kept = new int[16];

  private boolean unchanged;

  StudentEventOrder(
      StatusEventBatch.Builder b, int[] order, List<Map.Entry<Integer, Rejection>> refusals) {
    this.b = b;
    this.order = order;
    this.refusals = refusals;
    this.byOrder = (x, y) -> compare(x, y);
  }

  private int at(int p) {
    return order == null ? p : order[p];
  }

  /** Returns the {@code k}-th kept event of the student ordered last. */
  int kept(int k) {
    return kept[k];
  }

  /**
   * Returns whether the student ordered last keeps every event, at the place it has in the
   * builder: they arrived grouped, in order, with no duplicate and no retraction.
   */
  boolean unchanged() {
    return unchanged;
  }

  /**
   * Orders student {@code student}'s events at positions {@code [from, to)}: the events that can
   * move the status become {@link #kept(int)}; returns how many.
   */
  int orderStudent(int from, int to, int student) {
    int n = to - from;
    if (flags.length < n) {
      flags = new byte[Math.max(n, flags.length * 2)];
      kept = new int[flags.length];
    }
    Arrays.fill(flags, 0, n, (byte) 0);
    boolean small = n <= StatusEventBatch.SMALL;
    boolean retractions = false;
    firstOfId.clear();
    for (int p = from; p < to; p++) {
      int e = at(p);
      String id = b.id[e];
      retractions |= b.type[e] == StatusEventBatch.RETRACTION;
      boolean duplicate =
          small ? liveWithId(from, p, id) >= 0 : firstOfId.putIfAbsent(id, p) != null;
      if (duplicate) {
        flags[p - from] = DUPLICATE;
        refusals.add(Map.entry(
            b.position(e), new Rejection.DuplicateEventId(Status.initial(), b.event(e, student))));
      }
    }
    if (retractions) {
      for (int p = from; p < to; p++) {
        int e = at(p);
        if (flags[p - from] == DUPLICATE || b.type[e] != StatusEventBatch.RETRACTION) {
          continue;
        }
        String target = b.payloadList.get(b.payload[e]).target().orElse("");
        int t = small ? liveWithId(from, to, target) : firstOfId.getOrDefault(target, -1);
        if (t >= 0 && b.type[at(t)] != StatusEventBatch.RETRACTION) {
          flags[t - from] |= RETRACTED;
          flags[p - from] |= MOVES;
        }
      }
    }
    int count = 0;
    boolean sorted = true;
    for (int p = from; p < to; p++) {
      int e = at(p);
      byte f = flags[p - from];
      boolean moves = b.type[e] == StatusEventBatch.RETRACTION ? (f & MOVES) != 0 : f == 0;
      if (moves) {
        if (count > 0 && compare(kept[count - 1], e) > 0) {
          sorted = false;
        }
        kept[count++] = e;
      }
    }
    if (!sorted) {
      Integer[] boxed = new Integer[count];
      for (int k = 0; k < count; k++) {
        boxed[k] = kept[k];
      }
      Arrays.sort(boxed, byOrder);
      for (int k = 0; k < count; k++) {
        kept[k] = boxed[k];
      }
    }
    unchanged = order == null && sorted && count == n;
    return count;
  }

  /** The position in {@code [from, to)} of the non-duplicate event with {@code id}, or -1. */
  private int liveWithId(int from, int to, String id) {
    for (int q = from; q < to; q++) {
      if (flags[q - from] != DUPLICATE && b.id[at(q)].equals(id)) {
        return q;
      }
    }
    return -1;
  }

  /** Orders builder events {@code x} and {@code y} by (date, sequence, id), as the timeline. */
  private int compare(int x, int y) {
    int c = Integer.compare(b.day[x], b.day[y]);
    if (c == 0) {
      c = Long.compare(b.sequence.get(x), b.sequence.get(y));
    }
    return c != 0 ? c : b.id[x].compareTo(b.id[y]);
  }
}

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
 * pairwise, larger ones with a hash map, so the work is linear per student plus one sort.
 *
 * <p>This class is mutable and not thread-safe; it lives for one build.
 */
final class StudentEventOrder {
  private static final byte DUPLICATE = 1;
  private static final byte RETRACTED = 2;
  private static final byte MOVES = 4;

  private final StatusEventBatch.Builder b;
  private final int[] order;
  private final byte[] flags;
  private final Comparator<Integer> byOrder;
  private final Map<String, Integer> firstOfId = new HashMap<>();
  private final List<Map.Entry<Integer, Rejection>> refusals;

  StudentEventOrder(
      StatusEventBatch.Builder b, int[] order, List<Map.Entry<Integer, Rejection>> refusals) {
    this.b = b;
    this.order = order;
    this.refusals = refusals;
    this.flags = new byte[order.length];
    this.byOrder = (x, y) -> compare(x, y);
  }

  /** Appends the events of positions {@code [from, to)} that can move the status to {@code kept}. */
  int orderStudent(int from, int to, int[] kept, int count) {
    boolean small = to - from <= StatusEventBatch.SMALL;
    firstOfId.clear();
    for (int p = from; p < to; p++) {
      String id = b.id[order[p]];
      boolean duplicate =
          small ? liveWithId(from, p, id) >= 0 : firstOfId.putIfAbsent(id, p) != null;
      if (duplicate) {
        flags[p] = DUPLICATE;
        int e = order[p];
        refusals.add(
            Map.entry(b.position[e], new Rejection.DuplicateEventId(Status.initial(), b.event(e))));
      }
    }
    for (int p = from; p < to; p++) {
      int e = order[p];
      if (flags[p] == DUPLICATE || b.type[e] != StatusEventBatch.RETRACTION) {
        continue;
      }
      String target = b.payloadList.get(b.payload[e]).target().orElse("");
      int t = small ? liveWithId(from, to, target) : firstOfId.getOrDefault(target, -1);
      if (t >= 0 && b.type[order[t]] != StatusEventBatch.RETRACTION) {
        flags[t] |= RETRACTED;
        flags[p] |= MOVES;
      }
    }
    int first = count;
    boolean sorted = true;
    for (int p = from; p < to; p++) {
      boolean moves =
          b.type[order[p]] == StatusEventBatch.RETRACTION ? (flags[p] & MOVES) != 0 : flags[p] == 0;
      if (moves) {
        if (count > first && compare(kept[count - 1], order[p]) > 0) {
          sorted = false;
        }
        kept[count++] = order[p];
      }
    }
    if (!sorted) {
      Integer[] boxed = new Integer[count - first];
      for (int k = 0; k < boxed.length; k++) {
        boxed[k] = kept[first + k];
      }
      Arrays.sort(boxed, byOrder);
      for (int k = 0; k < boxed.length; k++) {
        kept[first + k] = boxed[k];
      }
    }
    return count;
  }

  /** The position in {@code [from, to)} of the non-duplicate event with {@code id}, or -1. */
  private int liveWithId(int from, int to, String id) {
    for (int q = from; q < to; q++) {
      if (flags[q] != DUPLICATE && b.id[order[q]].equals(id)) {
        return q;
      }
    }
    return -1;
  }

  /** Orders builder events {@code x} and {@code y} by (date, sequence, id), as the timeline. */
  private int compare(int x, int y) {
    int c = Integer.compare(b.day[x], b.day[y]);
    if (c == 0) {
      c = Long.compare(b.sequence[x], b.sequence[y]);
    }
    return c != 0 ? c : b.id[x].compareTo(b.id[y]);
  }
}

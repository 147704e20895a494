package org.kbbx.testkit;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.Objects;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.core.status.StudentTimeline;
import org.kbbx.core.status.TimelineEntry;

/**
 * The persistence contract as a plain method, usable from any test framework: what a vendor
 * stored and loaded back replays to the same timeline.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TimelineReplay {

  private TimelineReplay() {}

  /**
   * Returns the events a vendor must store for {@code timeline}: every ordered entry's event —
   * applied, rejected and retracted alike (R-SM-3) — in timeline order. Refused bad input is not
   * part of the history and need not be stored.
   *
   * @param timeline the timeline, not null
   * @return the events to store
   */
  public static Vector<StatusEvent> eventsToStore(StudentTimeline timeline) {
    Objects.requireNonNull(timeline, "timeline");
    return timeline.entries().map(TimelineEntry::event).toVector();
  }

  /**
   * Checks that {@code loaded}, replayed from scratch under the same machine, gives the same
   * entries (events, outcomes, rejection codes, statuses), the same spans and the same current
   * status as {@code original}; the order of {@code loaded} does not matter (R-SM-4).
   *
   * @param original the timeline whose events were stored, not null
   * @param loaded the events loaded back, not null
   * @throws AssertionError describing the first difference
   */
  public static void assertReplaysTheSame(StudentTimeline original, Iterable<StatusEvent> loaded) {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(loaded, "loaded");
    StudentTimeline replayed =
        StudentTimeline.of(original.student(), original.machine()).withAll(loaded);
    if (!replayed.refused().isEmpty()) {
      throw new AssertionError("loaded events were refused: "
          + replayed.refused().map(e -> e.rejection().get().message()).mkString("; "));
    }
    same("number of events", original.entries().size(), replayed.entries().size());
    Seq<TimelineEntry> a = original.entries();
    Seq<TimelineEntry> b = replayed.entries();
    for (int i = 0; i < a.size(); i++) {
      same("event " + i, a.get(i).event(), b.get(i).event());
      same("outcome of " + a.get(i).event().id(), a.get(i).outcome(), b.get(i).outcome());
      same(
          "rejection of " + a.get(i).event().id(),
          a.get(i).rejection().map(r -> r.code()),
          b.get(i).rejection().map(r -> r.code()));
      same("status after " + a.get(i).event().id(), a.get(i).status(), b.get(i).status());
    }
    same("spans", original.spans(), replayed.spans());
    same("current status", original.current(), replayed.current());
  }

  private static void same(String what, Object expected, Object actual) {
    if (!Objects.equals(expected, actual)) {
      throw new AssertionError("stored and loaded timeline differs in " + what + ": expected <"
          + expected + "> but was <" + actual + ">");
    }
  }
}

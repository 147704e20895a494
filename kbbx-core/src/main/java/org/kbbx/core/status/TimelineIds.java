package org.kbbx.core.status;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;

/**
 * The accepted events of a {@link StudentTimeline} by id: a frozen hash map, never changed once
 * made, and a persistent map of the events added since. A batch of m new events becomes a new
 * frozen map (of every id, O(n + m)) when it is at least as large as all the ids held, so each
 * id is copied O(1) times on average; a smaller batch, and a single event, go into the
 * persistent map at O(log n) each. Either way the work stays linear in the events for any
 * sequence of additions, and a large batch pays a plain hash map's cost per event, in whatever
 * order its ids come.
 *
 * <p>This class is immutable once made and thread-safe.
 */
final class TimelineIds {

  static final TimelineIds EMPTY = new TimelineIds(java.util.Map.of(), HashMap.empty());

  private final java.util.Map<String, StatusEvent> frozen;
  private final Map<String, StatusEvent> added;

  private TimelineIds(java.util.Map<String, StatusEvent> frozen, Map<String, StatusEvent> added) {
    this.frozen = frozen;
    this.added = added;
  }

  /** Returns the event with {@code id}, if held. */
  Option<StatusEvent> get(String id) {
    StatusEvent event = frozen.get(id);
    return event != null ? Option.some(event) : added.get(id);
  }

  /** Returns whether an event with {@code id} is held. */
  boolean contains(String id) {
    return frozen.containsKey(id) || added.containsKey(id);
  }

  /** Returns how many ids are held. */
  int size() {
    return frozen.size() + added.size();
  }

  /** Returns these ids with {@code event}'s, which is not held. O(log n). */
  TimelineIds with(StatusEvent event) {
    return new TimelineIds(frozen, added.put(event.id(), event));
  }

  /**
   * Returns these ids with those of {@code batch}, none held: a new frozen map when the batch is
   * at least as large as the ids held, else one persistent addition per event.
   */
  TimelineIds withAll(java.util.Map<String, StatusEvent> batch) {
    if (batch.isEmpty()) {
      return this;
    }
    if (batch.size() < size()) {
      Map<String, StatusEvent> more = added;
      for (java.util.Map.Entry<String, StatusEvent> e : batch.entrySet()) {
        more = more.put(e.getKey(), e.getValue());
      }
      return new TimelineIds(frozen, more);
    }
    java.util.HashMap<String, StatusEvent> all;
    if (frozen.isEmpty() && added.isEmpty() && batch instanceof java.util.HashMap) {
      all = (java.util.HashMap<String, StatusEvent>) batch; // the caller hands it over
    } else {
      all = new java.util.HashMap<>(frozen);
      added.forEach(all::put);
      all.putAll(batch);
    }
    return new TimelineIds(java.util.Collections.unmodifiableMap(all), HashMap.empty());
  }
}

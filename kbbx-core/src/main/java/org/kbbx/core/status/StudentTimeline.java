package org.kbbx.core.status;

import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import org.kbbx.core.id.StudentId;

/**
 * One student's status history, derived by replaying dated events (docs/rules.md §4, R-SM-3..8).
 *
 * <ul>
 *   <li><b>Nothing lost (R-SM-3).</b> Every event given is kept: ordered {@linkplain #entries()
 *       entries} that were applied, rejected by the machine or retracted, and
 *       {@linkplain #refused() refused} bad input — a null event, an event for another student, a
 *       duplicate id (the first to arrive is kept), a date before {@link #EARLIEST_DATE} or after
 *       {@link #LATEST_DATE}. Nothing throws, nothing is dropped.
 *   <li><b>Arrival order does not matter (R-SM-4).</b> Entries are ordered by (effective date,
 *       sequence, id); a back-dated event is inserted in its place and the statuses after it are
 *       recomputed. Any arrival order of the same events gives the same entries and spans.
 *   <li><b>Corrections (R-SM-5).</b> A retraction of a held event removes its effect — the replay
 *       skips it, whatever the retraction's own date — and both stay in the history. A retraction
 *       whose target has not arrived is rejected until the target arrives. Retracting a
 *       retraction is rejected.
 *   <li><b>Status on any date (R-SM-6).</b> {@link #statusOn(LocalDate)} is the status at the end
 *       of that day, after all its events; {@link #spans()} lists the maximal runs of one status.
 * </ul>
 *
 * <p>Cost (n = events held, k = events added since the timeline was last replayed):
 * <ul>
 *   <li>{@link #with} of an event dated after every held event, with nothing waiting to be
 *       replayed: one machine step, O(log n) for the id maps, and one append.
 *   <li>{@link #with} of any other accepted event (back-dated, or while earlier additions wait):
 *       O(log n) — a binary search, two persistent-map updates and one append to the waiting
 *       list. No machine step: the replay is deferred to the first query.
 *   <li>{@link #withAll} of m events in any order: each accepted event is placed as a waiting
 *       one above (a binary search, with an O(1) check for one dated after every held event),
 *       its id going into a plain hash map for the batch; the batch's ids join the held ones
 *       as a new frozen map when the batch is at least as large as what is held, else one
 *       persistent-map update each (amortised linear either way, see {@code TimelineIds}). No
 *       machine step and no timeline per event. The first query then sorts the waiting events
 *       once by (date, sequence, id) on primitive keys ({@link TimelineOrder}), merges them with
 *       the held events from the earliest change on and replays that part in one pass:
 *       O(m log m + r) for r entries from the earliest change, each one machine step. Building
 *       a timeline from m events in any arrival order therefore costs O(m log m) and m machine
 *       steps.
 *   <li>The first query ({@link #entries()}, {@link #statusOn}, {@link #current()},
 *       {@link #spans()}, {@link #rejected()}, {@code toString}) after deferred additions does
 *       that replay once and keeps it; later queries cost {@code statusOn} O(log n),
 *       {@code current} O(1), {@code spans} O(n) once, then O(1).
 *   <li>A refused event (bad input) carries the current status in its rejection, so it does the
 *       deferred replay first. Input that alternates back-dated events with refused ones (or with
 *       queries) pays one replay per refusal (or query) — the one case that is not
 *       O(n log n), because each of those statuses is a different replay.
 * </ul>
 *
 * <p>This class is immutable and thread-safe (the deferred replay replaces the pending events
 * by its result once, published safely; threads racing on it compute equal values).
 */
public final class StudentTimeline {

  /** The earliest plausible effective date, 1990-01-01. */
  public static final LocalDate EARLIEST_DATE = LocalDate.of(1990, 1, 1);

  /** The latest plausible effective date, 2100-12-31. */
  public static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);

  static final Comparator<StatusEvent> ORDER = TimelineOrder.ORDER;

  private final StudentId student;
  private final StatusMachine machine;
  private final Vector<TimelineEntry> refused;
  private final TimelineIds byId;
  private final Map<String, Set<String>> retractionsByTarget;
  /**
   * The accepted events; replaced once, by its replayed form, at the first query after deferred
   * additions (the values a caller can observe never change).
   */
  private volatile Held held;
  /** The spans, computed at the first {@link #spans()} (then never changed). */
  private volatile Seq<StatusSpan> spans;
  /**
   * The entries' epoch days, kept by a whole replay (one that held nothing before) for the
   * first {@link #spans()}; null otherwise, and once the spans are known.
   */
  private volatile long[] wholeDays;

  /**
   * Accepted events: ordered {@code entries} whose statuses are final in {@code [0, valid)} (the
   * rest wait for a replay), and {@code waiting} events not yet ordered, in arrival order, each
   * sorting after {@code entries[valid - 1]}; {@code inOrder} says the waiting events arrived
   * in timeline order (the replay need not sort them); {@code decisions} counts the machine
   * decisions made so far (a complexity probe for tests).
   */
  private record Held(
      Vector<TimelineEntry> entries,
      int valid,
      Vector<StatusEvent> waiting,
      boolean inOrder,
      long decisions) {

    static final Held EMPTY = new Held(Vector.empty(), 0, Vector.empty(), true, 0);

    boolean replayed() {
      return valid == entries.size() && waiting.isEmpty();
    }
  }

  private StudentTimeline(
      StudentId student,
      StatusMachine machine,
      Held held,
      Vector<TimelineEntry> refused,
      TimelineIds byId,
      Map<String, Set<String>> retractionsByTarget) {
    this.student = student;
    this.machine = machine;
    this.held = held;
    this.refused = refused;
    this.byId = byId;
    this.retractionsByTarget = retractionsByTarget;
  }

  /**
   * Returns an empty timeline for {@code student} under the national machine.
   *
   * @param student the student, not null
   * @return the empty timeline
   */
  public static StudentTimeline of(StudentId student) {
    return of(student, StatusMachine.national());
  }

  /**
   * Returns an empty timeline for {@code student} under {@code machine}.
   *
   * @param student the student, not null
   * @param machine the machine, not null
   * @return the empty timeline
   */
  public static StudentTimeline of(StudentId student, StatusMachine machine) {
    Objects.requireNonNull(student, "student");
    Objects.requireNonNull(machine, "machine");
    return new StudentTimeline(
        student, machine, Held.EMPTY, Vector.empty(), TimelineIds.EMPTY, HashMap.empty());
  }

  /** Returns the student this timeline belongs to. */
  public StudentId student() {
    return student;
  }

  /** Returns the machine that replays the events. */
  public StatusMachine machine() {
    return machine;
  }

  /**
   * Returns this timeline with {@code event} added; never throws (R-SM-2). Bad input becomes a
   * {@linkplain #refused() refused} entry with its typed rejection. An event dated after every
   * held event costs one machine step; any other is placed in O(log n) and the statuses after
   * it are replayed once, at the next query (see the class documentation for exact costs).
   *
   * @param event the event, may be null
   * @return the new timeline
   */
  public StudentTimeline with(StatusEvent event) {
    if (isRefused(event)) {
      // The rejection names the current status: do the deferred replay, then keep its result.
      Vector<TimelineEntry> all = ordered();
      Status now = all.isEmpty() ? Status.initial() : all.last().status();
      TimelineEntry entry =
          new TimelineEntry(event, EntryOutcome.REFUSED, refusal(event, now), now);
      return new StudentTimeline(
          student, machine, held, refused.append(entry), byId, retractionsByTarget);
    }
    Held h = held;
    int from = insertionPoint(h.entries(), event);
    Map<String, Set<String>> retractions = retractionsByTarget;
    if (event.isRetraction()) {
      String target = event.targetEventId().get();
      retractions = retractions.put(
          target, retractions.get(target).getOrElse(HashSet.empty()).add(event.id()));
      Option<StatusEvent> targetEvent = byId.get(target);
      if (targetEvent.isDefined()) {
        from = Math.min(from, insertionPoint(h.entries(), targetEvent.get()));
      }
    }
    for (String retraction : retractionsByTarget.get(event.id()).getOrElse(HashSet.empty())) {
      from = Math.min(from, insertionPoint(h.entries(), byId.get(retraction).get()));
    }
    TimelineIds ids = byId.with(event);
    Vector<TimelineEntry> entries = h.entries();
    if (h.replayed() && from == entries.size()) {
      // The common case, an event in date order: one machine step and one append, no replay.
      Status before = entries.isEmpty() ? Status.initial() : entries.last().status();
      TimelineEntry entry = decide(event, before, ids, retractions);
      Held next = new Held(
          entries.append(entry), entries.size() + 1, h.waiting(), h.inOrder(), h.decisions() + 1);
      return new StudentTimeline(student, machine, next, refused, ids, retractions);
    }
    Held next = new Held(
        entries,
        Math.min(h.valid(), from),
        h.waiting().append(event),
        h.inOrder() && (h.waiting().isEmpty() || ORDER.compare(h.waiting().last(), event) < 0),
        h.decisions());
    return new StudentTimeline(student, machine, next, refused, ids, retractions);
  }

  /**
   * Returns this timeline with every event of {@code events} added in iteration order; a null
   * iterable is refused as one null event. The result equals adding the events one by one with
   * {@link #with}: for m events in any order it costs O(m log m) and one machine step per event
   * (the accepted events are taken in one batch, sorted once on primitive keys and replayed in
   * one pass at the first query), unless refused input is interleaved with back-dated events
   * (see the class documentation).
   *
   * @param events the events, may be null or contain nulls
   * @return the new timeline
   */
  public StudentTimeline withAll(Iterable<StatusEvent> events) {
    if (events == null) {
      return with(null);
    }
    StudentTimeline timeline = this;
    Batch batch = null;
    for (StatusEvent event : events) {
      if (batch != null && batch.takes(event)) {
        continue;
      }
      if (batch != null) {
        timeline = batch.timeline();
        batch = null;
      }
      if (timeline.isRefused(event)) {
        timeline = timeline.with(event); // its rejection names the status now: replay first
      } else {
        batch = new Batch(timeline);
        batch.takes(event);
      }
    }
    return batch == null ? timeline : batch.timeline();
  }

  /**
   * Accepted events added to a timeline in one go: each is placed as {@link #with} places an
   * event that waits (a binary search, the id maps), and all wait for one replay — no timeline,
   * no machine step and no vector append per event.
   */
  private static final class Batch {
    private final StudentTimeline base;
    /** The base's accepted events, read once (a racing query may replace the base's). */
    private final Held start;

    private final java.util.ArrayList<StatusEvent> waiting = new java.util.ArrayList<>();
    private final TimelineIds held;
    /** The ids of the events taken, the first of each. */
    private final java.util.HashMap<String, StatusEvent> fresh = new java.util.HashMap<>();

    private Map<String, Set<String>> retractions;
    private int valid;
    private boolean inOrder;
    private StatusEvent last;

    Batch(StudentTimeline base) {
      this.base = base;
      this.start = base.held;
      this.held = base.byId;
      this.retractions = base.retractionsByTarget;
      this.valid = start.valid();
      this.inOrder = start.inOrder();
      this.last = start.waiting().lastOption().getOrNull();
    }

    /** Takes {@code event} if the timeline would accept it; false (and unchanged) otherwise. */
    boolean takes(StatusEvent event) {
      if (event == null
          || !event.student().equals(base.student)
          || event.effectiveDate().isBefore(EARLIEST_DATE)
          || event.effectiveDate().isAfter(LATEST_DATE)) {
        return false;
      }
      if (held.contains(event.id()) || fresh.putIfAbsent(event.id(), event) != null) {
        return false; // a duplicate id: refused, and the first one kept
      }
      Vector<TimelineEntry> entries = start.entries();
      int from = insertionPoint(entries, event);
      Map<String, Set<String>> before = retractions;
      if (event.isRetraction()) {
        String target = event.targetEventId().get();
        retractions = retractions.put(
            target, retractions.get(target).getOrElse(HashSet.empty()).add(event.id()));
        Option<StatusEvent> targetEvent = get(target);
        if (targetEvent.isDefined()) {
          from = Math.min(from, insertionPoint(entries, targetEvent.get()));
        }
      }
      if (!before.isEmpty()) {
        for (String retraction : before.get(event.id()).getOrElse(HashSet.empty())) {
          from = Math.min(from, insertionPoint(entries, get(retraction).get()));
        }
      }
      valid = Math.min(valid, from);
      inOrder = inOrder && (last == null || ORDER.compare(last, event) < 0);
      last = event;
      waiting.add(event);
      return true;
    }

    /** The base timeline with the taken events waiting for the next replay. */
    StudentTimeline timeline() {
      Held h = start;
      Held next =
          new Held(h.entries(), valid, h.waiting().appendAll(waiting), inOrder, h.decisions());
      return new StudentTimeline(
          base.student, base.machine, next, base.refused, held.withAll(fresh), retractions);
    }

    private Option<StatusEvent> get(String id) {
      StatusEvent event = fresh.get(id);
      return event != null ? Option.some(event) : held.get(id);
    }
  }

  private boolean isRefused(StatusEvent event) {
    return event == null
        || !event.student().equals(student)
        || event.effectiveDate().isBefore(EARLIEST_DATE)
        || event.effectiveDate().isAfter(LATEST_DATE)
        || byId.contains(event.id());
  }

  /** The rejection of a refused event, naming {@code status}, the current status. */
  private Option<Rejection> refusal(StatusEvent event, Status status) {
    if (event == null) {
      return Option.some(new Rejection.NullEvent(status));
    }
    if (!event.student().equals(student)) {
      return Option.some(new Rejection.WrongStudent(status, event, student));
    }
    if (event.effectiveDate().isBefore(EARLIEST_DATE)
        || event.effectiveDate().isAfter(LATEST_DATE)) {
      return Option.some(new Rejection.DateOutOfRange(status, event));
    }
    return Option.some(new Rejection.DuplicateEventId(status, event));
  }

  /** Index of the first entry of {@code held} ordered after {@code event} (its own index if held). */
  private static int insertionPoint(Vector<TimelineEntry> held, StatusEvent event) {
    int high = held.size();
    if (high == 0 || ORDER.compare(held.last().event(), event) < 0) {
      return high; // the common case: an event after every held one
    }
    int low = 0;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (ORDER.compare(held.get(mid).event(), event) < 0) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** Returns every entry with its final status, doing the deferred replay at most once. */
  private Vector<TimelineEntry> ordered() {
    Held h = held;
    if (!h.replayed()) {
      h = replay(h);
      held = h; // racing threads compute and publish equal values
    }
    return h.entries();
  }

  /**
   * Sorts the waiting events once, merges them with the held events from {@code valid} on (which
   * are in order already) and decides each in one pass.
   */
  private Held replay(Held h) {
    Vector<TimelineEntry> entries = h.entries();
    int valid = h.valid();
    StatusEvent[] fresh = h.waiting().toJavaArray(StatusEvent[]::new);
    // A whole replay (nothing held) keeps the sort's days for the spans: no event read twice.
    long[] days = null;
    if (entries.isEmpty()) {
      days = TimelineOrder.sortedDays(fresh, 0, fresh.length);
    } else if (!h.inOrder()) {
      TimelineOrder.sort(fresh, 0, fresh.length);
    }
    java.util.ArrayList<TimelineEntry> out =
        new java.util.ArrayList<>(entries.size() - valid + fresh.length);
    Status status = valid == 0 ? Status.initial() : entries.get(valid - 1).status();
    java.util.Iterator<TimelineEntry> tail = valid == entries.size()
        ? java.util.Collections.emptyIterator()
        : entries.drop(valid).iterator();
    StatusEvent held = tail.hasNext() ? tail.next().event() : null;
    int j = 0;
    while (held != null || j < fresh.length) {
      StatusEvent next;
      if (j == fresh.length || (held != null && ORDER.compare(held, fresh[j]) < 0)) {
        next = held;
        held = tail.hasNext() ? tail.next().event() : null;
      } else {
        if (j % TOUCH == 0) {
          touch(fresh, j + TOUCH); // the block after this one, while this one is decided
        }
        next = fresh[j++];
      }
      TimelineEntry entry = decide(next, status, byId, retractionsByTarget);
      out.add(entry);
      status = entry.status();
    }
    Vector<TimelineEntry> all = entries.take(valid).appendAll(out);
    wholeDays = days;
    return new Held(all, all.size(), Vector.empty(), true, h.decisions() + out.size());
  }

  /** Events read ahead of their decisions, a block at a time. */
  private static final int TOUCH = 32;

  /** Sink of {@link #touch}'s reads, so that they are not optimised away. */
  private static int touched;

  /**
   * Reads the type and date of {@code fresh[from, from + TOUCH)} in a tight loop, whose cache
   * misses overlap, so that the decisions that follow find those events in cache: sorted events
   * lie where they arrived, and a decision's own reads would miss one event at a time.
   */
  private static void touch(StatusEvent[] fresh, int from) {
    int to = Math.min(fresh.length, from + TOUCH);
    int sum = 0;
    for (int k = from; k < to; k++) {
      sum += fresh[k].type().ordinal() + fresh[k].effectiveDate().getDayOfMonth();
    }
    touched = sum;
  }

  private TimelineEntry decide(
      StatusEvent event, Status status, TimelineIds ids, Map<String, Set<String>> retractions) {
    if (event.isRetraction()) {
      Option<StatusEvent> target = ids.get(event.targetEventId().get());
      if (target.isEmpty()) {
        return rejected(event, new Rejection.UnknownRetractionTarget(status, event), status);
      }
      if (target.get().isRetraction()) {
        return rejected(event, new Rejection.RetractionOfRetraction(status, event), status);
      }
    } else if (!retractions.isEmpty() && retractions.get(event.id()).exists(r -> !r.isEmpty())) {
      return new TimelineEntry(event, EntryOutcome.RETRACTED, Option.none(), status);
    }
    Either<Rejection, Status> next = machine.apply(status, event);
    return next.isRight()
        ? new TimelineEntry(event, EntryOutcome.APPLIED, Option.none(), next.get())
        : rejected(event, next.getLeft(), status);
  }

  private static TimelineEntry rejected(StatusEvent event, Rejection rejection, Status status) {
    return new TimelineEntry(event, EntryOutcome.REJECTED, Option.some(rejection), status);
  }

  /**
   * Returns how many machine decisions (one per event replayed) were made to build this
   * timeline's entries since it was empty, replaying deferred work first. A probe for the
   * complexity guards (docs/rules.md §11): building from n events in any order takes at most 2n.
   */
  long decisions() {
    ordered();
    return held.decisions();
  }

  /**
   * Returns the ordered entries: every accepted event in (effective date, sequence, id) order,
   * each applied, rejected or retracted, with the status after it.
   *
   * @return the entries
   */
  public Seq<TimelineEntry> entries() {
    return ordered();
  }

  /**
   * Returns the refused entries (bad input) in arrival order, each with its rejection.
   *
   * @return the refused entries
   */
  public Seq<TimelineEntry> refused() {
    return refused;
  }

  /**
   * Returns every rejected or refused entry: ordered rejections first, then refusals.
   *
   * @return the entries carrying a rejection
   */
  public Seq<TimelineEntry> rejected() {
    return ordered().filter(e -> e.rejection().isDefined()).appendAll(refused);
  }

  /** Returns how many events this timeline was given, refused ones included (R-SM-3). */
  public int size() {
    Held h = held;
    return h.entries().size() + h.waiting().size() + refused.size();
  }

  /** Returns the status after the last ordered entry, or the initial status if there is none. */
  public Status current() {
    Vector<TimelineEntry> all = ordered();
    return all.isEmpty() ? Status.initial() : all.last().status();
  }

  /**
   * Returns the status at the end of {@code date}, after every event effective that day
   * (R-SM-6); before the first event, the {@linkplain Status#initial() initial status}. O(log n)
   * once the timeline is replayed.
   *
   * @param date the date, not null
   * @return the status on that date
   */
  public Status statusOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    Vector<TimelineEntry> all = ordered();
    int low = 0;
    int high = all.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (all.get(mid).event().effectiveDate().isAfter(date)) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low == 0 ? Status.initial() : all.get(low - 1).status();
  }

  /**
   * Returns the spans (R-SM-6): the maximal runs of one status, from the first day the status
   * differs from the initial one, tiling time without gap or overlap; the last span is open.
   *
   * @return the spans in date order; empty if the status never changed
   */
  public Seq<StatusSpan> spans() {
    Seq<StatusSpan> known = spans;
    if (known == null) {
      TimelineEntry[] entries = ordered().toJavaArray(TimelineEntry[]::new);
      long[] days = wholeDays;
      if (days == null || days.length != entries.length) {
        days = new long[entries.length];
        for (int k = 0; k < entries.length; k++) {
          days[k] = entries[k].event().effectiveDate().toEpochDay();
        }
      }
      known = computeSpans(entries, days);
      spans = known; // racing threads compute and publish equal values
      wholeDays = null;
    }
    return known;
  }

  /**
   * The spans of ordered entries whose epoch days are {@code days}, in one pass. A span's dates
   * are new objects, made in span order, so that callers walking the spans read them where they
   * lie rather than where the events' dates lie.
   */
  private static Seq<StatusSpan> computeSpans(TimelineEntry[] all, long[] days) {
    java.util.ArrayList<StatusSpan> out = new java.util.ArrayList<>();
    Status open = Status.initial();
    LocalDate openFrom = null;
    for (int k = 0; k < all.length; k++) {
      if (k + 1 < all.length && days[k + 1] == days[k]) {
        continue; // the day's status is that after its last entry
      }
      Status endOfDay = all[k].status();
      if (!endOfDay.equals(open)) {
        LocalDate from = LocalDate.ofEpochDay(days[k]);
        if (openFrom != null) {
          out.add(new StatusSpan(open, openFrom, Option.some(from)));
        }
        open = endOfDay;
        openFrom = from;
      }
    }
    if (openFrom != null) {
      out.add(new StatusSpan(open, openFrom, Option.none()));
    }
    return Vector.ofAll(out);
  }

  @Override
  public String toString() {
    return "StudentTimeline[" + student + ", " + ordered().size() + " entries, " + refused.size()
        + " refused, " + current().schooling() + "]";
  }
}

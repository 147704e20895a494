package org.kbbx.testkit.status;

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
import org.kbbx.core.status.EntryOutcome;
import org.kbbx.core.status.Rejection;
import org.kbbx.core.status.Status;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.core.status.StatusMachine;
import org.kbbx.core.status.StatusSpan;
import org.kbbx.core.status.TimelineEntry;

/**
 * The student timeline as it was before issue 19 (eager replay on every back-dated event,
 * quadratic for newest-first input), kept only as the reference the new timeline and the bulk
 * status entry point are compared against (R-SM-3..6).
 */
final class ReferenceTimeline {

  /** The earliest plausible effective date, 1990-01-01. */
  public static final LocalDate EARLIEST_DATE = LocalDate.of(1990, 1, 1);

  /** The latest plausible effective date, 2100-12-31. */
  public static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);

  private static final Comparator<StatusEvent> ORDER = Comparator.comparing(
          StatusEvent::effectiveDate)
      .thenComparingLong(StatusEvent::sequence)
      .thenComparing(StatusEvent::id);

  private final StudentId student;
  private final StatusMachine machine;
  private final Vector<TimelineEntry> entries;
  private final Vector<TimelineEntry> refused;
  private final Map<String, StatusEvent> byId;
  private final Map<String, Set<String>> retractionsByTarget;

  private ReferenceTimeline(
      StudentId student,
      StatusMachine machine,
      Vector<TimelineEntry> entries,
      Vector<TimelineEntry> refused,
      Map<String, StatusEvent> byId,
      Map<String, Set<String>> retractionsByTarget) {
    this.student = student;
    this.machine = machine;
    this.entries = entries;
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
  public static ReferenceTimeline of(StudentId student) {
    return of(student, StatusMachine.national());
  }

  /**
   * Returns an empty timeline for {@code student} under {@code machine}.
   *
   * @param student the student, not null
   * @param machine the machine, not null
   * @return the empty timeline
   */
  public static ReferenceTimeline of(StudentId student, StatusMachine machine) {
    Objects.requireNonNull(student, "student");
    Objects.requireNonNull(machine, "machine");
    return new ReferenceTimeline(
        student, machine, Vector.empty(), Vector.empty(), HashMap.empty(), HashMap.empty());
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
   * {@linkplain #refused() refused} entry with its typed rejection.
   *
   * @param event the event, may be null
   * @return the new timeline
   */
  public ReferenceTimeline with(StatusEvent event) {
    Option<Rejection> refusal = refusal(event);
    if (refusal.isDefined()) {
      TimelineEntry entry = new TimelineEntry(event, EntryOutcome.REFUSED, refusal, current());
      return new ReferenceTimeline(
          student, machine, entries, refused.append(entry), byId, retractionsByTarget);
    }
    int at = insertionPoint(event);
    int from = at;
    Map<String, Set<String>> retractions = retractionsByTarget;
    if (event.isRetraction()) {
      String target = event.targetEventId().get();
      retractions = retractions.put(
          target, retractions.get(target).getOrElse(HashSet.empty()).add(event.id()));
      Option<StatusEvent> targetEvent = byId.get(target);
      if (targetEvent.isDefined()) {
        from = Math.min(from, insertionPoint(targetEvent.get()));
      }
    }
    for (String retraction : retractionsByTarget.get(event.id()).getOrElse(HashSet.empty())) {
      int position = insertionPoint(byId.get(retraction).get());
      from = Math.min(from, position < at ? position : position + 1);
    }
    Map<String, StatusEvent> ids = byId.put(event.id(), event);
    if (from == entries.size()) {
      // The common case, an event in date order: one machine step and one append, no replay.
      ReferenceTimeline next =
          new ReferenceTimeline(student, machine, entries, refused, ids, retractions);
      return next.withEntries(entries.append(next.decide(event, current())));
    }
    TimelineEntry placeholder =
        new TimelineEntry(event, EntryOutcome.APPLIED, Option.none(), Status.initial());
    // Vavr's Vector.insert copies the whole vector; an event in date order goes at the end.
    Vector<TimelineEntry> inserted =
        at == entries.size() ? entries.append(placeholder) : entries.insert(at, placeholder);
    return new ReferenceTimeline(student, machine, inserted, refused, ids, retractions)
        .replayFrom(from);
  }

  private ReferenceTimeline withEntries(Vector<TimelineEntry> replayed) {
    return new ReferenceTimeline(student, machine, replayed, refused, byId, retractionsByTarget);
  }

  /**
   * Returns this timeline with every event of {@code events} added in iteration order; a null
   * iterable is refused as one null event.
   *
   * @param events the events, may be null or contain nulls
   * @return the new timeline
   */
  public ReferenceTimeline withAll(Iterable<StatusEvent> events) {
    if (events == null) {
      return with(null);
    }
    ReferenceTimeline timeline = this;
    for (StatusEvent event : events) {
      timeline = timeline.with(event);
    }
    return timeline;
  }

  private Option<Rejection> refusal(StatusEvent event) {
    Status status = current();
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
    if (byId.containsKey(event.id())) {
      return Option.some(new Rejection.DuplicateEventId(status, event));
    }
    return Option.none();
  }

  /** Index of the first entry ordered after {@code event} (its own index if held). */
  private int insertionPoint(StatusEvent event) {
    int low = 0;
    int high = entries.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (ORDER.compare(entries.get(mid).event(), event) < 0) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private ReferenceTimeline replayFrom(int from) {
    Vector<TimelineEntry> replayed = entries;
    Status status = from == 0 ? Status.initial() : replayed.get(from - 1).status();
    for (int i = from; i < replayed.size(); i++) {
      TimelineEntry entry = decide(replayed.get(i).event(), status);
      replayed = replayed.update(i, entry);
      status = entry.status();
    }
    return withEntries(replayed);
  }

  private TimelineEntry decide(StatusEvent event, Status status) {
    if (event.isRetraction()) {
      Option<StatusEvent> target = byId.get(event.targetEventId().get());
      if (target.isEmpty()) {
        return rejected(event, new Rejection.UnknownRetractionTarget(status, event), status);
      }
      if (target.get().isRetraction()) {
        return rejected(event, new Rejection.RetractionOfRetraction(status, event), status);
      }
    } else if (isRetracted(event)) {
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

  private boolean isRetracted(StatusEvent event) {
    return retractionsByTarget.get(event.id()).exists(ids -> !ids.isEmpty());
  }

  /**
   * Returns the ordered entries: every accepted event in (effective date, sequence, id) order,
   * each applied, rejected or retracted, with the status after it.
   *
   * @return the entries
   */
  public Seq<TimelineEntry> entries() {
    return entries;
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
    return entries.filter(e -> e.rejection().isDefined()).appendAll(refused);
  }

  /** Returns how many events this timeline was given, refused ones included (R-SM-3). */
  public int size() {
    return entries.size() + refused.size();
  }

  /** Returns the status after the last ordered entry, or the initial status if there is none. */
  public Status current() {
    return entries.isEmpty() ? Status.initial() : entries.last().status();
  }

  /**
   * Returns the status at the end of {@code date}, after every event effective that day
   * (R-SM-6); before the first event, the {@linkplain Status#initial() initial status}.
   *
   * @param date the date, not null
   * @return the status on that date
   */
  public Status statusOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    int low = 0;
    int high = entries.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (entries.get(mid).event().effectiveDate().isAfter(date)) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low == 0 ? Status.initial() : entries.get(low - 1).status();
  }

  /**
   * Returns the spans (R-SM-6): the maximal runs of one status, from the first day the status
   * differs from the initial one, tiling time without gap or overlap; the last span is open.
   *
   * @return the spans in date order; empty if the status never changed
   */
  public Seq<StatusSpan> spans() {
    Vector<StatusSpan> spans = Vector.empty();
    Status open = Status.initial();
    LocalDate openFrom = null;
    for (int i = 0; i < entries.size(); i++) {
      LocalDate date = entries.get(i).event().effectiveDate();
      if (i + 1 < entries.size() && entries.get(i + 1).event().effectiveDate().equals(date)) {
        continue;
      }
      Status endOfDay = entries.get(i).status();
      if (!endOfDay.equals(open)) {
        if (openFrom != null) {
          spans = spans.append(new StatusSpan(open, openFrom, Option.some(date)));
        }
        open = endOfDay;
        openFrom = date;
      }
    }
    return openFrom == null ? spans : spans.append(new StatusSpan(open, openFrom, Option.none()));
  }

  @Override
  public String toString() {
    return "ReferenceTimeline[" + student + ", " + entries.size() + " entries, " + refused.size()
        + " refused, " + current().schooling() + "]";
  }
}

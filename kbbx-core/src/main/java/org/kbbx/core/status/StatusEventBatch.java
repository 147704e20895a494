package org.kbbx.core.status;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.school.Grade;

/**
 * Many students' status events in compact columns, for reports that need every student's status
 * on a date and no history objects (docs/rules.md §4 R-SM-6, §11): the bulk counterpart of
 * {@link StudentTimeline#statusOn(LocalDate)}.
 *
 * <pre>{@code
 * StatusEventBatch batch = StatusEventBatch.builder().addAll(storedEvents).build();
 * StatusesOn statuses = batch.statusesOn(LocalDate.of(2023, 6, 30));
 * }</pre>
 *
 * <p><b>Same answers as the timeline.</b> For every student, {@code statusesOn(d)} equals
 * {@code StudentTimeline.of(student, machine).withAll(thatStudentsEvents).statusOn(d)}, for
 * events in any arrival order: events are ordered by (effective date, sequence, id) (R-SM-4); a
 * retraction removes its target's effect whatever its own date (R-SM-5); an event the machine
 * rejects leaves the status unchanged. Bad input is refused as the timeline refuses it — a null
 * event, a date outside {@link StudentTimeline#EARLIEST_DATE} … {@link StudentTimeline#LATEST_DATE},
 * a second event with an id the student already has (the first to arrive is kept) — and listed
 * in {@link #refused()} (R-SM-3); nothing is dropped silently. Which events the machine rejected,
 * and why, is history: replay that student's {@link StudentTimeline} to see it.
 *
 * <p><b>Cost.</b> {@link Builder#build()} groups the events by student (counting sort), checks ids
 * and retractions and sorts each student's events once: O(n log k) for n events and at most k per
 * student, O(n) when each student's events arrive in order. It keeps per event a date, a type, a
 * sequence, an id reference and an index into a table of distinct field combinations (about 21
 * bytes). {@link #statusesOn(LocalDate)} is one pass over the columns: per event dated on or
 * before the date, one machine step on a cursor that reads the columns, applied in place to one
 * mutable working status (the same table, guards and effects as {@link StatusMachine#apply}; a
 * step builds no value), and one {@link Status} built per student for the answer; events after
 * the date are not read.
 *
 * <p>This class is immutable and thread-safe; its {@link Builder} is not.
 */
public final class StatusEventBatch {

  private static final int EARLIEST = (int) StudentTimeline.EARLIEST_DATE.toEpochDay();
  private static final int LATEST = (int) StudentTimeline.LATEST_DATE.toEpochDay();
  static final EventType[] TYPES = EventType.values();
  static final byte RETRACTION = (byte) EventType.RETRACTION.ordinal();
  /** Students with at most this many events are checked pairwise, larger ones with a hash map. */
  static final int SMALL = 16;

  /** The fields of an event besides date, sequence, type and id; interned per batch. */
  record Payload(
      Optional<SchoolId> school,
      Optional<Grade> grade,
      Optional<org.kbbx.core.school.GradeSystem> gradeSystem,
      Optional<LocalDate> until,
      Optional<String> target,
      Optional<String> evidence,
      Optional<String> reason) {

    static Payload of(StatusEvent event) {
      return new Payload(
          event.school(),
          event.grade(),
          event.gradeSystem(),
          event.until(),
          event.targetEventId(),
          event.evidence(),
          event.reason());
    }
  }

  private final StatusMachine machine;
  private final StudentId[] students;
  private final Map<StudentId, Integer> index;
  /** Student {@code s}'s events that can move a status: {@code [offsets[s], offsets[s + 1])}, in order. */
  private final int[] offsets;

  private final int[] days;
  private final byte[] types;
  private final long[] sequences;
  private final String[] ids;
  private final int[] payloads;
  private final Payload[] payloadTable;
  private final LocalDate[] dateTable;
  private final Vector<Rejection> refused;
  private final int given;

  private StatusEventBatch(
      Builder b,
      int[] offsets,
      int[] days,
      byte[] types,
      long[] sequences,
      String[] ids,
      int[] payloads,
      Vector<Rejection> refused) {
    this.machine = b.machine;
    this.students = b.students.toArray(new StudentId[0]);
    this.index = Map.copyOf(b.index);
    this.offsets = offsets;
    this.days = days;
    this.types = types;
    this.sequences = sequences;
    this.ids = ids;
    this.payloads = payloads;
    this.payloadTable = b.payloadList.toArray(new Payload[0]);
    this.dateTable = b.dates.clone();
    this.refused = refused;
    this.given = b.given;
  }

  /**
   * Returns an empty builder whose batch replays with the national machine.
   *
   * @return the builder
   */
  public static Builder builder() {
    return builder(StatusMachine.national());
  }

  /**
   * Returns an empty builder whose batch replays with {@code machine}.
   *
   * @param machine the machine, not null
   * @return the builder
   */
  public static Builder builder(StatusMachine machine) {
    return new Builder(Objects.requireNonNull(machine, "machine"));
  }

  /** Returns the machine that replays the events. */
  public StatusMachine machine() {
    return machine;
  }

  /** Returns how many students have an accepted event: indexes run from 0 to this − 1. */
  public int students() {
    return students.length;
  }

  /**
   * Returns the student at {@code index}, in order of each student's first accepted event.
   *
   * @param index from 0 to {@code students() - 1}
   * @return the student
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public StudentId student(int index) {
    return students[index];
  }

  /**
   * Returns the index of {@code student}, or none if the batch holds no accepted event of theirs.
   *
   * @param student the student, not null
   * @return the index
   */
  public Option<Integer> indexOf(StudentId student) {
    return Option.of(index.get(Objects.requireNonNull(student, "student")));
  }

  /** Returns how many events the batch was given, refused ones included (R-SM-3). */
  public int size() {
    return given;
  }

  /**
   * Returns the refused input in the order it was given: null events, dates out of range, and
   * duplicate ids of one student (the first to arrive is kept). A batch holds no timeline, so
   * each rejection names the {@linkplain Status#initial() initial status}.
   *
   * @return the refusals
   */
  public Seq<Rejection> refused() {
    return refused;
  }

  /**
   * Returns every student's status at the end of {@code date}, after all events effective that
   * day (R-SM-6): one machine step per event dated on or before {@code date}.
   *
   * @param date the date, not null
   * @return the statuses, indexed like {@link #student(int)}
   */
  public StatusesOn statusesOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    long limit = date.toEpochDay();
    Status initial = Status.initial();
    Status[] out = new Status[students.length];
    ColumnEvent cursor = new ColumnEvent(this);
    ReplayStatus status = new ReplayStatus();
    for (int s = 0; s < students.length; s++) {
      int e = offsets[s];
      int end = offsets[s + 1];
      if (e == end || days[e] > limit) {
        out[s] = initial;
        continue;
      }
      status.reset();
      StudentId student = students[s];
      for (; e < end && days[e] <= limit; e++) {
        machine.step(status, cursor.at(e, student));
      }
      out[s] = status.toStatus();
    }
    return new StatusesOn(this, date, out);
  }

  String id(int e) {
    return ids[e];
  }

  LocalDate date(int e) {
    return dateTable[days[e] - EARLIEST];
  }

  long sequence(int e) {
    return sequences[e];
  }

  EventType type(int e) {
    return TYPES[types[e]];
  }

  Payload payload(int e) {
    return payloadTable[payloads[e]];
  }

  @Override
  public String toString() {
    return "StatusEventBatch[" + students.length + " students, " + (offsets[students.length])
        + " events that can move a status, " + refused.size() + " refused]";
  }

  /**
   * Collects status events of any students in any order; {@link #build()} groups, checks and
   * orders them once.
   *
   * <p>This class is mutable and not thread-safe; the batch it builds is immutable.
   */
  public static final class Builder {
    private final StatusMachine machine;
    private final Map<StudentId, Integer> index = new HashMap<>();
    final List<StudentId> students = new ArrayList<>();
    private final Map<Payload, Integer> payloadIndex = new HashMap<>();
    final List<Payload> payloadList = new ArrayList<>();
    final LocalDate[] dates = new LocalDate[LATEST - EARLIEST + 1];
    /** Refusals with the position they were given at. */
    private final List<Map.Entry<Integer, Rejection>> refusals = new ArrayList<>();

    private int given;
    private int size;
    int[] student = new int[64];
    int[] day = new int[64];
    long[] sequence = new long[64];
    byte[] type = new byte[64];
    int[] payload = new int[64];
    String[] id = new String[64];
    int[] position = new int[64];

    private Builder(StatusMachine machine) {
      this.machine = machine;
    }

    /**
     * Adds one event; bad input (null, a date out of range) is refused, never thrown.
     *
     * @param event the event, may be null
     * @return this builder
     */
    public Builder add(StatusEvent event) {
      int at = given++;
      if (event == null) {
        refusals.add(Map.entry(at, new Rejection.NullEvent(Status.initial())));
        return this;
      }
      long epochDay = event.effectiveDate().toEpochDay();
      if (epochDay < EARLIEST || epochDay > LATEST) {
        refusals.add(Map.entry(at, new Rejection.DateOutOfRange(Status.initial(), event)));
        return this;
      }
      if (size == day.length) {
        grow();
      }
      int s = index.computeIfAbsent(event.student(), k -> {
        students.add(k);
        return students.size() - 1;
      });
      int d = (int) epochDay;
      if (dates[d - EARLIEST] == null) {
        dates[d - EARLIEST] = event.effectiveDate();
      }
      Payload p = Payload.of(event);
      Integer known = payloadIndex.get(p);
      if (known == null) {
        known = payloadList.size();
        payloadList.add(p);
        payloadIndex.put(p, known);
      }
      student[size] = s;
      day[size] = d;
      sequence[size] = event.sequence();
      type[size] = (byte) event.type().ordinal();
      payload[size] = known;
      id[size] = event.id();
      position[size] = at;
      size++;
      return this;
    }

    /**
     * Adds every event of {@code events} in iteration order; a null iterable is refused as one
     * null event.
     *
     * @param events the events, may be null or contain nulls
     * @return this builder
     */
    public Builder addAll(Iterable<StatusEvent> events) {
      if (events == null) {
        return add(null);
      }
      for (StatusEvent event : events) {
        add(event);
      }
      return this;
    }

    private void grow() {
      int capacity = day.length * 2;
      student = Arrays.copyOf(student, capacity);
      day = Arrays.copyOf(day, capacity);
      sequence = Arrays.copyOf(sequence, capacity);
      type = Arrays.copyOf(type, capacity);
      payload = Arrays.copyOf(payload, capacity);
      id = Arrays.copyOf(id, capacity);
      position = Arrays.copyOf(position, capacity);
    }

    /**
     * Groups the events by student, refuses duplicate ids, resolves retractions and orders each
     * student's events once. The builder may be used further; the batch does not change.
     *
     * @return the batch
     */
    public StatusEventBatch build() {
      int n = students.size();
      int[] start = new int[n + 1];
      for (int i = 0; i < size; i++) {
        start[student[i] + 1]++;
      }
      for (int s = 0; s < n; s++) {
        start[s + 1] += start[s];
      }
      int[] order = new int[size];
      int[] fill = Arrays.copyOf(start, n);
      for (int i = 0; i < size; i++) {
        order[fill[student[i]]++] = i; // grouped by student, in arrival order within each
      }
      List<Map.Entry<Integer, Rejection>> refusedHere = new ArrayList<>(refusals);
      StudentEventOrder ordering = new StudentEventOrder(this, order, refusedHere);
      int[] offsets = new int[n + 1];
      int[] kept = new int[size];
      int count = 0;
      for (int s = 0; s < n; s++) {
        count = ordering.orderStudent(start[s], start[s + 1], kept, count);
        offsets[s + 1] = count;
      }
      int[] days = new int[count];
      byte[] types = new byte[count];
      long[] sequences = new long[count];
      String[] ids = new String[count];
      int[] payloads = new int[count];
      for (int k = 0; k < count; k++) {
        int e = kept[k];
        days[k] = day[e];
        types[k] = type[e];
        sequences[k] = sequence[e];
        ids[k] = id[e];
        payloads[k] = payload[e];
      }
      refusedHere.sort(Map.Entry.comparingByKey());
      Vector<Rejection> refused = Vector.ofAll(refusedHere).map(Map.Entry::getValue);
      return new StatusEventBatch(this, offsets, days, types, sequences, ids, payloads, refused);
    }

    /** Rebuilds event {@code e} as a value, for a refusal (rare: a duplicate id). */
    StatusEvent event(int e) {
      Payload p = payloadList.get(payload[e]);
      return StatusEvent.builder()
          .id(id[e])
          .student(students.get(student[e]))
          .effectiveDate(dates[day[e] - EARLIEST])
          .sequence(sequence[e])
          .type(TYPES[type[e]])
          .school(p.school())
          .grade(p.grade())
          .until(p.until())
          .targetEventId(p.target())
          .evidence(p.evidence())
          .reason(p.reason())
          .build();
    }
  }
}

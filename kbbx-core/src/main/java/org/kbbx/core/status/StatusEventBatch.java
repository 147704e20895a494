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
 * <p><b>Cost.</b> {@link Builder#build()} groups the events by student (counting sort; none
 * needed when each student's events arrive together), checks ids and retractions and sorts each
 * student's events once: O(n log k) for n events and at most k per student, O(n) when each
 * student's events arrive in order. The batch keeps per event only what a replay reads: a date (2
 * bytes), a type (1) and an index into a table of distinct field combinations (4), 7 bytes; the
 * ids and sequences, which only decide the order, stay with the builder (see {@link Builder} for
 * its 12 or so bytes an event). {@link #statusesOn(LocalDate)} is one pass over the columns: per
 * event dated on or before the date, one machine step on a cursor that reads the columns,
 * applied in place to one mutable working status (the same table, guards and effects as {@link
 * StatusMachine#apply}; a step builds no value), and the student's status written to the
 * columns of {@link StatusesOn}, which builds a {@link Status} only when asked; events after the
 * date are not read.
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
  private final StudentIndex students;
  private final int studentCount;
  /** Student {@code s}'s events that can move a status: {@code [offsets[s], offsets[s + 1])}, in order. */
  private final int[] offsets;

  /** Each event's date, in days from {@link StudentTimeline#EARLIEST_DATE}. */
  private final char[] days;

  private final byte[] types;
  private final int[] payloads;
  private final Payload[] payloadTable;
  private final LocalDate[] dateTable;
  private final Vector<Rejection> refused;
  private final int given;

  private StatusEventBatch(
      Builder b,
      int[] offsets,
      char[] days,
      byte[] types,
      int[] payloads,
      Vector<Rejection> refused) {
    this.machine = b.machine;
    this.students = b.index;
    this.studentCount = b.index.size();
    this.offsets = offsets;
    this.days = days;
    this.types = types;
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
    return builder(machine, 0);
  }

  /**
   * Returns an empty builder whose batch replays with the national machine, with room for {@code
   * expectedEvents} events: a caller who knows the count (rows in a table, lines in a file)
   * spares the growing copies, and with room for exactly the events given, {@link
   * Builder#build()} hands its columns to the batch without a copy.
   *
   * @param expectedEvents how many events will be added; a hint, a negative one counts as 0
   * @return the builder
   */
  public static Builder builder(int expectedEvents) {
    return builder(StatusMachine.national(), expectedEvents);
  }

  /**
   * Returns an empty builder whose batch replays with {@code machine}, with room for {@code
   * expectedEvents} events (see {@link #builder(int)}).
   *
   * @param machine the machine, not null
   * @param expectedEvents how many events will be added; a hint, a negative one counts as 0
   * @return the builder
   */
  public static Builder builder(StatusMachine machine, int expectedEvents) {
    return new Builder(Objects.requireNonNull(machine, "machine"), Math.max(0, expectedEvents));
  }

  /** Returns the machine that replays the events. */
  public StatusMachine machine() {
    return machine;
  }

  /** Returns how many students have an accepted event: indexes run from 0 to this − 1. */
  public int students() {
    return studentCount;
  }

  /**
   * Returns the student at {@code index}, in order of each student's first accepted event.
   *
   * @param index from 0 to {@code students() - 1}
   * @return the student
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public StudentId student(int index) {
    if (index < 0 || index >= studentCount) {
      throw new IndexOutOfBoundsException("student index " + index + " of " + studentCount);
    }
    return students.get(index);
  }

  /**
   * Returns the index of {@code student}, or none if the batch holds no accepted event of theirs.
   *
   * @param student the student, not null
   * @return the index
   */
  public Option<Integer> indexOf(StudentId student) {
    int at = students.indexOf(Objects.requireNonNull(student, "student"));
    return at < 0 ? Option.none() : Option.some(at);
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
    // events are held as days from EARLIEST, 0 to LATEST - EARLIEST
    long limit = Math.max(-1, Math.min(date.toEpochDay() - EARLIEST, LATEST - EARLIEST));
    int n = studentCount;
    StatusesOn.Writer out = new StatusesOn.Writer(n);
    ColumnEvent cursor = new ColumnEvent(this);
    ReplayStatus status = new ReplayStatus();
    for (int s = 0; s < n; s++) {
      int e = offsets[s];
      int end = offsets[s + 1];
      if (e == end || days[e] > limit) {
        out.initial(s);
        continue;
      }
      status.reset();
      StudentId student = students.get(s);
      for (; e < end && days[e] <= limit; e++) {
        machine.step(status, cursor.at(e, student));
      }
      out.set(s, status);
    }
    return out.finish(this, date);
  }

  LocalDate date(int e) {
    return dateTable[days[e]];
  }

  EventType type(int e) {
    return TYPES[types[e]];
  }

  Payload payload(int e) {
    return payloadTable[payloads[e]];
  }

  @Override
  public String toString() {
    return "StatusEventBatch[" + studentCount + " students, " + (offsets[studentCount])
        + " events that can move a status, " + refused.size() + " refused]";
  }

  /**
   * Collects status events of any students in any order; {@link #build()} groups, checks and
   * orders them once.
   *
   * <p>It holds per event a date (2 bytes), a type (1), an index into the table of field
   * combinations (4), an id reference (4) and a sequence (1 byte while every sequence fits in a
   * byte, else 4 or 8), and, once a student's events stop arriving together, the student's number
   * (4): about 12 bytes an event for input grouped by student, as a table or file sorted by
   * student gives it. Given grouped input in (date, sequence, id) order with no duplicate id and
   * no retraction, and room for exactly its events ({@link StatusEventBatch#builder(int)}), {@link
   * #build()} hands the date, type and field columns to the batch without a copy; otherwise it
   * copies the events that can move a status into new columns.
   *
   * <p>This class is mutable and not thread-safe; the batch it builds is immutable (a builder
   * used after {@link #build()} first copies what it shares with the batch).
   */
  public static final class Builder {
    final StatusMachine machine;
    StudentIndex index;
    private final Map<Payload, Integer> payloadIndex = new HashMap<>();
    final List<Payload> payloadList = new ArrayList<>();
    final LocalDate[] dates = new LocalDate[LATEST - EARLIEST + 1];
    /** Refusals with the position they were given at, in that order. */
    private final List<Map.Entry<Integer, Rejection>> refusals = new ArrayList<>();

    int given;
    int size;
    /** Whether each student's events so far arrived together, students in order of number. */
    private boolean grouped = true;
    /** While grouped: the first event of each student. */
    private int[] groupStart = new int[16];
    /** Once not grouped: each event's student number; null while grouped. */
    int[] student;

    char[] day;
    NarrowLongs sequence;
    byte[] type;
    int[] payload;
    String[] id;
    /** Whether the batch built last shares the columns and the index. */
    private boolean shared;

    private Builder(StatusMachine machine, int expectedEvents) {
      this.machine = machine;
      int capacity = Math.max(16, expectedEvents);
      index = new StudentIndex(Math.min(capacity, 1024));
      day = new char[capacity];
      sequence = new NarrowLongs(capacity);
      type = new byte[capacity];
      payload = new int[capacity];
      id = new String[capacity];
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
      if (shared) {
        unshare();
      }
      if (size == day.length) {
        grow();
      }
      StudentId who = event.student();
      int students = index.size();
      int s = grouped && students > 0 && index.get(students - 1).equals(who)
          ? students - 1
          : index.add(who);
      if (grouped && s != students - 1) {
        if (s == students) { // a new student: a new group
          if (s == groupStart.length) {
            groupStart = Arrays.copyOf(groupStart, s + (s >> 1));
          }
          groupStart[s] = size;
        } else { // an earlier student again
          ungroup();
        }
      }
      if (!grouped) {
        student[size] = s;
      }
      int d = (int) epochDay - EARLIEST;
      if (dates[d] == null) {
        dates[d] = event.effectiveDate();
      }
      Payload p = Payload.of(event);
      Integer known = payloadIndex.get(p);
      if (known == null) {
        known = payloadList.size();
        payloadList.add(p);
        payloadIndex.put(p, known);
      }
      day[size] = (char) d;
      sequence.set(size, event.sequence());
      type[size] = (byte) event.type().ordinal();
      payload[size] = known;
      id[size] = event.id();
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

    /** The events stopped arriving grouped by student: keep each event's student from now on. */
    private void ungroup() {
      student = new int[day.length];
      int students = index.size();
      for (int s = 0; s < students; s++) {
        int to = s + 1 < students ? groupStart[s + 1] : size;
        Arrays.fill(student, groupStart[s], to, s);
      }
      grouped = false;
      groupStart = null;
    }

    /** Copies what the last batch shares, so that the batch does not change. */
    private void unshare() {
      index = index.copy();
      day = day.clone();
      type = type.clone();
      payload = payload.clone();
      shared = false;
    }

    private void grow() {
      int capacity = day.length + (day.length >> 1);
      if (student != null) {
        student = Arrays.copyOf(student, capacity);
      }
      day = Arrays.copyOf(day, capacity);
      sequence.grow(capacity);
      type = Arrays.copyOf(type, capacity);
      payload = Arrays.copyOf(payload, capacity);
      id = Arrays.copyOf(id, capacity);
    }

    /** Returns the position in the input of held event {@code e}, counting refused input too. */
    int position(int e) {
      // refusal j, at position q, comes after q - j held events: non-decreasing in j
      int lo = 0;
      int hi = refusals.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (refusals.get(mid).getKey() - mid <= e) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return e + lo;
    }

    /**
     * Groups the events by student, refuses duplicate ids, resolves retractions and orders each
     * student's events once. The builder may be used further; the batch does not change.
     *
     * @return the batch
     */
    public StatusEventBatch build() {
      int n = index.size();
      int[] start;
      int[] order;
      if (grouped) {
        start = Arrays.copyOf(groupStart, n + 1);
        start[n] = size;
        order = null; // each student's events are together already
      } else {
        start = new int[n + 1];
        for (int i = 0; i < size; i++) {
          start[student[i] + 1]++;
        }
        for (int s = 0; s < n; s++) {
          start[s + 1] += start[s];
        }
        order = new int[size];
        int[] fill = Arrays.copyOf(start, n);
        for (int i = 0; i < size; i++) {
          order[fill[student[i]]++] = i; // grouped by student, in arrival order within each
        }
      }
      List<Map.Entry<Integer, Rejection>> refusedHere = new ArrayList<>(refusals);
      StudentEventOrder ordering = new StudentEventOrder(this, order, refusedHere);
      int[] offsets = new int[n + 1];
      boolean inPlace = order == null;
      char[] days = null;
      byte[] types = null;
      int[] payloads = null;
      int count = 0;
      for (int s = 0; s < n; s++) {
        int kept = ordering.orderStudent(start[s], start[s + 1], s);
        if (inPlace && !ordering.unchanged()) {
          inPlace = false; // copy from here on; everything before is kept as it is
        }
        if (!inPlace) {
          if (days == null) {
            days = new char[size];
            types = new byte[size];
            payloads = new int[size];
            System.arraycopy(day, 0, days, 0, count);
            System.arraycopy(type, 0, types, 0, count);
            System.arraycopy(payload, 0, payloads, 0, count);
          }
          for (int k = 0; k < kept; k++) {
            int e = ordering.kept(k);
            days[count + k] = day[e];
            types[count + k] = type[e];
            payloads[count + k] = payload[e];
          }
        }
        count += kept;
        offsets[s + 1] = count;
      }
      if (days == null) { // every event kept where it is
        days = day;
        types = type;
        payloads = payload;
      }
      // trim one column at a time; a column of exactly the right length is handed over
      days = days.length == count ? days : Arrays.copyOf(days, count);
      types = types.length == count ? types : Arrays.copyOf(types, count);
      payloads = payloads.length == count ? payloads : Arrays.copyOf(payloads, count);
      shared = true;
      refusedHere.sort(Map.Entry.comparingByKey());
      Vector<Rejection> refused = Vector.ofAll(refusedHere).map(Map.Entry::getValue);
      return new StatusEventBatch(this, offsets, days, types, payloads, refused);
    }

    /** Rebuilds event {@code e} of student {@code s} as a value, for a refusal (rare: a duplicate id). */
    StatusEvent event(int e, int s) {
      Payload p = payloadList.get(payload[e]);
      return StatusEvent.builder()
          .id(id[e])
          .student(index.get(s))
          .effectiveDate(dates[day[e]])
          .sequence(sequence.get(e))
          .type(TYPES[type[e]])
          .school(p.school())
          .grade(p.grade())
          .gradeSystem(p.gradeSystem())
          .until(p.until())
          .targetEventId(p.target())
          .evidence(p.evidence())
          .reason(p.reason())
          .build();
    }
  }
}

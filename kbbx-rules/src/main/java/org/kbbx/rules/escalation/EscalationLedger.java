package org.kbbx.rules.escalation;

import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.TreeMap;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.rules.internal.StudentTable;

/**
 * The escalation state of many students (a school or a county), fed one day at a time.
 *
 * <p>Feeding a day costs O(inputs that day + dropouts due that day) — students with no input keep
 * their state untouched, because a school day without a mark is attended and the streak notices
 * that lazily when the next absence arrives (R-ABS-1). Pending automatic dropouts sit in a
 * date-ordered queue (R-ABS-3).
 *
 * <p>The states are kept in a hash table in arrays, split into chunks of 1,024 slots; a new ledger
 * copies the chunks it writes to and shares the rest with the ledger it came from, so an earlier
 * ledger never changes. A day's inputs are taken into one private copy that is published once, so
 * a day costs at most one copy of the table (a few bytes per student) on top of the per-input
 * work; a single {@link #with} copies one chunk and the chunk index.
 *
 * <p>Example:
 *
 * <pre>{@code
 * EscalationLedger ledger = EscalationLedger.empty(AbsenceEscalation.of(rules, calendar));
 * LedgerDay day = ledger.feed(LocalDate.of(2023, 10, 9), marksOfThatDay);
 * ledger = day.ledger();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EscalationLedger {

  private final AbsenceEscalation engine;
  private final StudentTable<StudentEscalation> students;
  private final TreeMap<LocalDate, Set<StudentId>> pending;

  private EscalationLedger(
      AbsenceEscalation engine,
      StudentTable<StudentEscalation> students,
      TreeMap<LocalDate, Set<StudentId>> pending) {
    this.engine = engine;
    this.students = students;
    this.pending = pending;
  }

  /**
   * Returns a ledger in which every student is attending with no absence on record.
   *
   * @param engine the engine, not null
   * @return the empty ledger
   */
  public static EscalationLedger empty(AbsenceEscalation engine) {
    return new EscalationLedger(
        Objects.requireNonNull(engine, "engine"), StudentTable.empty(), TreeMap.empty());
  }

  /**
   * Returns the state of one student.
   *
   * @param studentId the student
   * @return the state; attending when the ledger has never seen the student
   */
  public StudentEscalation state(StudentId studentId) {
    StudentEscalation state = studentId == null ? null : students.get(studentId);
    return state == null ? StudentEscalation.attending() : state;
  }

  /**
   * Returns this ledger with one student's state set, for example from the student's timeline.
   *
   * <p>Costs a copy of the chunk index and of one chunk (about 12 KB, plus 8 bytes per 1,024
   * slots): to set many students at once, for example a county loaded from its timelines, use
   * {@link #withAll(java.util.Map)}, which copies once (1,000,000 students: about 0.3 s, against
   * about 4–6 s for a loop of {@code with}).
   *
   * @param studentId the student, not null
   * @param state the state, not null
   * @return the new ledger
   */
  public EscalationLedger with(StudentId studentId, StudentEscalation state) {
    Objects.requireNonNull(studentId, "studentId");
    Objects.requireNonNull(state, "state");
    Change change = new Change(this);
    change.set(studentId, state);
    return change.ledger();
  }

  /**
   * Returns this ledger with many students' states set, for example loaded from their timelines;
   * the same as calling {@link #with} for each entry, in any order, at the cost of one copy.
   *
   * @param states the states by student, not null, with no null key or value
   * @return the new ledger
   */
  public EscalationLedger withAll(java.util.Map<StudentId, StudentEscalation> states) {
    Objects.requireNonNull(states, "states");
    Change change = new Change(this);
    for (java.util.Map.Entry<StudentId, StudentEscalation> e : states.entrySet()) {
      change.set(
          Objects.requireNonNull(e.getKey(), "states key"),
          Objects.requireNonNull(e.getValue(), "states value"));
    }
    return change.ledger();
  }

  /**
   * Feeds one day: takes every input of that day in the order given, then applies the dropout
   * rule for every student whose waiting period ends on or before {@code day}.
   *
   * @param day the day; null takes nothing: the call is rejected ({@code ESC_NULL_ARGUMENT}) and
   *     every input comes back rejected ({@code ESC_WRONG_DAY}, R-SM-3)
   * @param inputs the inputs of that day (other dates are rejected), null elements rejected
   * @return the new ledger with the day's alerts, status events and rejections
   */
  public LedgerDay feed(LocalDate day, Iterable<? extends EscalationInput> inputs) {
    if (day == null) {
      List<EscalationRejection> rejected = new ArrayList<>();
      rejected.add(new EscalationRejection.NullArgument("day"));
      if (inputs != null) {
        for (EscalationInput input : inputs) {
          rejected.add(
              input == null
                  ? new EscalationRejection.NullInput()
                  : new EscalationRejection.WrongDay(input, null));
        }
      }
      return new LedgerDay(this, Vector.empty(), Vector.empty(), Vector.ofAll(rejected));
    }
    Change change = new Change(this);
    if (inputs != null) {
      change.takeAll(day, inputs);
    }
    change.advanceTo(day);
    return change.day();
  }

  /**
   * Applies the dropout rule for every student whose waiting period ends on or before {@code
   * asOf}; cost O(students due).
   *
   * @param asOf the day whose end is reached; null is rejected ({@code ESC_NULL_ARGUMENT})
   * @return the new ledger with the alerts and status events produced
   */
  public LedgerDay advanceTo(LocalDate asOf) {
    if (asOf == null) {
      return new LedgerDay(
          this,
          Vector.empty(),
          Vector.empty(),
          Vector.of(new EscalationRejection.NullArgument("asOf")));
    }
    Change change = new Change(this);
    change.advanceTo(asOf);
    return change.day();
  }

  /**
   * Returns the number of students whose dropout rule is pending.
   *
   * @return at least 0
   */
  public int pendingDropouts() {
    return pending.values().map(Set::size).sum().intValue();
  }

  /**
   * The changes of one call, confined to it: a transient student table (copy on write per chunk
   * touched), the dropout queue, and the day's outcomes in plain lists wrapped once at the end.
   */
  private static final class Change {
    private static final int BATCH = 32;
    private final AbsenceEscalation engine;
    private final StudentTable.Builder<StudentEscalation> students;
    private TreeMap<LocalDate, Set<StudentId>> pending;
    private final List<Alert> alerts = new ArrayList<>();
    private final List<StatusEvent> events = new ArrayList<>();
    private final List<EscalationRejection> rejections = new ArrayList<>();
    /** What the batches' first passes read; kept so that those reads are not optimized away. */
    private int warmth;

    Change(EscalationLedger from) {
      engine = from.engine;
      students = from.students.toBuilder();
      pending = from.pending;
    }

    void set(StudentId studentId, StudentEscalation state) {
      int h = StudentTable.hash(studentId);
      students.ensureRoom();
      int found = students.find(studentId, h);
      StudentEscalation before = found >= 0 ? students.stateAt(found) : null;
      students.put(found, studentId, h, state);
      reschedule(studentId, before, state);
    }

    /**
     * Takes the inputs in order, in batches: the first pass over a batch reads each student's
     * slot, so that the cache misses of the batch overlap instead of queuing one per input; the
     * second takes them one by one.
     */
    void takeAll(LocalDate day, Iterable<? extends EscalationInput> inputs) {
      Option<LocalDate> today = Option.some(day);
      EscalationInput[] batch = new EscalationInput[BATCH];
      int n = 0;
      for (EscalationInput input : inputs) {
        batch[n++] = input;
        if (n == BATCH) {
          takeBatch(day, today, batch, n);
          n = 0;
        }
      }
      takeBatch(day, today, batch, n);
    }

    private void takeBatch(LocalDate day, Option<LocalDate> today, EscalationInput[] batch, int n) {
      students.ensureRoom();
      int read = 0;
      for (int k = 0; k < n; k++) {
        if (batch[k] != null) {
          StudentId studentId = batch[k].studentId();
          read += students.warm(studentId, StudentTable.hash(studentId));
        }
      }
      warmth += read;
      for (int k = 0; k < n; k++) {
        take(day, today, batch[k]);
        batch[k] = null;
      }
    }

    void take(LocalDate day, Option<LocalDate> today, EscalationInput input) {
      if (input == null) {
        rejections.add(engine.apply(null, null).getLeft());
        return;
      }
      if (!input.date().equals(day)) {
        rejections.add(new EscalationRejection.WrongDay(input, day));
        return;
      }
      StudentId studentId = input.studentId();
      int h = StudentTable.hash(studentId);
      students.ensureRoom();
      int found = students.find(studentId, h);
      StudentEscalation before = found >= 0 ? students.stateAt(found) : null;
      StudentEscalation after = engine.take(before, input, today, alerts, events, rejections);
      if (after == null) {
        return;
      }
      if (after != before) {
        students.put(found, studentId, h, after);
      }
      reschedule(studentId, before, after);
    }

    void advanceTo(LocalDate asOf) {
      while (!pending.isEmpty() && !pending.head()._1.isAfter(asOf)) {
        Set<StudentId> due = pending.head()._2;
        pending = pending.tail();
        for (StudentId studentId :
            due.toSortedSet(java.util.Comparator.comparing(StudentId::unmasked))) {
          int h = StudentTable.hash(studentId);
          students.ensureRoom();
          int found = students.find(studentId, h);
          EscalationStep step =
              engine.step(studentId, found >= 0 ? students.stateAt(found) : null, asOf);
          students.put(found, studentId, h, step.state());
          record(step);
        }
      }
    }

    private void record(EscalationStep step) {
      if (!step.alerts().isEmpty()) {
        for (Alert alert : step.alerts()) {
          alerts.add(alert);
        }
      }
      if (!step.events().isEmpty()) {
        for (StatusEvent event : step.events()) {
          events.add(event);
        }
      }
    }

    /**
     * Moves the student in the dropout queue (R-ABS-3) from the due day of {@code before} to that
     * of {@code after}.
     */
    private void reschedule(
        StudentId studentId, StudentEscalation before, StudentEscalation after) {
      Option<LocalDate> was = before == null ? Option.none() : engine.dropoutDue(before);
      Option<LocalDate> will = engine.dropoutDue(after);
      if (was.isEmpty() && will.isEmpty()) {
        return;
      }
      if (was.isDefined() && pending.containsKey(was.get())) {
        Set<StudentId> left = pending.get(was.get()).get().remove(studentId);
        pending = left.isEmpty() ? pending.remove(was.get()) : pending.put(was.get(), left);
      }
      if (will.isDefined()) {
        pending = pending.put(
            will.get(), pending.get(will.get()).getOrElse(HashSet::empty).add(studentId));
      }
    }

    EscalationLedger ledger() {
      return new EscalationLedger(engine, students.build(), pending);
    }

    LedgerDay day() {
      return new LedgerDay(
          ledger(), Vector.ofAll(alerts), Vector.ofAll(events), Vector.ofAll(rejections));
    }
  }

  /**
   * The result of feeding a day.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param ledger the ledger afterwards
   * @param alerts the alerts raised that day, in order
   * @param events the status events derived, in order
   * @param rejections the inputs not taken, with their reasons
   */
  public record LedgerDay(
      EscalationLedger ledger,
      Seq<Alert> alerts,
      Seq<StatusEvent> events,
      Seq<EscalationRejection> rejections) {

    /** Creates a day's result. */
    public LedgerDay {
      Objects.requireNonNull(ledger, "ledger");
      Objects.requireNonNull(alerts, "alerts");
      Objects.requireNonNull(events, "events");
      Objects.requireNonNull(rejections, "rejections");
    }
  }
}

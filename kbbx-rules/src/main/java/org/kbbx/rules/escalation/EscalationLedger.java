package org.kbbx.rules.escalation;

import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.TreeMap;
import io.vavr.collection.Vector;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The escalation state of many students (a school or a county), fed one day at a time.
 *
 * <p>Feeding a day costs O(inputs that day + dropouts due that day) — students with no input keep
 * their state untouched, because a school day without a mark is attended and the streak notices
 * that lazily when the next absence arrives (R-ABS-1). Pending automatic dropouts sit in a
 * date-ordered queue.
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
  private final Map<String, StudentEscalation> students;
  private final TreeMap<LocalDate, Set<String>> pending;

  private EscalationLedger(
      AbsenceEscalation engine,
      Map<String, StudentEscalation> students,
      TreeMap<LocalDate, Set<String>> pending) {
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
        Objects.requireNonNull(engine, "engine"), HashMap.empty(), TreeMap.empty());
  }

  /**
   * Returns the state of one student.
   *
   * @param studentId the student
   * @return the state; attending when the ledger has never seen the student
   */
  public StudentEscalation state(String studentId) {
    return students.get(studentId).getOrElse(StudentEscalation::attending);
  }

  /**
   * Returns this ledger with one student's state set, for example from the student's timeline.
   *
   * @param studentId the student, not null
   * @param state the state, not null
   * @return the new ledger
   */
  public EscalationLedger with(String studentId, StudentEscalation state) {
    Objects.requireNonNull(studentId, "studentId");
    Objects.requireNonNull(state, "state");
    TreeMap<LocalDate, Set<String>> queue = unschedule(pending, studentId, state(studentId));
    return new EscalationLedger(engine, students.put(studentId, state), schedule(queue, studentId, state));
  }

  /**
   * Feeds one day: takes every input of that day in the order given, then applies the dropout
   * rule for every student whose waiting period ends on or before {@code day}.
   *
   * @param day the day, not null
   * @param inputs the inputs of that day (other dates are rejected), null elements rejected
   * @return the new ledger with the day's alerts, status events and rejections
   */
  public LedgerDay feed(LocalDate day, Iterable<? extends EscalationInput> inputs) {
    Objects.requireNonNull(day, "day");
    EscalationLedger ledger = this;
    Seq<Alert> alerts = Vector.empty();
    Seq<StatusEvent> events = Vector.empty();
    Seq<EscalationRejection> rejections = Vector.empty();
    if (inputs != null) {
      for (EscalationInput input : inputs) {
        if (input != null && !input.date().equals(day)) {
          rejections = rejections.append(new EscalationRejection.WrongDay(input, day));
          continue;
        }
        StudentEscalation before = input == null ? null : ledger.state(input.studentId());
        var result = engine.apply(before, input);
        if (result.isLeft()) {
          rejections = rejections.append(result.getLeft());
          continue;
        }
        EscalationStep step = result.get();
        ledger = ledger.with(input.studentId(), step.state());
        alerts = alerts.appendAll(step.alerts());
        events = events.appendAll(step.events());
      }
    }
    LedgerDay advanced = ledger.advanceTo(day);
    return new LedgerDay(
        advanced.ledger(),
        alerts.appendAll(advanced.alerts()),
        events.appendAll(advanced.events()),
        rejections);
  }

  /**
   * Applies the dropout rule for every student whose waiting period ends on or before {@code
   * asOf}; cost O(students due).
   *
   * @param asOf the day whose end is reached, not null
   * @return the new ledger with the alerts and status events produced
   */
  public LedgerDay advanceTo(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    EscalationLedger ledger = this;
    Seq<Alert> alerts = Vector.empty();
    Seq<StatusEvent> events = Vector.empty();
    while (!ledger.pending.isEmpty() && !ledger.pending.head()._1.isAfter(asOf)) {
      Tuple2<LocalDate, Set<String>> due = ledger.pending.head();
      TreeMap<LocalDate, Set<String>> rest = ledger.pending.tail();
      EscalationLedger next = new EscalationLedger(engine, ledger.students, rest);
      for (String studentId : due._2.toSortedSet()) {
        EscalationStep step = engine.advance(studentId, next.state(studentId), asOf);
        next = new EscalationLedger(engine, next.students.put(studentId, step.state()), next.pending);
        alerts = alerts.appendAll(step.alerts());
        events = events.appendAll(step.events());
      }
      ledger = next;
    }
    return new LedgerDay(ledger, alerts, events, Vector.empty());
  }

  /**
   * Returns the number of students whose dropout rule is pending.
   *
   * @return at least 0
   */
  public int pendingDropouts() {
    return pending.values().map(Set::size).sum().intValue();
  }

  private TreeMap<LocalDate, Set<String>> schedule(
      TreeMap<LocalDate, Set<String>> queue, String studentId, StudentEscalation state) {
    Optional<LocalDate> due = engine.dropoutDue(state);
    if (due.isEmpty()) {
      return queue;
    }
    return queue.put(due.get(), queue.get(due.get()).getOrElse(HashSet::empty).add(studentId));
  }

  private TreeMap<LocalDate, Set<String>> unschedule(
      TreeMap<LocalDate, Set<String>> queue, String studentId, StudentEscalation state) {
    Optional<LocalDate> due = engine.dropoutDue(state);
    if (due.isEmpty() || !queue.containsKey(due.get())) {
      return queue;
    }
    Set<String> left = queue.get(due.get()).get().remove(studentId);
    return left.isEmpty() ? queue.remove(due.get()) : queue.put(due.get(), left);
  }

  /**
   * The result of feeding a day.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param ledger the ledger afterwards
   * @param alerts the alerts raised that day, in order
   * @param events the status events produced, in order
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

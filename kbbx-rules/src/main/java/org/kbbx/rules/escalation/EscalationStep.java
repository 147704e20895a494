package org.kbbx.rules.escalation;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.Objects;
import org.kbbx.core.status.StatusEvent;

/**
 * The result of taking one input or one day: the new student state and what happened.
 *
 * <p>The status events are the core {@link StatusEvent}s the rules derive for the student's
 * timeline ({@code MARK_SUSPECTED}, R-ABS-2; {@code AUTOMATIC_DROPOUT}, R-ABS-3), each with a
 * stable id ({@link #derivedId}) and the sequence {@link #DERIVED_SEQUENCE}; returns and dropout
 * confirmations are the caller's own events and are not repeated here.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param state the student's state afterwards, not null
 * @param alerts the alerts raised, in order, not null
 * @param events the status events derived, in order, not null
 */
public record EscalationStep(StudentEscalation state, Seq<Alert> alerts, Seq<StatusEvent> events) {

  /** Creates a step. */
  public EscalationStep {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(alerts, "alerts");
    Objects.requireNonNull(events, "events");
  }

  /**
   * The sequence of every derived event: after a day's enrolment-like events numbered below it,
   * before events numbered above it.
   */
  public static final long DERIVED_SEQUENCE = 1_000L;

  /**
   * Returns the stable id of a derived event: {@code auto:<type>:<date>}, for example {@code
   * auto:mark_suspected:2023-10-09}; unique within one student's timeline and free of the
   * student's id (PIPL).
   *
   * @param type the event type, not null
   * @param on the effective date, not null
   * @return the id
   */
  public static String derivedId(org.kbbx.core.status.EventType type, java.time.LocalDate on) {
    // A county day derives thousands of events of one type on one day: the id is built once.
    LastId last = LAST_IDS[type.ordinal()];
    if (last != null && on != null && last.on().equals(on)) {
      return last.id();
    }
    String id = "auto:" + type.name().toLowerCase(java.util.Locale.ROOT) + ":" + on;
    if (on != null) {
      LAST_IDS[type.ordinal()] = new LastId(on, id);
    }
    return id;
  }

  /**
   * Per event type, the id last built; final fields, so a racy read sees a whole entry (a race
   * only builds an id again).
   */
  private static final LastId[] LAST_IDS =
      new LastId[org.kbbx.core.status.EventType.values().length];

  private record LastId(java.time.LocalDate on, String id) {}

  /**
   * Returns a derived status event with its stable id.
   *
   * @param student the student, not null
   * @param on the effective date, not null
   * @param type {@code MARK_SUSPECTED} or {@code AUTOMATIC_DROPOUT}, not null
   * @return the event
   */
  public static StatusEvent derived(
      org.kbbx.core.id.StudentId student,
      java.time.LocalDate on,
      org.kbbx.core.status.EventType type) {
    return StatusEvent.of(derivedId(type, on), student, on, DERIVED_SEQUENCE, type);
  }

  static EscalationStep quiet(StudentEscalation state) {
    return new EscalationStep(state, Vector.empty(), Vector.empty());
  }
}

package org.kbbx.rules.escalation;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.Objects;

/**
 * The result of taking one input or one day: the new student state and what happened.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param state the student's state afterwards, not null
 * @param alerts the alerts raised, in order, not null
 * @param events the status events produced, in order, not null
 */
public record EscalationStep(
    StudentEscalation state, Seq<Alert> alerts, Seq<StatusEvent> events) {

  /** Creates a step. */
  public EscalationStep {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(alerts, "alerts");
    Objects.requireNonNull(events, "events");
  }

  static EscalationStep quiet(StudentEscalation state) {
    return new EscalationStep(state, Vector.empty(), Vector.empty());
  }
}

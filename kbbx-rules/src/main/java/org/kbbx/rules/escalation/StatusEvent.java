package org.kbbx.rules.escalation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated status event for a student's timeline, produced by the escalation engine.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param studentId the student, not null
 * @param on the effective date, not null
 * @param kind what happened, not null
 */
public record StatusEvent(String studentId, LocalDate on, StatusEventKind kind) {

  /** Creates an event. */
  public StatusEvent {
    Objects.requireNonNull(studentId, "studentId");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(kind, "kind");
  }
}

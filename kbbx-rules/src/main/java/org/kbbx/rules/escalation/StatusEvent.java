package org.kbbx.rules.escalation;

import java.time.LocalDate;
import java.util.Objects;
import org.kbbx.core.mask.IdMask;
import org.kbbx.core.status.EventType;
import org.kbbx.core.id.StudentId;

/**
 * A dated status event for a student's timeline, produced by the escalation engine; {@link
 * #toTimelineEvent} turns it into the status machine's event.
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

  /**
   * Returns the status machine's event type for this event.
   *
   * @return {@code MARK_SUSPECTED}, {@code AUTOMATIC_DROPOUT}, {@code CONFIRM_DROPOUT} or {@code
   *     RETURN}
   */
  public EventType timelineType() {
    switch (kind) {
      case SUSPECTED_DROPOUT:
        return EventType.MARK_SUSPECTED;
      case AUTOMATIC_DROPOUT:
        return EventType.AUTOMATIC_DROPOUT;
      case DROPOUT_CONFIRMED:
        return EventType.CONFIRM_DROPOUT;
      case RETURNED:
        return EventType.RETURN;
      default:
        throw new AssertionError(kind);
    }
  }

  /**
   * Returns this event as a status-machine event for the student's timeline, with the stable id
   * {@code escalation/<kind>/<date>}.
   *
   * @param sequence the sequence number ordering it among the day's events, at least 0
   * @return the timeline event
   */
  public org.kbbx.core.status.StatusEvent toTimelineEvent(long sequence) {
    return org.kbbx.core.status.StatusEvent.builder()
        .id("escalation/" + kind + "/" + on)
        .student(StudentId.of(studentId))
        .effectiveDate(on)
        .sequence(sequence)
        .type(timelineType())
        .build();
  }

  /** Returns this StatusEvent with the student id masked by the one rule (R-ID-5). */
  @Override
  public String toString() {
    return "StatusEvent[studentId=" + IdMask.mask(studentId) + ", on=" + on + ", kind=" + kind + "]";
  }
}

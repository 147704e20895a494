package org.kbbx.core.status;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.internal.KbbxStyle;
import org.kbbx.core.mask.IdMask;
import org.kbbx.core.school.Grade;
import org.kbbx.core.school.GradeSystem;

/**
 * One dated fact about one student's schooling: the input of the status machine (R-SM-1) and of a
 * {@link StudentTimeline}.
 *
 * <p>An event has an id (unique per student), the student it concerns, the date it takes effect,
 * a sequence number that orders events of the same date (R-SM-4), its {@link EventType} and the
 * fields that type requires ({@link EventType#requiredFields()}). Whether the event is legal is
 * not checked here: that is a domain outcome decided by the {@link StatusMachine}. Build one with
 * {@link #builder()} or {@link #of(String, StudentId, LocalDate, long, EventType)}:
 *
 * <pre>{@code
 * StatusEvent enrol = StatusEvent.builder()
 *     .id("e1").student(StudentId.of("G1234")).effectiveDate(LocalDate.of(2022, 9, 1))
 *     .sequence(1).type(EventType.ENROL).school(SchoolId.of("S1")).grade(Grade.of(1))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@KbbxStyle
public abstract class StatusEvent {

  private static final EventField[] FIELDS = EventField.values();

  StatusEvent() {}

  /** Returns the event id, unique within the student's timeline, never blank. */
  public abstract String id();

  /** Returns the student the event concerns. */
  public abstract StudentId student();

  /** Returns the date the event takes effect. */
  public abstract LocalDate effectiveDate();

  /** Returns the sequence number that orders events of the same date, zero or more. */
  public abstract long sequence();

  /** Returns the event type. */
  public abstract EventType type();

  /** Returns the school, present exactly when the type requires {@link EventField#SCHOOL}. */
  public abstract Optional<SchoolId> school();

  /** Returns the grade, present exactly when the type requires {@link EventField#GRADE}. */
  public abstract Optional<Grade> grade();

  /** Returns the end date (inclusive), present exactly when the type requires {@link EventField#UNTIL}. */
  public abstract Optional<LocalDate> until();

  /** Returns the retracted event's id, present exactly for {@link EventType#RETRACTION}. */
  public abstract Optional<String> targetEventId();

  /** Returns the evidence reference (佐证材料), if any; required for {@link EventType#STUDY_ELSEWHERE}. */
  public abstract Optional<String> evidence();

  /** Returns the free-text reason, if any. */
  public abstract Optional<String> reason();

  /**
   * Returns the grade system of the school the event places the student in, if named (R-SM-9);
   * allowed only where {@link EventType#takesGradeSystem()}. Absent means the student's current
   * system (the jurisdiction's for a first enrolment).
   */
  public abstract Optional<GradeSystem> gradeSystem();

  /** Returns whether this event is a {@link EventType#RETRACTION}. */
  public boolean isRetraction() {
    return type() == EventType.RETRACTION;
  }

  /**
   * Returns whether this event carries {@code field}.
   *
   * @param field the field, not null
   * @return true if present
   */
  public boolean has(EventField field) {
    switch (field) {
      case SCHOOL:
        return school().isPresent();
      case GRADE:
        return grade().isPresent();
      case UNTIL:
        return until().isPresent();
      case TARGET_EVENT:
        return targetEventId().isPresent();
      case EVIDENCE:
        return evidence().isPresent();
      case REASON:
        return reason().isPresent();
      case GRADE_SYSTEM:
        return gradeSystem().isPresent();
      default:
        throw new AssertionError(field);
    }
  }

  @Value.Check
  void check() {
    if (id().isBlank()) {
      throw new IllegalArgumentException("Invalid StatusEvent id: must not be blank");
    }
    if (sequence() < 0) {
      throw new IllegalArgumentException(
          "Invalid StatusEvent sequence (valid values 0 - " + Long.MAX_VALUE + "): " + sequence());
    }
    EventType type = type();
    for (EventField field : FIELDS) {
      boolean has = has(field);
      if (!has && type.requires(field)) {
        throw new IllegalArgumentException("Invalid StatusEvent " + IdMask.maskIdLikeRuns(id())
            + ": " + type() + " requires " + field);
      }
      if (has && !type.allows(field)) {
        throw new IllegalArgumentException("Invalid StatusEvent " + IdMask.maskIdLikeRuns(id())
            + ": " + type() + " does not take " + field);
      }
    }
    checkNotBlank("targetEventId", targetEventId());
    checkNotBlank("evidence", evidence());
    checkNotBlank("reason", reason());
  }

  private void checkNotBlank(String name, Optional<String> value) {
    if (value.isPresent() && value.get().isBlank()) {
      throw new IllegalArgumentException("Invalid StatusEvent " + IdMask.maskIdLikeRuns(id()) + ": "
          + name + " must not be blank");
    }
  }

  /**
   * Returns an event that needs no type-specific field, for example {@link EventType#PROMOTE}'s
   * siblings {@link EventType#START_LEAVE} or {@link EventType#DEATH}.
   *
   * @param id the event id, not blank
   * @param student the student, not null
   * @param effectiveDate the date it takes effect, not null
   * @param sequence the order within the date, zero or more
   * @param type a type whose {@link EventType#requiredFields()} is empty
   * @return the event
   * @throws IllegalArgumentException if the type requires a field or an argument is invalid
   */
  public static StatusEvent of(
      String id, StudentId student, LocalDate effectiveDate, long sequence, EventType type) {
    return builder()
        .id(id)
        .student(student)
        .effectiveDate(effectiveDate)
        .sequence(sequence)
        .type(type)
        .build();
  }

  /**
   * Returns a retraction of {@code targetEventId} (R-SM-5).
   *
   * @param id the retraction's own id, not blank
   * @param student the student, not null
   * @param effectiveDate the date of the correction, not null
   * @param sequence the order within the date, zero or more
   * @param targetEventId the id of the event to remove, not blank
   * @return the retraction
   */
  public static StatusEvent retraction(
      String id, StudentId student, LocalDate effectiveDate, long sequence, String targetEventId) {
    return builder()
        .id(id)
        .student(student)
        .effectiveDate(effectiveDate)
        .sequence(sequence)
        .type(EventType.RETRACTION)
        .targetEventId(targetEventId)
        .build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link StatusEvent}; {@code build()} throws {@link IllegalArgumentException} for a
   * blank id, a negative sequence, or a missing or extraneous field, and
   * {@link IllegalStateException} when a mandatory attribute is not set.
   */
  public static final class Builder extends ImmutableStatusEvent.Builder {
    Builder() {}
  }
}

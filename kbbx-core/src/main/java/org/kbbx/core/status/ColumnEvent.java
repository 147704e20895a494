package org.kbbx.core.status;

import java.time.LocalDate;
import java.util.Optional;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.school.Grade;

/**
 * A cursor over one {@link StatusEventBatch}: a {@link StatusEvent} whose fields are read from the
 * batch's columns at the current position, so the bulk replay hands the {@link StatusMachine} one
 * event per step without building one. Every value it returns is shared (dates, schools, grades
 * and optional fields are interned by the batch), so reading it allocates nothing.
 *
 * <p>The batch keeps of an event only what the machine reads (date, type and fields): an event's
 * id and sequence decide the order and the retractions when the batch is built, and are not kept
 * after, so {@link #id()} and {@link #sequence()} throw {@link UnsupportedOperationException}. No
 * step reads them: the machine's table, guards and effects read the date, the type and the
 * fields, and the rejections that hold the cursor are dropped unread.
 *
 * <p>This class is mutable and not thread-safe: one cursor belongs to one replay and never
 * escapes it (the machine's rejections that capture it are counted and dropped).
 */
final class ColumnEvent extends StatusEvent {

  private final StatusEventBatch batch;
  private int event;
  private StudentId student;

  ColumnEvent(StatusEventBatch batch) {
    this.batch = batch;
  }

  /** Moves the cursor to event {@code e} of {@code student}. */
  ColumnEvent at(int e, StudentId student) {
    this.event = e;
    this.student = student;
    return this;
  }

  private StatusEventBatch.Payload payload() {
    return batch.payload(event);
  }

  /** Not kept by the batch: throws {@link UnsupportedOperationException}. */
  @Override
  public String id() {
    throw new UnsupportedOperationException("a bulk replay keeps no event id");
  }

  @Override
  public StudentId student() {
    return student;
  }

  @Override
  public LocalDate effectiveDate() {
    return batch.date(event);
  }

  /** Not kept by the batch: throws {@link UnsupportedOperationException}. */
  @Override
  public long sequence() {
    throw new UnsupportedOperationException("a bulk replay keeps no event sequence");
  }

  @Override
  public EventType type() {
    return batch.type(event);
  }

  @Override
  public Optional<SchoolId> school() {
    return payload().school();
  }

  @Override
  public Optional<Grade> grade() {
    return payload().grade();
  }

  @Override
  public Optional<org.kbbx.core.school.GradeSystem> gradeSystem() {
    return payload().gradeSystem();
  }

  @Override
  public Optional<LocalDate> until() {
    return payload().until();
  }

  @Override
  public Optional<String> targetEventId() {
    return payload().target();
  }

  @Override
  public Optional<String> evidence() {
    return payload().evidence();
  }

  @Override
  public Optional<String> reason() {
    return payload().reason();
  }

  @Override
  public String toString() {
    return "ColumnEvent[" + type() + " " + effectiveDate() + "]";
  }
}

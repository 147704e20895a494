package org.kbbx.core.status;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;
import org.kbbx.core.id.StudentId;

/**
 * The status of every student of a {@link StatusEventBatch} at the end of one date (R-SM-6): the
 * answer of {@link StatusEventBatch#statusesOn(LocalDate)}, indexed like the batch's students.
 * Each status equals {@code StudentTimeline.statusOn(date)} for the same student and events.
 *
 * <pre>{@code
 * StatusesOn statuses = batch.statusesOn(LocalDate.of(2023, 6, 30));
 * for (int i = 0; i < statuses.size(); i++) {
 *   count(statuses.student(i), statuses.status(i).schooling());
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StatusesOn {

  private final StatusEventBatch batch;
  private final LocalDate date;
  private final Status[] statuses;

  StatusesOn(StatusEventBatch batch, LocalDate date, Status[] statuses) {
    this.batch = batch;
    this.date = date;
    this.statuses = statuses;
  }

  /** Returns the date the statuses hold at the end of. */
  public LocalDate date() {
    return date;
  }

  /** Returns the number of students, the batch's {@link StatusEventBatch#students()}. */
  public int size() {
    return statuses.length;
  }

  /**
   * Returns the student at {@code index}.
   *
   * @param index from 0 to {@code size() - 1}
   * @return the student
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public StudentId student(int index) {
    return batch.student(index);
  }

  /**
   * Returns the status of the student at {@code index} at the end of {@link #date()}; the
   * {@linkplain Status#initial() initial status} before the student's first event.
   *
   * @param index from 0 to {@code size() - 1}
   * @return the status
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public Status status(int index) {
    return statuses[index];
  }

  /**
   * Returns the status of {@code student}, or none if the batch holds no accepted event of that
   * student.
   *
   * @param student the student, not null
   * @return the status, or none
   */
  public Option<Status> statusOf(StudentId student) {
    Objects.requireNonNull(student, "student");
    return batch.indexOf(student).map(i -> statuses[i]);
  }

  @Override
  public String toString() {
    return "StatusesOn[" + date + ", " + statuses.length + " students]";
  }
}

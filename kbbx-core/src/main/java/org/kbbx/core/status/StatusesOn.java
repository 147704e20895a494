package org.kbbx.core.status;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.school.Grade;
import org.kbbx.core.school.GradeSystem;

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
 * <p><b>Cost.</b> The statuses are held in columns, about 16 bytes a student: the schooling and
 * record states, closing reason, grade and grade system packed in one {@code int}, references to
 * the record school, the attending school and the date the state began. {@link #status(int)}
 * builds the {@link Status} value when asked, equal to the one the timeline gives; a status with
 * a deferral or a suspension (its end dates and extensions) is the rare one kept whole.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StatusesOn {

  private static final SchoolingState[] STATES = SchoolingState.values();
  private static final RecordState[] RECORDS = RecordState.values();
  private static final ClosingReason[] REASONS = ClosingReason.values();
  private static final GradeSystem[] SYSTEMS = GradeSystem.values();
  /** The packed facts of the initial status. */
  private static final int INITIAL =
      pack(SchoolingState.NOT_ENROLLED, RecordState.NONE, 0, 0, 0, false);

  private static final int KEPT_WHOLE = 1 << 31;

  private final StatusEventBatch batch;
  private final LocalDate date;
  /** State, record, closing reason + 1, grade number, grade system + 1, kept whole: 8 bits each. */
  private final int[] facts;

  private final SchoolId[] recordSchool;
  private final SchoolId[] attendingSchool;
  private final LocalDate[] since;
  /** Students whose status is kept whole, ascending, and their statuses. */
  private final int[] whole;

  private final Status[] wholeStatus;

  private StatusesOn(StatusEventBatch batch, LocalDate date, Writer w) {
    this.batch = batch;
    this.date = date;
    this.facts = w.facts;
    this.recordSchool = w.recordSchool;
    this.attendingSchool = w.attendingSchool;
    this.since = w.since;
    this.whole = Arrays.copyOf(w.whole, w.wholeCount);
    this.wholeStatus = Arrays.copyOf(w.wholeStatus, w.wholeCount);
  }

  private static int pack(
      SchoolingState state, RecordState record, int reason, int grade, int system, boolean whole) {
    return state.ordinal()
        | record.ordinal() << 4
        | reason << 8
        | grade << 12
        | system << 20
        | (whole ? KEPT_WHOLE : 0);
  }

  /** Returns the date the statuses hold at the end of. */
  public LocalDate date() {
    return date;
  }

  /** Returns the number of students, the batch's {@link StatusEventBatch#students()}. */
  public int size() {
    return facts.length;
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
   * {@linkplain Status#initial() initial status} before the student's first event. The value is
   * built on each call (equal each time).
   *
   * @param index from 0 to {@code size() - 1}
   * @return the status
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public Status status(int index) {
    int f = facts[index];
    if ((f & KEPT_WHOLE) != 0) {
      return wholeStatus[Arrays.binarySearch(whole, index)];
    }
    if (f == INITIAL && since[index] == null) {
      return Status.initial();
    }
    int reason = f >>> 8 & 0xF;
    int grade = f >>> 12 & 0xFF;
    int system = f >>> 20 & 0xF;
    return Status.builder()
        .schooling(STATES[f & 0xF])
        .record(RECORDS[f >>> 4 & 0xF])
        .closingReason(reason == 0 ? Optional.empty() : Optional.of(REASONS[reason - 1]))
        .recordSchool(Optional.ofNullable(recordSchool[index]))
        .attendingSchool(Optional.ofNullable(attendingSchool[index]))
        .grade(grade == 0 ? Optional.empty() : Optional.of(Grade.of(grade)))
        .gradeSystem(system == 0 ? Optional.empty() : Optional.of(SYSTEMS[system - 1]))
        .since(Optional.ofNullable(since[index]))
        .build();
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
    return batch.indexOf(student).map(this::status);
  }

  @Override
  public String toString() {
    return "StatusesOn[" + date + ", " + facts.length + " students]";
  }

  /** Fills the columns during one replay, student by student; not thread-safe. */
  static final class Writer {
    private final int[] facts;
    private final SchoolId[] recordSchool;
    private final SchoolId[] attendingSchool;
    private final LocalDate[] since;
    private int[] whole = new int[16];
    private Status[] wholeStatus = new Status[16];
    private int wholeCount;

    Writer(int students) {
      facts = new int[students];
      recordSchool = new SchoolId[students];
      attendingSchool = new SchoolId[students];
      since = new LocalDate[students];
    }

    /** Student {@code s} has the initial status. */
    void initial(int s) {
      facts[s] = INITIAL;
    }

    /** Student {@code s} has {@code status}. */
    void set(int s, ReplayStatus status) {
      if (status.hasTerm()) {
        if (wholeCount == whole.length) {
          whole = Arrays.copyOf(whole, wholeCount * 2);
          wholeStatus = Arrays.copyOf(wholeStatus, wholeCount * 2);
        }
        whole[wholeCount] = s;
        wholeStatus[wholeCount++] = status.toStatus();
        facts[s] = KEPT_WHOLE;
        return;
      }
      Optional<ClosingReason> reason = status.closingReason();
      Optional<Grade> grade = status.grade();
      Optional<GradeSystem> system = status.gradeSystem();
      facts[s] = pack(
          status.schooling(),
          status.record(),
          reason.isPresent() ? reason.get().ordinal() + 1 : 0,
          grade.isPresent() ? grade.get().number() : 0,
          system.isPresent() ? system.get().ordinal() + 1 : 0,
          false);
      recordSchool[s] = status.recordSchool().orElse(null);
      attendingSchool[s] = status.attendingSchool().orElse(null);
      since[s] = status.sinceOrNull();
    }

    StatusesOn finish(StatusEventBatch batch, LocalDate date) {
      return new StatusesOn(batch, date, this);
    }
  }
}

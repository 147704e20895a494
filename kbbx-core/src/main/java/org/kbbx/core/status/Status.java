package org.kbbx.core.status;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.internal.KbbxStyle;
import org.kbbx.core.school.Grade;
import org.kbbx.core.school.GradeSystem;

/**
 * One student's status at a moment: the schooling state and the record (学籍) state, with the
 * record school, the attending school, the grade and what the guards need (docs/rules.md §4).
 *
 * <p>Invariants, checked when built:
 * <ul>
 *   <li>the record is {@link RecordState#NONE} in {@link SchoolingState#NOT_ENROLLED} and
 *       {@link SchoolingState#DEFERRED}; {@code ACTIVE} or {@code TRANSFER_PENDING} in every state
 *       that {@linkplain SchoolingState#holdsRecord() holds a record}; {@code NONE} or
 *       {@code CLOSED} in a terminal state ({@code CLOSED} with reason {@code COMPLETED} for
 *       {@link SchoolingState#COMPLETED});
 *   <li>{@code TRANSFER_PENDING} only while {@link SchoolingState#ATTENDING};
 *   <li>a closing reason exactly when the record is closed; a record school and a grade exactly
 *       when the record is not {@code NONE} (a closed record keeps its last school and grade);
 *   <li>an attending school exactly when the state {@linkplain SchoolingState#attendsSchool()
 *       attends school};
 *   <li>record school and attending school differ only in {@link SchoolingState#BORROWED} or
 *       while the record is {@link RecordState#TRANSFER_PENDING} (R-SM-8);
 *   <li>a deferral end exactly when {@code DEFERRED}; suspension start and end exactly when
 *       {@code SUSPENDED}, and a non-zero extension count only then.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@KbbxStyle
public abstract class Status {

  private static final Status INITIAL =
      builder().schooling(SchoolingState.NOT_ENROLLED).record(RecordState.NONE).build();

  Status() {}

  /** Returns the schooling state. */
  public abstract SchoolingState schooling();

  /** Returns the record (学籍) state. */
  public abstract RecordState record();

  /** Returns why the record was closed, present exactly when the record is {@code CLOSED}. */
  public abstract Optional<ClosingReason> closingReason();

  /** Returns the school holding the record (学籍所在校), present when the record is not {@code NONE}. */
  public abstract Optional<SchoolId> recordSchool();

  /** Returns the school the child attends, present when the schooling state attends school. */
  public abstract Optional<SchoolId> attendingSchool();

  /** Returns the grade, present when the record is not {@code NONE}. */
  public abstract Optional<Grade> grade();

  /**
   * Returns the grade system (学制) of the school attended when an event named one (R-SM-9); empty
   * means the jurisdiction's system ({@link MachineParameters#gradeSystem()}). Present only with a
   * record.
   */
  public abstract Optional<GradeSystem> gradeSystem();

  /**
   * Returns the student's grade system: {@link #gradeSystem()} or, when absent, {@code
   * jurisdiction}'s (R-SM-9: always that of the school attended).
   *
   * @param jurisdiction the jurisdiction's system, not null
   * @return the system the student's grade is read with
   */
  public GradeSystem gradeSystemOr(GradeSystem jurisdiction) {
    return gradeSystem().orElse(jurisdiction);
  }

  /** Returns the date the current schooling state began; empty for the initial status. */
  public abstract Optional<LocalDate> since();

  /** The date the current schooling state began, or null for the initial status; no optional. */
  LocalDate sinceOrNull() {
    return since().orElse(null);
  }

  /** Returns the last day (inclusive) of an approved deferral, present when {@code DEFERRED}. */
  public abstract Optional<LocalDate> deferralEnd();

  /** Returns the first day of the suspension, present when {@code SUSPENDED}. */
  public abstract Optional<LocalDate> suspensionStart();

  /** Returns the last approved day (inclusive) of the suspension, present when {@code SUSPENDED}. */
  public abstract Optional<LocalDate> suspensionEnd();

  /** Returns how often the current suspension was extended; zero unless {@code SUSPENDED}. */
  @Value.Default
  public int suspensionExtensions() {
    return 0;
  }

  /**
   * Returns the initial status: {@link SchoolingState#NOT_ENROLLED}, no record, nothing else.
   *
   * @return the status before any event
   */
  public static Status initial() {
    return INITIAL;
  }

  /** Returns whether the schooling state is terminal (R-SM-5). */
  public boolean isTerminal() {
    return schooling().isTerminal();
  }

  /**
   * Returns whether record school and attending school are both present and differ (人籍不一致), which
   * happens only in {@link SchoolingState#BORROWED} and while the record is
   * {@link RecordState#TRANSFER_PENDING} (R-SM-8).
   *
   * @return true if the child attends a school other than the record school
   */
  public boolean recordAndAttendingDiffer() {
    return recordSchool().isPresent()
        && attendingSchool().isPresent()
        && !recordSchool().get().equals(attendingSchool().get());
  }

  @Value.Check
  void check() {
    SchoolingState state = schooling();
    RecordState record = record();
    if (state.holdsRecord()) {
      require(
          record == RecordState.ACTIVE || record == RecordState.TRANSFER_PENDING,
          "an open record (ACTIVE or TRANSFER_PENDING)");
    } else if (state.isTerminal()) {
      require(record == RecordState.NONE || record == RecordState.CLOSED, "record NONE or CLOSED");
    } else {
      require(record == RecordState.NONE, "record NONE");
    }
    require(
        record != RecordState.TRANSFER_PENDING || state == SchoolingState.ATTENDING,
        "TRANSFER_PENDING only while ATTENDING");
    require(
        closingReason().isPresent() == (record == RecordState.CLOSED),
        "a closing reason exactly when the record is CLOSED");
    require(
        state != SchoolingState.COMPLETED
            || closingReason().equals(Optional.of(ClosingReason.COMPLETED)),
        "COMPLETED closes the record as COMPLETED");
    require(
        recordSchool().isPresent() == (record != RecordState.NONE),
        "a record school exactly when there is a record");
    require(
        grade().isPresent() == (record != RecordState.NONE),
        "a grade exactly when there is a record");
    require(
        gradeSystem().isEmpty() || record != RecordState.NONE, "a grade system only with a record");
    require(
        attendingSchool().isPresent() == state.attendsSchool(),
        "an attending school exactly when the state attends school");
    require(
        !recordAndAttendingDiffer()
            || state == SchoolingState.BORROWED
            || record == RecordState.TRANSFER_PENDING,
        "record school = attending school unless BORROWED or TRANSFER_PENDING (R-SM-8)");
    require(
        deferralEnd().isPresent() == (state == SchoolingState.DEFERRED),
        "a deferral end exactly when DEFERRED");
    boolean suspended = state == SchoolingState.SUSPENDED;
    require(
        suspensionStart().isPresent() == suspended && suspensionEnd().isPresent() == suspended,
        "suspension dates exactly when SUSPENDED");
    require(
        suspensionExtensions() >= 0 && (suspended || suspensionExtensions() == 0),
        "a non-negative extension count, zero unless SUSPENDED");
  }

  private void require(boolean condition, String expected) {
    if (!condition) {
      throw new IllegalArgumentException(
          "Invalid Status " + schooling() + "/" + record() + ": expected " + expected);
    }
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Status}; {@code build()} throws {@link IllegalArgumentException} naming the
   * broken invariant.
   */
  public static final class Builder extends ImmutableStatus.Builder {
    Builder() {}
  }
}

package org.kbbx.core.status;

import java.time.LocalDate;
import java.util.Optional;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.school.Grade;
import org.kbbx.core.school.GradeSystem;

/**
 * One student's status during a bulk replay ({@link StatusEventBatch#statusesOn(LocalDate)}),
 * stepped in place: the {@link StatusMachine}'s table and guards read it as a {@link Status}, and
 * {@link Effects} writes each accepted event's effects into it, so a step builds no value. Its
 * fields hold the event's own (interned) optionals, so a step allocates nothing. {@link
 * StatusesOn} keeps its fields in columns and builds the immutable, checked {@link Status} when
 * asked; {@link #toStatus()} builds it at once, for the rare status with a deferral or a
 * suspension.
 *
 * <p>This class is mutable and not thread-safe: one instance belongs to one replay and never
 * escapes it (the machine's rejections that capture it are dropped).
 */
final class ReplayStatus extends Status implements Effects.Target {

  private static final Optional<ClosingReason> COMPLETED = Optional.of(ClosingReason.COMPLETED);
  private static final Optional<ClosingReason> DECEASED = Optional.of(ClosingReason.DECEASED);
  private static final Optional<ClosingReason> CANCELLED = Optional.of(ClosingReason.CANCELLED);

  private SchoolingState schooling;
  private RecordState record;
  private Optional<ClosingReason> closingReason;
  private Optional<SchoolId> recordSchool;
  private Optional<SchoolId> attendingSchool;
  private Optional<Grade> grade;
  private Optional<GradeSystem> gradeSystem;
  private LocalDate since;
  private Optional<LocalDate> deferralEnd;
  private LocalDate suspensionStart;
  private Optional<LocalDate> suspensionEnd;
  private int suspensionExtensions;

  ReplayStatus() {
    reset();
  }

  /** Back to the {@linkplain Status#initial() initial status}. */
  void reset() {
    schooling = SchoolingState.NOT_ENROLLED;
    record = RecordState.NONE;
    closingReason = Optional.empty();
    recordSchool = Optional.empty();
    attendingSchool = Optional.empty();
    grade = Optional.empty();
    gradeSystem = Optional.empty();
    since = null;
    deferralEnd = Optional.empty();
    suspensionStart = null;
    suspensionEnd = Optional.empty();
    suspensionExtensions = 0;
  }

  /** Returns whether the status has a deferral end or a suspension (dates or extensions). */
  boolean hasTerm() {
    return deferralEnd.isPresent()
        || suspensionStart != null
        || suspensionEnd.isPresent()
        || suspensionExtensions != 0;
  }

  /**
   * Returns the status as an immutable value, checked as every {@link Status} is.
   *
   * @return the value
   */
  Status toStatus() {
    return Status.builder()
        .schooling(schooling)
        .record(record)
        .closingReason(closingReason)
        .recordSchool(recordSchool)
        .attendingSchool(attendingSchool)
        .grade(grade)
        .gradeSystem(gradeSystem)
        .since(Optional.ofNullable(since))
        .deferralEnd(deferralEnd)
        .suspensionStart(Optional.ofNullable(suspensionStart))
        .suspensionEnd(suspensionEnd)
        .suspensionExtensions(suspensionExtensions)
        .build();
  }

  @Override
  LocalDate sinceOrNull() {
    return since;
  }

  @Override
  public SchoolingState schooling() {
    return schooling;
  }

  @Override
  public RecordState record() {
    return record;
  }

  @Override
  public Optional<ClosingReason> closingReason() {
    return closingReason;
  }

  @Override
  public Optional<SchoolId> recordSchool() {
    return recordSchool;
  }

  @Override
  public Optional<SchoolId> attendingSchool() {
    return attendingSchool;
  }

  @Override
  public Optional<Grade> grade() {
    return grade;
  }

  @Override
  public Optional<GradeSystem> gradeSystem() {
    return gradeSystem;
  }

  @Override
  public Optional<LocalDate> since() {
    return Optional.ofNullable(since);
  }

  @Override
  public Optional<LocalDate> deferralEnd() {
    return deferralEnd;
  }

  @Override
  public Optional<LocalDate> suspensionStart() {
    return Optional.ofNullable(suspensionStart);
  }

  @Override
  public Optional<LocalDate> suspensionEnd() {
    return suspensionEnd;
  }

  @Override
  public int suspensionExtensions() {
    return suspensionExtensions;
  }

  @Override
  public void schooling(SchoolingState state) {
    this.schooling = state;
  }

  @Override
  public void since(LocalDate date) {
    this.since = date;
  }

  @Override
  public void deferralEnd(Optional<LocalDate> end) {
    this.deferralEnd = end;
  }

  @Override
  public void suspensionStart(LocalDate start) {
    this.suspensionStart = start;
  }

  @Override
  public void suspensionEnd(Optional<LocalDate> end) {
    this.suspensionEnd = end;
  }

  @Override
  public void suspensionExtensions(int extensions) {
    this.suspensionExtensions = extensions;
  }

  @Override
  public void record(RecordState record) {
    this.record = record;
  }

  @Override
  public void closingReason(ClosingReason reason) {
    this.closingReason = switch (reason) {
      case COMPLETED -> COMPLETED;
      case DECEASED -> DECEASED;
      case CANCELLED -> CANCELLED;
      default -> Optional.of(reason);
    };
  }

  @Override
  public void grade(Optional<Grade> grade) {
    this.grade = grade;
  }

  @Override
  public void gradeSystem(Optional<GradeSystem> system) {
    this.gradeSystem = system;
  }

  @Override
  public void recordSchool(Optional<SchoolId> school) {
    this.recordSchool = school;
  }

  @Override
  public void attendingSchool(Optional<SchoolId> school) {
    this.attendingSchool = school;
  }

  @Override
  public String toString() {
    return "ReplayStatus[" + schooling + "/" + record + "]";
  }
}

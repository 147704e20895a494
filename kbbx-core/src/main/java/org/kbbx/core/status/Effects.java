package org.kbbx.core.status;

import java.time.LocalDate;
import java.util.Optional;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.school.Grade;
import org.kbbx.core.school.GradeSystem;

/**
 * What an accepted event does to a status besides changing its schooling state: the one copy of
 * the effects, written to a {@link Target} so that the timeline ({@link #next}, a new
 * {@link Status}) and the bulk replay ({@link ReplayStatus}, the same state stepped in place) share
 * it.
 */
final class Effects {

  /** Receives the effects of one event; only the fields an effect changes are written. */
  interface Target {
    void schooling(SchoolingState state);

    void since(LocalDate date);

    void deferralEnd(Optional<LocalDate> end);

    /** The suspension's first day, null for none. */
    void suspensionStart(LocalDate start);

    void suspensionEnd(Optional<LocalDate> end);

    void suspensionExtensions(int extensions);

    void record(RecordState record);

    void closingReason(ClosingReason reason);

    void grade(Optional<Grade> grade);

    void gradeSystem(Optional<GradeSystem> system);

    void recordSchool(Optional<SchoolId> school);

    void attendingSchool(Optional<SchoolId> school);
  }

  private Effects() {}

  /** The status after {@code event} moved {@code status} to {@code to}, as a new value. */
  static Status next(
      Status status, StatusEvent event, SchoolingState to, MachineParameters parameters) {
    Status.Builder next = Status.builder().from(status);
    apply(status, event, to, parameters, new BuilderTarget(next));
    return next.build();
  }

  /**
   * Writes the effects of {@code event}, which moves {@code status} to {@code to}, into {@code
   * next}. Every field of {@code status} is read before anything is written, so {@code next} may
   * be {@code status} itself.
   */
  static void apply(
      Status status,
      StatusEvent event,
      SchoolingState to,
      MachineParameters parameters,
      Target next) {
    SchoolingState from = status.schooling();
    RecordState record = status.record();
    Optional<SchoolId> recordSchool = status.recordSchool();
    Optional<SchoolId> attendingBefore = status.attendingSchool();
    int extensions = status.suspensionExtensions();
    Optional<Grade> grade = status.grade();
    GradeSystem system = status.gradeSystemOr(parameters.gradeSystem());
    next.schooling(to);
    if (to != from) {
      next.since(event.effectiveDate());
    }
    if (to != SchoolingState.DEFERRED) {
      next.deferralEnd(Optional.empty());
    }
    if (to != SchoolingState.SUSPENDED) {
      next.suspensionStart(null);
      next.suspensionEnd(Optional.empty());
      next.suspensionExtensions(0);
    }
    Optional<SchoolId> attending = Optional.empty();
    switch (event.type()) {
      case ENROL:
        next.record(RecordState.ACTIVE);
        next.grade(event.grade());
        next.gradeSystem(event.gradeSystem());
        recordSchool = event.school();
        break;
      case DEFER:
        next.deferralEnd(event.until());
        break;
      case SUSPEND:
        next.suspensionStart(event.effectiveDate());
        next.suspensionEnd(event.until());
        break;
      case EXTEND_SUSPENSION:
        next.suspensionEnd(event.until());
        next.suspensionExtensions(extensions + 1);
        break;
      case TRANSFER_OUT:
        next.record(RecordState.TRANSFER_PENDING);
        attending = event.school();
        break;
      case CONFIRM_TRANSFER_IN:
        next.record(RecordState.ACTIVE);
        recordSchool = event.school();
        changeSystem(grade, system, event, next);
        break;
      case BORROW:
        attending = event.school();
        break;
      case ENTER_SPECIAL_SCHOOL:
      case LEAVE_SPECIAL_SCHOOL:
        recordSchool = event.school();
        attending = event.school();
        changeSystem(grade, system, event, next);
        break;
      case PROGRESS_TO_JUNIOR:
        next.grade(event.grade());
        if (event.gradeSystem().isPresent()) {
          next.gradeSystem(event.gradeSystem());
        }
        recordSchool = event.school();
        attending = event.school();
        break;
      case PROMOTE:
      case REPEAT:
      case SKIP:
        next.grade(event.grade());
        break;
      case COMPLETE:
        next.record(RecordState.CLOSED);
        next.closingReason(ClosingReason.COMPLETED);
        break;
      case DEATH:
        close(record, next, ClosingReason.DECEASED);
        break;
      case AGE_OUT:
        close(record, next, ClosingReason.CANCELLED);
        break;
      default:
        break;
    }
    next.recordSchool(recordSchool);
    if (!to.attendsSchool()) {
      next.attendingSchool(Optional.empty());
    } else if (attending.isPresent()) {
      next.attendingSchool(attending);
    } else if (to == from || (from.attendsSchool() && from != SchoolingState.BORROWED)) {
      next.attendingSchool(attendingBefore);
    } else {
      next.attendingSchool(recordSchool);
    }
  }

  /** A school of another grade system: the grade by level and year within the level (R-SM-9). */
  private static void changeSystem(
      Optional<Grade> grade, GradeSystem from, StatusEvent event, Target next) {
    if (event.gradeSystem().isEmpty()) {
      return;
    }
    GradeSystem to = event.gradeSystem().get();
    if (grade.isPresent()) {
      Optional<Grade> counterpart = from.counterpartIn(to, grade.get());
      if (counterpart.isPresent()) {
        next.grade(counterpart);
      }
    }
    next.gradeSystem(event.gradeSystem());
  }

  private static void close(RecordState record, Target next, ClosingReason reason) {
    if (record != RecordState.NONE) {
      next.record(RecordState.CLOSED);
      next.closingReason(reason);
    }
  }

  /** Writes the effects into a {@link Status.Builder} that starts from the status before. */
  private static final class BuilderTarget implements Target {
    private final Status.Builder b;

    BuilderTarget(Status.Builder b) {
      this.b = b;
    }

    @Override
    public void schooling(SchoolingState state) {
      b.schooling(state);
    }

    @Override
    public void since(LocalDate date) {
      b.since(date);
    }

    @Override
    public void deferralEnd(Optional<LocalDate> end) {
      b.deferralEnd(end);
    }

    @Override
    public void suspensionStart(LocalDate start) {
      b.suspensionStart(Optional.ofNullable(start));
    }

    @Override
    public void suspensionEnd(Optional<LocalDate> end) {
      b.suspensionEnd(end);
    }

    @Override
    public void suspensionExtensions(int extensions) {
      b.suspensionExtensions(extensions);
    }

    @Override
    public void record(RecordState record) {
      b.record(record);
    }

    @Override
    public void closingReason(ClosingReason reason) {
      b.closingReason(reason);
    }

    @Override
    public void grade(Optional<Grade> grade) {
      b.grade(grade);
    }

    @Override
    public void gradeSystem(Optional<GradeSystem> system) {
      b.gradeSystem(system);
    }

    @Override
    public void recordSchool(Optional<SchoolId> school) {
      b.recordSchool(school);
    }

    @Override
    public void attendingSchool(Optional<SchoolId> school) {
      b.attendingSchool(school);
    }
  }
}

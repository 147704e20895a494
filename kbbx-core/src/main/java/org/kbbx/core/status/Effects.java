package org.kbbx.core.status;

import java.util.Optional;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.school.GradeSystem;

/** What an accepted event does to a status besides changing its schooling state. */
final class Effects {

  private Effects() {}

  static Status next(
      Status status, StatusEvent event, SchoolingState to, MachineParameters parameters) {
    SchoolingState from = status.schooling();
    Status.Builder next = Status.builder().from(status).schooling(to);
    if (to != from) {
      next.since(event.effectiveDate());
    }
    if (to != SchoolingState.DEFERRED) {
      next.deferralEnd(Optional.empty());
    }
    if (to != SchoolingState.SUSPENDED) {
      next.suspensionStart(Optional.empty())
          .suspensionEnd(Optional.empty())
          .suspensionExtensions(0);
    }
    Optional<SchoolId> recordSchool = status.recordSchool();
    Optional<SchoolId> attending = Optional.empty();
    switch (event.type()) {
      case ENROL:
        next.record(RecordState.ACTIVE).grade(event.grade()).gradeSystem(event.gradeSystem());
        recordSchool = event.school();
        break;
      case DEFER:
        next.deferralEnd(event.until());
        break;
      case SUSPEND:
        next.suspensionStart(event.effectiveDate()).suspensionEnd(event.until());
        break;
      case EXTEND_SUSPENSION:
        next.suspensionEnd(event.until()).suspensionExtensions(status.suspensionExtensions() + 1);
        break;
      case TRANSFER_OUT:
        next.record(RecordState.TRANSFER_PENDING);
        attending = event.school();
        break;
      case CONFIRM_TRANSFER_IN:
        next.record(RecordState.ACTIVE);
        recordSchool = event.school();
        changeSystem(status, event, next, parameters);
        break;
      case BORROW:
        attending = event.school();
        break;
      case ENTER_SPECIAL_SCHOOL:
      case LEAVE_SPECIAL_SCHOOL:
        recordSchool = event.school();
        attending = event.school();
        changeSystem(status, event, next, parameters);
        break;
      case PROGRESS_TO_JUNIOR:
        next.grade(event.grade());
        event.gradeSystem().ifPresent(next::gradeSystem);
        recordSchool = event.school();
        attending = event.school();
        break;
      case PROMOTE:
      case REPEAT:
      case SKIP:
        next.grade(event.grade());
        break;
      case COMPLETE:
        next.record(RecordState.CLOSED).closingReason(ClosingReason.COMPLETED);
        break;
      case DEATH:
        close(status, next, ClosingReason.DECEASED);
        break;
      case AGE_OUT:
        close(status, next, ClosingReason.CANCELLED);
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
      next.attendingSchool(status.attendingSchool());
    } else {
      next.attendingSchool(recordSchool);
    }
    return next.build();
  }

  /** A school of another grade system: the grade by level and year within the level (R-SM-9). */
  private static void changeSystem(
      Status status, StatusEvent event, Status.Builder next, MachineParameters parameters) {
    if (event.gradeSystem().isEmpty()) {
      return;
    }
    GradeSystem from = status.gradeSystemOr(parameters.gradeSystem());
    GradeSystem to = event.gradeSystem().get();
    status.grade().flatMap(g -> from.counterpartIn(to, g)).ifPresent(next::grade);
    next.gradeSystem(to);
  }

  private static void close(Status status, Status.Builder next, ClosingReason reason) {
    if (status.record() != RecordState.NONE) {
      next.record(RecordState.CLOSED).closingReason(reason);
    }
  }
}

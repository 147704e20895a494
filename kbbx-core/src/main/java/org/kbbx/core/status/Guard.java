package org.kbbx.core.status;

import io.vavr.control.Option;
import java.time.LocalDate;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.school.Grade;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.core.school.SchoolLevel;
import org.kbbx.core.time.SupportedDates;

/**
 * The named conditions of the {@link TransitionTable} (R-SM-1, R-SM-7). Each constant checks a
 * status, an event and the jurisdiction's {@link MachineParameters}; the table names guards, never
 * holds code, so it can be listed and drawn.
 *
 * <p>Guards never throw for a non-null status, event and parameters whose event type carries the
 * fields it requires (which {@link StatusEvent} guarantees), whatever the dates (R-SM-2): a limit
 * that would lie beyond {@link LocalDate#MAX} is no limit ({@link SupportedDates#plusOrMax}).
 */
public enum Guard {
  /** No condition. */
  ALWAYS("无条件") {
    @Override
    Option<String> failure(Status status, StatusEvent event, MachineParameters parameters) {
      return Option.none();
    }
  },
  /** The record is ACTIVE, not waiting for a transfer-in confirmation. */
  RECORD_SETTLED("学籍无待确认转学") {
    @Override
    Option<String> failure(Status status, StatusEvent event, MachineParameters parameters) {
      return settled(status);
    }
  },
  /** A deferral ends after the date it is granted. */
  DEFERRAL_ENDS_LATER("延缓期限晚于生效日") {
    @Override
    Option<String> failure(Status status, StatusEvent event, MachineParameters parameters) {
      LocalDate until = event.until().orElse(event.effectiveDate());
      return until.isAfter(event.effectiveDate())
          ? Option.none()
          : Option.some("deferral must end after " + event.effectiveDate() + ", got " + until);
    }
  },
  /** A first suspension approval ends after it starts and within the maximum length. */
  SUSPENSION_WITHIN_LIMIT("休学期限不超过上限") {
    @Override
    Option<String> failure(Status status, StatusEvent event, MachineParameters parameters) {
      LocalDate start = event.effectiveDate();
      LocalDate until = event.until().orElse(start);
      LocalDate limit = SupportedDates.plusOrMax(start, parameters.maxSuspension(), 0);
      if (!until.isAfter(start)) {
        return Option.some("suspension must end after " + start + ", got " + until);
      }
      if (until.isAfter(limit)) {
        return Option.some("suspension of " + parameters.maxSuspension() + " at most must end by "
            + limit + ", got " + until);
      }
      return settled(status);
    }
  },
  /** An extension is allowed by count, ends later than now, and keeps the total within limit. */
  EXTENSION_WITHIN_LIMIT("延长休学次数与总期限不超过上限") {
    @Override
    Option<String> failure(Status status, StatusEvent event, MachineParameters parameters) {
      if (status.suspensionExtensions() >= parameters.maxSuspensionExtensions()) {
        return Option.some("suspension already extended " + status.suspensionExtensions()
            + " time(s), at most " + parameters.maxSuspensionExtensions() + " allowed");
      }
      LocalDate start = status.suspensionStart().orElse(event.effectiveDate());
      LocalDate end = status.suspensionEnd().orElse(event.effectiveDate());
      LocalDate until = event.until().orElse(end);
      LocalDate limit = SupportedDates.plusOrMax(start, parameters.maxSuspensionTotal(), 0);
      if (!until.isAfter(end)) {
        return Option.some("extension must end after the current end " + end + ", got " + until);
      }
      if (until.isAfter(limit)) {
        return Option.some("suspension of " + parameters.maxSuspensionTotal()
            + " at most in total must end by " + limit + ", got " + until);
      }
      return Option.none();
    }
  },
  /** The approved suspension is over: the event is dated after its last day. */
  SUSPENSION_OVER("休学期满") {
    @Override
    Option<String> failure(Status status, StatusEvent event, MachineParameters parameters) {
      LocalDate end = status.suspensionEnd().orElse(LocalDate.MAX);
      return event.effectiveDate().isAfter(end)
          ? Option.none()
          : Option.some(
              "suspension approved until " + end + "; not over on " + event.effectiveDate());
    }
  },
  /** The record is settled and the event names a school other than the record school. */
  TO_ANOTHER_SCHOOL("目标学校不同于学籍学校") {
    @Override
    Option<String> failure(Status status, StatusEvent event, MachineParameters parameters) {
      Option<String> unsettled = settled(status);
      if (unsettled.isDefined()) {
        return unsettled;
      }
      return event.school().equals(status.recordSchool())
          ? Option.some("school " + event.school().map(SchoolId::value).orElse("?")
              + " is already the record school")
          : mappable(status, event, parameters);
    }
  },
  /**
   * A transfer-out is pending and the event names its receiving school (R-SM-7); a receiving school
   * of another grade system has the student's grade by level and year (R-SM-9).
   */
  AFTER_TRANSFER_OUT("已转出待转入") {
    @Override
    Option<String> failure(Status status, StatusEvent event, MachineParameters parameters) {
      if (status.record() != RecordState.TRANSFER_PENDING) {
        return Option.some("no transfer-out pending (record is " + status.record() + ")");
      }
      if (event.school().equals(status.attendingSchool())) {
        return mappable(status, event, parameters);
      }
      return Option.some(
          "transfer-out was to " + status.attendingSchool().map(SchoolId::value).orElse("?")
              + ", not " + event.school().map(SchoolId::value).orElse("?"));
    }
  },
  /** The new grade is the current grade + 1, so never past grade 9 (R-SM-7). */
  ONE_GRADE_UP("升一个年级") {
    @Override
    Option<String> failure(Status status, StatusEvent event, MachineParameters parameters) {
      return gradeStep(status, event, 1);
    }
  },
  /** The new grade is the current grade (留级). */
  SAME_GRADE("同一年级") {
    @Override
    Option<String> failure(Status status, StatusEvent event, MachineParameters parameters) {
      return gradeStep(status, event, 0);
    }
  },
  /** The new grade is the current grade + 2, at the same level (R-SM-7: no skip across levels). */
  TWO_GRADES_UP_WITHIN_LEVEL("跳一级且不跨学段") {
    @Override
    Option<String> failure(Status status, StatusEvent event, MachineParameters parameters) {
      Option<String> step = gradeStep(status, event, 2);
      if (step.isDefined()) {
        return step;
      }
      GradeSystem system = status.gradeSystemOr(parameters.gradeSystem());
      Grade from = status.grade().orElse(Grade.of(Grade.FIRST));
      Grade to = event.grade().orElse(from);
      return system.crossesLevelBoundary(from, to)
          ? Option.some("skip from " + from + " to " + to
              + " crosses the primary/junior boundary of " + system)
          : Option.none();
    }
  },
  /** The student is in the last grade of the grade system (R-SM-7). */
  LAST_GRADE("处于最高年级") {
    @Override
    Option<String> failure(Status status, StatusEvent event, MachineParameters parameters) {
      Option<String> unsettled = settled(status);
      if (unsettled.isDefined()) {
        return unsettled;
      }
      Grade last =
          status.gradeSystemOr(parameters.gradeSystem()).lastGradeOf(SchoolLevel.JUNIOR_SECONDARY);
      return status.grade().filter(last::equals).isPresent()
          ? Option.none()
          : Option.some("completion needs grade " + last + ", student is in "
              + status.grade().map(Grade::toString).orElse("no grade"));
    }
  },
  /**
   * 小升初 (R-SM-9): the record is settled, the student is in the last primary grade of his system,
   * and the new grade is the first junior grade of the receiving school's system.
   */
  PRIMARY_TO_JUNIOR("小学毕业升入初中首年级") {
    @Override
    Option<String> failure(Status status, StatusEvent event, MachineParameters parameters) {
      Option<String> unsettled = settled(status);
      if (unsettled.isDefined()) {
        return unsettled;
      }
      GradeSystem from = status.gradeSystemOr(parameters.gradeSystem());
      GradeSystem to = event.gradeSystem().orElse(from);
      Grade lastPrimary = from.lastGradeOf(SchoolLevel.PRIMARY);
      Grade firstJunior = to.firstGradeOf(SchoolLevel.JUNIOR_SECONDARY);
      if (!status.grade().filter(lastPrimary::equals).isPresent()) {
        return Option.some("小升初 needs the last primary grade " + lastPrimary + " of " + from
            + ", student is in " + status.grade().map(Grade::toString).orElse("no grade"));
      }
      return event.grade().filter(firstJunior::equals).isPresent()
          ? Option.none()
          : Option.some("小升初 enters the first junior grade " + firstJunior + " of " + to + ", got "
              + event.grade().map(Grade::toString).orElse("no grade"));
    }
  },
  /** Automatic dropout is on and the suspicion has lasted more than the period (R-ABS-3). */
  AUTOMATIC_DROPOUT_DUE("疑似辍学超过期限") {
    @Override
    Option<String> failure(Status status, StatusEvent event, MachineParameters parameters) {
      if (!parameters.automaticDropout()) {
        return Option.some("this jurisdiction confirms dropouts explicitly (no automatic dropout)");
      }
      LocalDate suspected = status.since().orElse(event.effectiveDate());
      LocalDate due = parameters.automaticDropoutDate(suspected);
      return event.effectiveDate().isBefore(due)
          ? Option.some("suspected on " + suspected + ", automatic dropout not before " + due)
          : Option.none();
    }
  };

  private final String chineseLabel;

  Guard(String chineseLabel) {
    this.chineseLabel = chineseLabel;
  }

  /** Returns the Chinese label, for example {@code 处于最高年级}. */
  public String chineseLabel() {
    return chineseLabel;
  }

  /**
   * Returns why {@code event} may not move {@code status}, or none if the guard passes.
   *
   * @param status the status before, not null
   * @param event the event, not null
   * @param parameters the jurisdiction's parameters, not null
   * @return the reason the guard fails, or none
   */
  public Option<String> check(Status status, StatusEvent event, MachineParameters parameters) {
    return failure(status, event, parameters);
  }

  abstract Option<String> failure(Status status, StatusEvent event, MachineParameters parameters);

  private static Option<String> settled(Status status) {
    return status.record() == RecordState.ACTIVE
        ? Option.none()
        : Option.some("record is " + status.record() + ", not ACTIVE: confirm the transfer first");
  }

  /** A school of another grade system must have the student's grade by level and year (R-SM-9). */
  private static Option<String> mappable(
      Status status, StatusEvent event, MachineParameters parameters) {
    GradeSystem from = status.gradeSystemOr(parameters.gradeSystem());
    GradeSystem to = event.gradeSystem().orElse(from);
    Grade grade = status.grade().orElse(Grade.of(Grade.FIRST));
    return from.counterpartIn(to, grade).isPresent()
        ? Option.none()
        : Option.some(
            grade + " of " + from + " has no grade of the same level and year under " + to);
  }

  private static Option<String> gradeStep(Status status, StatusEvent event, int step) {
    Option<String> unsettled = settled(status);
    if (unsettled.isDefined()) {
      return unsettled;
    }
    int from = status.grade().map(Grade::number).orElse(0);
    int to = event.grade().map(Grade::number).orElse(-1);
    return to == from + step
        ? Option.none()
        : Option.some("grade must change by " + step + " from G" + from + ", got G" + to);
  }
}

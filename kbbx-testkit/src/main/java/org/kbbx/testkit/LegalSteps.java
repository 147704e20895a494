package org.kbbx.testkit;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.school.Grade;
import org.kbbx.core.school.SchoolLevel;
import org.kbbx.core.status.EventField;
import org.kbbx.core.status.MachineParameters;
import org.kbbx.core.status.RecordState;
import org.kbbx.core.status.Status;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.core.status.Transition;

/**
 * Builds, for one row of the transition table, an event its guard accepts: an independent reading
 * of the guards of R-SM-7 from the rules' text, so the "legal walks are never rejected" property
 * checks two readings against each other.
 */
final class LegalSteps {

  static final int SCHOOLS = 5;

  private LegalSteps() {}

  /**
   * Returns an event for {@code row} that should be accepted in {@code status}, dated on or after
   * {@code date}, or none if no event of the row's type can pass its guard now.
   */
  static Option<StatusEvent> eventFor(
      Transition row,
      Status status,
      StatusEvent.Builder base,
      LocalDate date,
      MachineParameters parameters,
      Choices c) {
    boolean settled = status.record() == RecordState.ACTIVE;
    int grade = status.grade().map(Grade::number).orElse(0);
    LocalDate day = date;
    boolean schoolChosen = false;
    switch (row.guard()) {
      case ALWAYS:
        break;
      case RECORD_SETTLED:
        if (!settled) {
          return Option.none();
        }
        break;
      case DEFERRAL_ENDS_LATER:
        base.until(day.plusDays(c.between(1, 400)));
        break;
      case SUSPENSION_WITHIN_LIMIT: {
        long room = ChronoUnit.DAYS.between(day, day.plus(parameters.maxSuspension()));
        if (!settled || room < 1) {
          return Option.none();
        }
        base.until(day.plusDays(c.between(1, room)));
        break;
      }
      case EXTENSION_WITHIN_LIMIT: {
        LocalDate end = status.suspensionEnd().get();
        LocalDate limit = status.suspensionStart().get().plus(parameters.maxSuspensionTotal());
        long room = ChronoUnit.DAYS.between(end, limit);
        if (status.suspensionExtensions() >= parameters.maxSuspensionExtensions() || room < 1) {
          return Option.none();
        }
        base.until(end.plusDays(c.between(1, room)));
        break;
      }
      case SUSPENSION_OVER:
        day = later(day, status.suspensionEnd().get().plusDays(1));
        break;
      case TO_ANOTHER_SCHOOL: {
        if (!settled) {
          return Option.none();
        }
        base.school(otherSchool(status.recordSchool().get(), c));
        schoolChosen = true;
        break;
      }
      case AFTER_TRANSFER_OUT:
        if (status.record() != RecordState.TRANSFER_PENDING) {
          return Option.none();
        }
        base.school(status.attendingSchool().get());
        schoolChosen = true;
        break;
      case ONE_GRADE_UP:
        if (!settled || grade >= Grade.LAST) {
          return Option.none();
        }
        base.grade(Grade.of(grade + 1));
        break;
      case SAME_GRADE:
        if (!settled) {
          return Option.none();
        }
        base.grade(Grade.of(grade));
        break;
      case TWO_GRADES_UP_WITHIN_LEVEL:
        if (!settled
            || grade + 2 > Grade.LAST
            || parameters
                .gradeSystem()
                .crossesLevelBoundary(Grade.of(grade), Grade.of(grade + 2))) {
          return Option.none();
        }
        base.grade(Grade.of(grade + 2));
        break;
      case LAST_GRADE:
        if (!settled
            || grade
                != parameters
                    .gradeSystem()
                    .lastGradeOf(SchoolLevel.JUNIOR_SECONDARY)
                    .number()) {
          return Option.none();
        }
        break;
      case AUTOMATIC_DROPOUT_DUE:
        if (!parameters.automaticDropout()) {
          return Option.none();
        }
        day = later(day, parameters.automaticDropoutDate(status.since().get()));
        break;
      default:
        return Option.none();
    }
    if (row.event().requiredFields().contains(EventField.SCHOOL) && !schoolChosen) {
      base.school(SchoolId.of(String.format("S%02d", c.intBetween(1, SCHOOLS))));
    }
    if (row.event().requiredFields().contains(EventField.GRADE)
        && status.grade().isEmpty()) {
      base.grade(c.oneIn(2) ? Grade.of(1) : Grade.of(c.intBetween(1, Grade.LAST)));
    }
    if (row.event().requiredFields().contains(EventField.EVIDENCE)) {
      base.evidence("证明-" + c.between(1, 9999));
    }
    return Option.some(base.effectiveDate(day).type(row.event()).build());
  }

  static SchoolId otherSchool(SchoolId current, Choices c) {
    Vector<SchoolId> others = Vector.range(1, SCHOOLS + 1)
        .map(n -> SchoolId.of(String.format("S%02d", n)))
        .filter(s -> !s.equals(current));
    return c.pick(others);
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}

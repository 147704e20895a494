package org.kbbx.rules.escalation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.kbbx.core.id.StudentId;

/**
 * A dated alert about one student, with the actions it requires and their due dates.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param studentId the student, not null
 * @param on the day the alert fired, not null
 * @param code what the alert is about, not null
 * @param actions the required actions with due dates, possibly empty; copied
 */
public record Alert(StudentId studentId, LocalDate on, AlertCode code, List<ActionDue> actions) {

  /** Creates an alert. */
  public Alert {
    Objects.requireNonNull(studentId, "studentId");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(code, "code");
    actions = List.copyOf(Objects.requireNonNull(actions, "actions"));
  }
}

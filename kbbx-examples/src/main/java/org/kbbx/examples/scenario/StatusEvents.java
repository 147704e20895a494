package org.kbbx.examples.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kbbx.core.school.Grade;
import org.kbbx.core.status.EventField;
import org.kbbx.core.status.EventType;
import org.kbbx.core.status.SchoolId;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.core.status.StudentId;
import org.kbbx.core.validation.Violation;

/**
 * Turns scenario events into library {@link StatusEvent}s, checking each type's fields first so
 * that a bad event is a listed problem, never an exception.
 */
final class StatusEvents {

  /** Scenario events sort after the enrolment and the escalation's own events of the same day. */
  static final long FIRST_SCENARIO_SEQUENCE = 1_000_000L;

  private static final Map<String, EventField> FIELDS = Map.of(
      "school", EventField.SCHOOL,
      "grade", EventField.GRADE,
      "until", EventField.UNTIL,
      "target", EventField.TARGET_EVENT,
      "evidence", EventField.EVIDENCE,
      "reason", EventField.REASON);

  private StatusEvents() {}

  /** Checks every event's type and fields; returns the problems with their paths. */
  static List<Violation> check(List<Scenario.Event> events) {
    JsonFields f = new JsonFields();
    for (Scenario.Event e : events) {
      String path = JsonFields.at("events", e.index());
      Optional<EventType> type = f.enumName(e.type(), EventType.class, JsonFields.join(path, "type"));
      if (type.isEmpty()) {
        continue;
      }
      for (Map.Entry<String, EventField> field : FIELDS.entrySet()) {
        boolean has = e.fields().containsKey(field.getKey());
        if (type.get().requiredFields().contains(field.getValue()) && !has) {
          f.problem(JsonFields.join(path, field.getKey()), "missing (" + type.get()
              + " requires " + field.getKey() + ")");
        } else if (has && !type.get().allows(field.getValue())) {
          f.problem(JsonFields.join(path, field.getKey()), "not allowed (" + type.get()
              + " does not take " + field.getKey() + ")");
        }
      }
      String grade = e.fields().get("grade");
      if (grade != null && !Grade.isValid(Integer.parseInt(grade))) {
        f.problem(JsonFields.join(path, "grade"),
            "Invalid value for Grade (valid values 1 - 9): " + grade);
      }
    }
    return new ArrayList<>(f.problems);
  }

  /** Converts a checked scenario event. */
  static StatusEvent of(Scenario.Event e) {
    StatusEvent.Builder b = StatusEvent.builder();
    b.id(e.id())
        .student(StudentId.of(e.student()))
        .effectiveDate(e.date())
        .sequence(FIRST_SCENARIO_SEQUENCE + e.index())
        .type(EventType.valueOf(e.type()));
    Map<String, String> fields = e.fields();
    if (fields.containsKey("school")) {
      b.school(SchoolId.of(fields.get("school")));
    }
    if (fields.containsKey("grade")) {
      b.grade(Grade.of(Integer.parseInt(fields.get("grade"))));
    }
    if (fields.containsKey("until")) {
      b.until(java.time.LocalDate.parse(fields.get("until")));
    }
    if (fields.containsKey("target")) {
      b.targetEventId(fields.get("target"));
    }
    if (fields.containsKey("evidence")) {
      b.evidence(fields.get("evidence"));
    }
    if (fields.containsKey("reason")) {
      b.reason(fields.get("reason"));
    }
    return b.build();
  }
}

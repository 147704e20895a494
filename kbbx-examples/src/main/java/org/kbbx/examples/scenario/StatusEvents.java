package org.kbbx.examples.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.school.Grade;
import org.kbbx.core.status.EventField;
import org.kbbx.core.status.EventType;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.core.validation.Violation;
import org.kbbx.rules.casework.CaseEvent;
import org.kbbx.rules.casework.CaseStep;
import org.kbbx.rules.casework.Evidence;
import org.kbbx.rules.routing.RoutingTable;

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
      if (isCaseStep(e.type())) {
        for (String field : e.fields().keySet()) {
          if (!field.equals("evidence")) {
            f.problem(
                JsonFields.join(path, field),
                "not allowed (case step " + e.type() + " takes only evidence)");
          }
        }
        continue;
      }
      Optional<EventType> type =
          isEventType(e.type()) ? Optional.of(EventType.valueOf(e.type())) : Optional.empty();
      if (type.isEmpty()) {
        f.problem(
            JsonFields.join(path, "type"),
            "unknown event type \"" + e.type()
                + "\" (expected an EventType or a case step such as CONTACT)");
        continue;
      }
      if (type.isEmpty()) {
        continue;
      }
      for (Map.Entry<String, EventField> field : FIELDS.entrySet()) {
        boolean has = e.fields().containsKey(field.getKey());
        if (type.get().requiredFields().contains(field.getValue()) && !has) {
          f.problem(
              JsonFields.join(path, field.getKey()),
              "missing (" + type.get() + " requires " + field.getKey() + ")");
        } else if (has && !type.get().allows(field.getValue())) {
          f.problem(
              JsonFields.join(path, field.getKey()),
              "not allowed (" + type.get() + " does not take " + field.getKey() + ")");
        }
      }
      String grade = e.fields().get("grade");
      if (grade != null && !Grade.isValid(Integer.parseInt(grade))) {
        f.problem(
            JsonFields.join(path, "grade"),
            "Invalid value for Grade (valid values 1 - 9): " + grade);
      }
    }
    return new ArrayList<>(f.problems);
  }

  private static boolean isEventType(String type) {
    for (EventType t : EventType.values()) {
      if (t.name().equals(type)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a type name is a return-persuasion case step (CONTACT ... LEGAL_ACTION). */
  static boolean isCaseStep(String type) {
    for (CaseStep step : CaseStep.values()) {
      if (step.name().equals(type)) {
        return true;
      }
    }
    return false;
  }

  /** Converts a checked case-step event; its evidence defaults to a reference to the event id. */
  static CaseEvent.Step caseStep(Scenario.Event e) {
    CaseStep step = CaseStep.valueOf(e.type());
    return new CaseEvent.Step(
        step,
        e.date(),
        RoutingTable.national().usualActor(step),
        Evidence.of(step.evidence(), e.fields().getOrDefault("evidence", "event " + e.id())));
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

package org.kbbx.core.status;

import java.time.LocalDate;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.school.Grade;

/** Test shorthand for building events of one student, numbered e1, e2, ... in call order. */
final class Events {

  static final StudentId STUDENT = StudentId.of("G110101201501010011");
  static final SchoolId HOME = SchoolId.of("S-HOME");
  static final SchoolId OTHER = SchoolId.of("S-OTHER");

  private int next = 1;

  StatusEvent.Builder at(String date, EventType type) {
    int n = next++;
    return StatusEvent.builder()
        .id("e" + n)
        .student(STUDENT)
        .effectiveDate(LocalDate.parse(date))
        .sequence(n)
        .type(type);
  }

  StatusEvent plain(String date, EventType type) {
    return at(date, type).build();
  }

  StatusEvent enrol(String date, int grade) {
    return at(date, EventType.ENROL).school(HOME).grade(Grade.of(grade)).build();
  }

  StatusEvent grade(String date, EventType type, int grade) {
    return at(date, type).grade(Grade.of(grade)).build();
  }

  StatusEvent school(String date, EventType type, SchoolId school) {
    return at(date, type).school(school).build();
  }

  StatusEvent until(String date, EventType type, String until) {
    return at(date, type).until(LocalDate.parse(until)).build();
  }

  StatusEvent retract(String date, String target) {
    return at(date, EventType.RETRACTION).targetEventId(target).build();
  }
}

package org.kbbx.testkit;

import io.vavr.collection.Vector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.school.Grade;
import org.kbbx.core.status.EventType;
import org.kbbx.core.status.StatusEvent;

/**
 * The example vendor: a "persistence" that stores each event as one line of text, fields
 * separated by {@code |} with backslash escapes, and parses the lines back. It runs the
 * {@link TimelinePersistenceContract} in the build.
 */
class InMemoryVendorPersistenceTest extends TimelinePersistenceContract {

  private final Map<StudentId, List<String>> table = new HashMap<>();

  @Override
  protected Iterable<StatusEvent> storeAndLoad(StudentId student, Vector<StatusEvent> events) {
    table.put(
        student,
        new ArrayList<>(
            events.map(InMemoryVendorPersistenceTest::encode).reverse().asJava()));
    return Vector.ofAll(table.get(student)).map(InMemoryVendorPersistenceTest::decode);
  }

  static String encode(StatusEvent e) {
    return String.join(
        "|",
        escape(e.id()),
        escape(e.student().unmasked()),
        e.effectiveDate().toString(),
        Long.toString(e.sequence()),
        e.type().name(),
        e.school().map(s -> escape(s.value())).orElse(""),
        e.grade().map(g -> Integer.toString(g.number())).orElse(""),
        e.until().map(LocalDate::toString).orElse(""),
        e.targetEventId().map(InMemoryVendorPersistenceTest::escape).orElse(""),
        e.evidence().map(InMemoryVendorPersistenceTest::escape).orElse(""),
        e.reason().map(InMemoryVendorPersistenceTest::escape).orElse(""));
  }

  static StatusEvent decode(String line) {
    List<String> f = split(line);
    StatusEvent.Builder b = StatusEvent.builder()
        .id(f.get(0))
        .student(StudentId.of(f.get(1)))
        .effectiveDate(LocalDate.parse(f.get(2)))
        .sequence(Long.parseLong(f.get(3)))
        .type(EventType.valueOf(f.get(4)));
    if (!f.get(5).isEmpty()) {
      b.school(SchoolId.of(f.get(5)));
    }
    if (!f.get(6).isEmpty()) {
      b.grade(Grade.of(Integer.parseInt(f.get(6))));
    }
    if (!f.get(7).isEmpty()) {
      b.until(LocalDate.parse(f.get(7)));
    }
    if (!f.get(8).isEmpty()) {
      b.targetEventId(f.get(8));
    }
    if (!f.get(9).isEmpty()) {
      b.evidence(f.get(9));
    }
    if (!f.get(10).isEmpty()) {
      b.reason(f.get(10));
    }
    return b.build();
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\p").replace("\n", "\\n");
  }

  private static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (ch == '\\') {
        char next = line.charAt(++i);
        field.append(next == 'p' ? '|' : next == 'n' ? '\n' : next);
      } else if (ch == '|') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(ch);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}

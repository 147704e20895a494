package org.kbbx.examples.path;

import static org.quicktheories.QuickTheory.qt;

import io.vavr.collection.Vector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.school.Grade;
import org.kbbx.core.status.EventType;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.core.status.StudentTimeline;
import org.kbbx.testkit.KbbxGens;
import org.kbbx.testkit.TimelineReplay;

/**
 * Example 10 — a vendor's property test with the testkit (R-SM-3, R-SM-4).
 *
 * <p>The vendor of example 9 stores kbbx events in its own flat table. Its promise: whatever the
 * library is given, what the vendor stores and loads back replays to the same status history.
 * The testkit generates thousands of event sets (legal, illegal, back-dated, retracted), the
 * vendor's code stores and loads each, and the testkit checks the replay. A column the vendor
 * forgets (try dropping {@code until}) fails this test at once.
 */
@Tag("R-SM-3")
@Tag("R-SM-4")
class Ex10VendorPropertyTest {

  /** The vendor's flat row: every column nullable, as in its SQL table. */
  record Row(
      String id,
      String xjh,
      LocalDate date,
      long seq,
      String type,
      String school,
      Integer grade,
      LocalDate until,
      String target,
      String evidence,
      String reason) {}

  /** The vendor's repository, in memory for the example. */
  static final class VendorRepository {
    private final Map<String, List<Row>> table = new HashMap<>();

    void replaceAll(StudentId student, Vector<StatusEvent> events) {
      List<Row> rows = new ArrayList<>();
      for (StatusEvent e : events) {
        rows.add(new Row(
            e.id(),
            e.student().unmasked(),
            e.effectiveDate(),
            e.sequence(),
            e.type().name(),
            e.school().map(SchoolId::value).orElse(null),
            e.grade().map(Grade::number).orElse(null),
            e.until().orElse(null),
            e.targetEventId().orElse(null),
            e.evidence().orElse(null),
            e.reason().orElse(null)));
      }
      table.put(student.unmasked(), rows);
    }

    Vector<StatusEvent> loadAll(StudentId student) {
      Vector<StatusEvent> events = Vector.empty();
      for (Row r : table.getOrDefault(student.unmasked(), List.of())) {
        StatusEvent.Builder b = StatusEvent.builder()
            .id(r.id())
            .student(StudentId.of(r.xjh()))
            .effectiveDate(r.date())
            .sequence(r.seq())
            .type(EventType.valueOf(r.type()));
        if (r.school() != null) {
          b.school(SchoolId.of(r.school()));
        }
        if (r.grade() != null) {
          b.grade(Grade.of(r.grade()));
        }
        if (r.until() != null) {
          b.until(r.until());
        }
        if (r.target() != null) {
          b.targetEventId(r.target());
        }
        if (r.evidence() != null) {
          b.evidence(r.evidence());
        }
        if (r.reason() != null) {
          b.reason(r.reason());
        }
        events = events.append(b.build());
      }
      return events;
    }
  }

  private final VendorRepository repository = new VendorRepository();

  @Test
  void whatTheVendorStoresReplaysToTheSameHistory() {
    StudentId student = StudentId.of("G000001");
    qt().forAll(KbbxGens.eventSets(student)).checkAssert(events -> {
      StudentTimeline original = StudentTimeline.of(student).withAll(events);
      repository.replaceAll(student, TimelineReplay.eventsToStore(original));
      TimelineReplay.assertReplaysTheSame(original, repository.loadAll(student));
    });
  }
}

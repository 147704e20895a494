package org.kbbx.testkit;

import static org.quicktheories.QuickTheory.qt;

import io.vavr.collection.Vector;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.core.status.StudentTimeline;

/** The README's "a vendor's property test in 15 lines", compiled and run as written. */
class ReadmeVendorPropertyTest {

  /** Stands in for the vendor's repository. */
  static final class MyRepository {
    private final Map<StudentId, List<String>> rows = new HashMap<>();

    void replaceAll(StudentId student, Vector<StatusEvent> events) {
      rows.put(student, events.map(InMemoryVendorPersistenceTest::encode).asJava());
    }

    Vector<StatusEvent> loadAll(StudentId student) {
      return Vector.ofAll(rows.get(student)).map(InMemoryVendorPersistenceTest::decode);
    }
  }

  private final MyRepository repository = new MyRepository();

  // README example starts here.
  @Test
  void whatIStoreReplaysToTheSameStatus() {
    StudentId student = StudentId.of("G000001");
    qt().forAll(KbbxGens.eventSets(student)).checkAssert(events -> {
      StudentTimeline original = StudentTimeline.of(student).withAll(events);
      repository.replaceAll(student, TimelineReplay.eventsToStore(original));
      TimelineReplay.assertReplaysTheSame(original, repository.loadAll(student));
    });
  }
  // README example ends here.
}

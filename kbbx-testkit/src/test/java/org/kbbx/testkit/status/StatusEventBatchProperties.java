package org.kbbx.testkit.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import java.time.LocalDate;
import java.util.Objects;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.status.Status;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.core.status.StatusEventBatch;
import org.kbbx.core.status.StatusesOn;
import org.kbbx.core.status.StudentTimeline;
import org.kbbx.testkit.CoreGenerators;
import org.kbbx.testkit.Generator;
import org.kbbx.testkit.StatusGenerators;

/**
 * The bulk entry point {@link StatusEventBatch#statusesOn} gives, for every student, exactly
 * {@link StudentTimeline#statusOn} of that student's events — and of the eager timeline it
 * replaced — for arbitrary input of several students (bad input, retractions, duplicate ids,
 * rejected events) interleaved in any arrival order (R-SM-3, R-SM-4, R-SM-5, R-SM-6).
 * QT_EXAMPLES each.
 */
@Tag("R-SM-5")
class StatusEventBatchProperties {

  /** Events of one to five students, shuffled together, and a date to ask about. */
  private static Generator<Tuple2<Vector<StatusEvent>, Vector<LocalDate>>> inputs() {
    return c -> {
      int students = c.intBetween(1, 5);
      Vector<StatusEvent> all = Vector.empty();
      for (int s = 0; s < students; s++) {
        all = all.appendAll(
            StatusGenerators.arbitrarySequences(StudentId.of("G00000" + s)).generate(c));
      }
      Vector<LocalDate> dates = Vector.fill(
          3,
          () -> CoreGenerators.datesBetween(LocalDate.of(1989, 1, 1), LocalDate.of(2101, 1, 1))
              .generate(c));
      return Tuple.of(StatusGenerators.shuffled(all).generate(c), dates);
    };
  }

  @Test
  @Tag("R-SM-6")
  @Tag("R-SM-4")
  void everyStudentsStatusEqualsTheirTimelines() {
    qt().forAll(inputs().toGen()).checkAssert(in -> {
      StatusEventBatch batch = StatusEventBatch.builder().addAll(in._1).build();
      Vector<StudentId> students =
          in._1.filter(Objects::nonNull).map(StatusEvent::student).distinct();
      for (StudentId student : students) {
        Vector<StatusEvent> own = in._1.filter(e -> e != null && e.student().equals(student));
        StudentTimeline timeline = StudentTimeline.of(student).withAll(own);
        ReferenceTimeline reference = ReferenceTimeline.of(student).withAll(own);
        for (LocalDate date : in._2) {
          Status expected = timeline.statusOn(date);
          assertThat(batch.statusesOn(date).statusOf(student).getOrElse(Status.initial()))
              .isEqualTo(expected);
          assertThat(expected).isEqualTo(reference.statusOn(date));
        }
      }
      StatusesOn statuses = batch.statusesOn(in._2.head());
      for (int i = 0; i < statuses.size(); i++) {
        assertThat(statuses.statusOf(statuses.student(i))).contains(statuses.status(i));
      }
    });
  }

  @Test
  @Tag("R-SM-3")
  void everyRefusalIsListedInArrivalOrder() {
    qt().forAll(inputs().toGen()).checkAssert(in -> {
      StatusEventBatch batch = StatusEventBatch.builder().addAll(in._1).build();
      Vector<StudentId> students =
          in._1.filter(Objects::nonNull).map(StatusEvent::student).distinct();
      int expected = in._1.count(Objects::isNull)
          + students
              .map(student -> StudentTimeline.of(student)
                  .withAll(in._1.filter(e -> e != null && e.student().equals(student)))
                  .refused()
                  .size())
              .sum()
              .intValue();
      assertThat(batch.size()).isEqualTo(in._1.size());
      assertThat(batch.refused().size()).isEqualTo(expected);
      // the refusals in arrival order, found independently: null, date out of range, id seen
      Vector<StatusEvent> expectedOrder = Vector.empty();
      java.util.Set<Tuple2<StudentId, String>> seen = new java.util.HashSet<>();
      for (StatusEvent e : in._1) {
        if (e == null
            || e.effectiveDate().isBefore(StudentTimeline.EARLIEST_DATE)
            || e.effectiveDate().isAfter(StudentTimeline.LATEST_DATE)
            || !seen.add(Tuple.of(e.student(), e.id()))) {
          expectedOrder = expectedOrder.append(e);
        }
      }
      assertThat(batch.refused().map(r -> r.event())).isEqualTo(expectedOrder);
    });
  }
}

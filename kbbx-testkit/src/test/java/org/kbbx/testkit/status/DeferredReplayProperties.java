package org.kbbx.testkit.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.Tuple;
import io.vavr.Tuple3;
import io.vavr.collection.Vector;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.core.status.StudentTimeline;
import org.kbbx.testkit.CoreGenerators;
import org.kbbx.testkit.Generator;
import org.kbbx.testkit.StatusGenerators;

/**
 * The deferred, sort-once replay of {@link StudentTimeline} (issue 19) gives exactly the answers of
 * the eager timeline it replaced ({@link ReferenceTimeline}): the same entries, refusals, spans,
 * current status and status on any date, for arbitrary input (bad input included) in any arrival
 * order, whether or not the timeline is queried between additions (R-SM-3, R-SM-4, R-SM-5,
 * R-SM-6). QT_EXAMPLES each.
 */
@Tag("R-SM-3")
@Tag("R-SM-5")
@Tag("R-SM-6")
class DeferredReplayProperties {

  private static final StudentId STUDENT = StudentId.of("G000003");

  /** Arbitrary input, the positions after which a query is made, and a date to ask about. */
  private static Generator<Tuple3<Vector<StatusEvent>, Vector<Boolean>, LocalDate>> inputs() {
    return c -> {
      Vector<StatusEvent> events = StatusGenerators.arbitrarySequences(STUDENT).generate(c);
      Vector<Boolean> queries = Vector.fill(events.size(), () -> c.oneIn(4));
      LocalDate date = CoreGenerators.datesBetween(
              LocalDate.of(1989, 1, 1), LocalDate.of(2101, 1, 1))
          .generate(c);
      return Tuple.of(events, queries, date);
    };
  }

  @Test
  @Tag("R-SM-4")
  void sameAnswersAsTheEagerTimelineForAnyInputAndOrder() {
    qt().forAll(inputs().toGen()).checkAssert(in -> {
      ReferenceTimeline reference = ReferenceTimeline.of(STUDENT).withAll(in._1);
      StudentTimeline batch = StudentTimeline.of(STUDENT).withAll(in._1);
      assertSame(batch, reference, in._3);
    });
  }

  @Test
  @Tag("R-SM-4")
  void queryingBetweenAdditionsChangesNothing() {
    qt().forAll(inputs().toGen()).checkAssert(in -> {
      ReferenceTimeline reference = ReferenceTimeline.of(STUDENT);
      StudentTimeline timeline = StudentTimeline.of(STUDENT);
      for (int i = 0; i < in._1.size(); i++) {
        reference = reference.with(in._1.get(i));
        timeline = timeline.with(in._1.get(i));
        if (in._2.get(i)) {
          assertThat(timeline.current()).isEqualTo(reference.current());
          assertThat(timeline.statusOn(in._3)).isEqualTo(reference.statusOn(in._3));
        }
      }
      assertSame(timeline, reference, in._3);
    });
  }

  @Test
  @Tag("R-SM-4")
  void newestFirstEqualsOldestFirst() {
    qt().forAll(inputs().toGen()).checkAssert(in -> {
      Vector<StatusEvent> sorted = in._1
          .filter(e -> e != null && e.student().equals(STUDENT))
          .distinctBy(StatusEvent::id)
          .sortBy(e -> Tuple.of(e.effectiveDate(), e.sequence(), e.id()));
      assertThat(StudentTimeline.of(STUDENT).withAll(sorted.reverse()).entries())
          .isEqualTo(StudentTimeline.of(STUDENT).withAll(sorted).entries());
    });
  }

  @Test
  @Tag("R-SM-4")
  void batchesOfAnySizeWithQueriesBetweenGiveTheSameAnswers() {
    // withAll takes a batch of accepted events in one go, onto whatever the timeline holds
    // (replayed or waiting): chunks cut where a query is made, each queried or not.
    qt().forAll(inputs().toGen()).checkAssert(in -> {
      ReferenceTimeline reference = ReferenceTimeline.of(STUDENT).withAll(in._1);
      StudentTimeline timeline = StudentTimeline.of(STUDENT);
      int from = 0;
      for (int i = 0; i < in._1.size(); i++) {
        if (in._2.get(i)) {
          timeline = timeline.withAll(in._1.subSequence(from, i + 1));
          from = i + 1;
          if (i % 2 == 0) {
            timeline.current(); // replays what waits
          }
        }
      }
      timeline = timeline.withAll(in._1.subSequence(from));
      assertSame(timeline, reference, in._3);
    });
  }

  private static void assertSame(
      StudentTimeline timeline, ReferenceTimeline reference, LocalDate date) {
    assertThat(timeline.entries()).isEqualTo(reference.entries());
    assertThat(timeline.refused()).isEqualTo(reference.refused());
    assertThat(timeline.rejected()).isEqualTo(reference.rejected());
    assertThat(timeline.spans()).isEqualTo(reference.spans());
    assertThat(timeline.current()).isEqualTo(reference.current());
    assertThat(timeline.size()).isEqualTo(reference.size());
    assertThat(timeline.statusOn(date)).isEqualTo(reference.statusOn(date));
  }
}

package org.kbbx.testkit.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.time.LocalDate;
import java.util.Objects;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.status.EntryOutcome;
import org.kbbx.core.status.Status;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.core.status.StatusMachine;
import org.kbbx.core.status.StatusSpan;
import org.kbbx.core.status.StudentTimeline;
import org.kbbx.testkit.CoreGenerators;
import org.kbbx.testkit.Generator;
import org.kbbx.testkit.StatusGenerators;

/** Student timeline properties (R-SM-3..6, R-SM-8), QT_EXAMPLES each. */
@Tag("R-SM-8")
class StudentTimelineProperties {

  private static final StudentId STUDENT = StudentId.of("G000002");

  private static Generator<Vector<StatusEvent>> eventSets() {
    return StatusGenerators.eventSets(STUDENT, StatusMachine.national());
  }

  private static StudentTimeline timeline(Seq<StatusEvent> events) {
    return StudentTimeline.of(STUDENT).withAll(events);
  }

  @Test
  @Tag("R-SM-4")
  void anyArrivalOrderGivesTheSameHistory() {
    Generator<Tuple2<Vector<StatusEvent>, Vector<StatusEvent>>> inputs = c -> {
      Vector<StatusEvent> events = eventSets().generate(c);
      return Tuple.of(events, StatusGenerators.shuffled(events).generate(c));
    };
    qt().forAll(inputs.toGen()).checkAssert(in -> {
      StudentTimeline inOrder = timeline(in._1);
      StudentTimeline shuffled = timeline(in._2);
      assertThat(shuffled.spans()).isEqualTo(inOrder.spans());
      assertThat(shuffled.entries()).isEqualTo(inOrder.entries());
      assertThat(shuffled.current()).isEqualTo(inOrder.current());
    });
  }

  @Test
  @Tag("R-SM-4")
  void oneEventAtATimeEqualsAllAtOnce() {
    qt().forAll(StatusGenerators.arbitrarySequences(STUDENT).toGen()).checkAssert(events -> {
      StudentTimeline oneByOne =
          events.foldLeft(StudentTimeline.of(STUDENT), StudentTimeline::with);
      StudentTimeline allAtOnce = timeline(events);
      assertThat(oneByOne.entries()).isEqualTo(allAtOnce.entries());
      assertThat(oneByOne.spans()).isEqualTo(allAtOnce.spans());
      assertThat(oneByOne.current()).isEqualTo(allAtOnce.current());
    });
  }

  @Test
  @Tag("R-SM-5")
  void retractingAnEventEqualsNeverHavingHadIt() {
    Generator<Tuple2<Vector<StatusEvent>, StatusEvent>> inputs = c -> {
      Vector<StatusEvent> events = eventSets().generate(c);
      Vector<StatusEvent> retractable = events.filter(e -> !e.isRetraction());
      StatusEvent target = retractable.isEmpty() ? null : c.pick(retractable);
      return Tuple.of(events, target);
    };
    qt().forAll(inputs.toGen()).assuming(in -> in._2 != null).checkAssert(in -> {
      StatusEvent target = in._2;
      StatusEvent retraction = StatusEvent.retraction(
          "retract-" + target.id(), STUDENT, target.effectiveDate(), 0, target.id());
      StudentTimeline corrected = timeline(in._1.append(retraction));
      StudentTimeline without = timeline(in._1.remove(target));
      assertThat(corrected.spans()).isEqualTo(without.spans());
      assertThat(corrected.current()).isEqualTo(without.current());
      assertThat(corrected.entries().find(e -> e.event().equals(target)).get().outcome())
          .isEqualTo(EntryOutcome.RETRACTED);
      assertThat(
              corrected.entries().find(e -> e.event().equals(retraction)).get().outcome())
          .isEqualTo(EntryOutcome.APPLIED);
    });
  }

  @Test
  @Tag("R-SM-3")
  void nothingIsLostAndNothingThrows() {
    qt().forAll(StatusGenerators.arbitrarySequences(STUDENT).toGen()).checkAssert(events -> {
      StudentTimeline timeline = timeline(events);
      assertThat(timeline.size()).isEqualTo(events.size());
      long refusedInput = events.count(e -> e == null
          || !e.student().equals(STUDENT)
          || e.effectiveDate().isBefore(StudentTimeline.EARLIEST_DATE)
          || e.effectiveDate().isAfter(StudentTimeline.LATEST_DATE));
      assertThat((long) timeline.refused().size()).isGreaterThanOrEqualTo(refusedInput);
      assertThat(timeline.entries().map(e -> e.event().id()).distinct().size())
          .isEqualTo(timeline.entries().size());
      timeline
          .entries()
          .appendAll(timeline.refused())
          .forEach(entry -> assertThat(entry.rejection().isDefined())
              .isEqualTo(entry.outcome() == EntryOutcome.REJECTED
                  || entry.outcome() == EntryOutcome.REFUSED));
      assertThat(events.filter(Objects::nonNull).map(StatusEvent::id).distinct())
          .containsAll(timeline.entries().map(e -> e.event().id()));
    });
  }

  @Test
  @Tag("R-SM-6")
  void spansTileTimeWithoutGapsFromTheFirstChange() {
    qt().forAll(StatusGenerators.arbitrarySequences(STUDENT).toGen()).checkAssert(events -> {
      Seq<StatusSpan> spans = timeline(events).spans();
      for (int i = 0; i < spans.size(); i++) {
        StatusSpan span = spans.get(i);
        span.until().forEach(until -> assertThat(span.from()).isBefore(until));
        if (i + 1 < spans.size()) {
          assertThat(span.until()).contains(spans.get(i + 1).from());
          assertThat(span.status()).isNotEqualTo(spans.get(i + 1).status());
        } else {
          assertThat(span.until().isEmpty()).isTrue();
        }
      }
      if (!spans.isEmpty()) {
        assertThat(spans.head().status()).isNotEqualTo(Status.initial());
      }
    });
  }

  @Test
  @Tag("R-SM-6")
  void exactlyOneStatusOnAnyDate() {
    Generator<Tuple2<Vector<StatusEvent>, LocalDate>> inputs = c -> Tuple.of(
        eventSets().generate(c),
        CoreGenerators.datesBetween(LocalDate.of(1989, 1, 1), LocalDate.of(2101, 1, 1))
            .generate(c));
    qt().forAll(inputs.toGen()).checkAssert(in -> {
      StudentTimeline timeline = timeline(in._1);
      LocalDate date = in._2;
      Seq<StatusSpan> containing = timeline.spans().filter(s -> s.contains(date));
      boolean afterFirstChange =
          !timeline.spans().isEmpty() && !date.isBefore(timeline.spans().head().from());
      assertThat(containing.size()).isEqualTo(afterFirstChange ? 1 : 0);
      Status expected = afterFirstChange ? containing.head().status() : Status.initial();
      assertThat(timeline.statusOn(date)).isEqualTo(expected);
    });
  }

  @Test
  @Tag("R-SM-4")
  void appendingInDateOrderEqualsInsertingBackDated() {
    qt().forAll(eventSets().toGen()).checkAssert(events -> {
      Vector<StatusEvent> sorted =
          events.sortBy(e -> e.effectiveDate().toEpochDay() * 1_000_000L + e.sequence());
      assertThat(timeline(events.reverse()).entries())
          .isEqualTo(timeline(sorted).entries());
    });
  }
}

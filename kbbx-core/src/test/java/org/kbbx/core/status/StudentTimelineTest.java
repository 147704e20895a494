package org.kbbx.core.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.school.Grade;

class StudentTimelineTest {

  private final Events ev = new Events();
  private final StudentTimeline empty = StudentTimeline.of(Events.STUDENT);

  private static LocalDate d(String text) {
    return LocalDate.parse(text);
  }

  @Test
  @Tag("R-SM-3")
  void rejectedEventsStayInTheHistoryWithTheirRejection() {
    StatusEvent enrol = ev.enrol("2022-09-01", 3);
    StatusEvent resume = ev.plain("2022-10-01", EventType.RESUME);
    StudentTimeline timeline = empty.with(enrol).with(resume);
    assertThat(timeline.size()).isEqualTo(2);
    assertThat(timeline.entries().map(TimelineEntry::outcome))
        .containsExactly(EntryOutcome.APPLIED, EntryOutcome.REJECTED);
    assertThat(timeline.rejected().single().rejection().get().code().name())
        .isEqualTo("NO_SUCH_TRANSITION");
    assertThat(timeline.current().schooling()).isEqualTo(SchoolingState.ATTENDING);
  }

  @Test
  @Tag("R-SM-3")
  void badInputIsRefusedNeverThrownNeverDropped() {
    StatusEvent enrol = ev.enrol("2022-09-01", 3);
    StatusEvent stranger =
        StatusEvent.of("x1", StudentId.of("OTHER"), d("2022-10-01"), 0, EventType.START_LEAVE);
    StatusEvent duplicate =
        StatusEvent.of("e1", Events.STUDENT, d("2022-10-01"), 0, EventType.START_LEAVE);
    StatusEvent tooEarly =
        StatusEvent.of("x2", Events.STUDENT, d("1989-12-31"), 0, EventType.START_LEAVE);
    StatusEvent tooLate =
        StatusEvent.of("x3", Events.STUDENT, d("2101-01-01"), 0, EventType.START_LEAVE);
    StatusEvent unknownTarget = ev.retract("2022-11-01", "nope");
    StudentTimeline timeline = empty
        .with(enrol)
        .with(null)
        .with(stranger)
        .with(duplicate)
        .with(tooEarly)
        .with(tooLate)
        .with(unknownTarget)
        .withAll(null);
    assertThat(timeline.size()).isEqualTo(8);
    assertThat(timeline.refused().map(e -> e.rejection().get().code().name()))
        .containsExactly(
            "NULL_EVENT",
            "WRONG_STUDENT",
            "DUPLICATE_EVENT_ID",
            "DATE_OUT_OF_RANGE",
            "DATE_OUT_OF_RANGE",
            "NULL_EVENT");
    assertThat(timeline.entries().last().rejection().get().code().name())
        .isEqualTo("UNKNOWN_RETRACTION_TARGET");
    assertThat(timeline.rejected()).hasSize(7);
    assertThat(timeline.current()).isEqualTo(empty.with(enrol).current());
  }

  @Test
  @Tag("R-SM-4")
  void backDatedEventIsInsertedAndLaterStatesRecomputed() {
    StatusEvent enrol = ev.enrol("2022-09-01", 3);
    StatusEvent promote = ev.grade("2023-09-01", EventType.PROMOTE, 4);
    StatusEvent suspend = ev.until("2023-03-01", EventType.SUSPEND, "2023-12-31");
    StudentTimeline late = empty.with(enrol).with(promote).with(suspend);
    assertThat(late.entries().map(e -> e.event().id())).containsExactly("e1", "e3", "e2");
    assertThat(late.entries().map(TimelineEntry::outcome))
        .containsExactly(EntryOutcome.APPLIED, EntryOutcome.APPLIED, EntryOutcome.REJECTED);
    assertThat(late.current().schooling()).isEqualTo(SchoolingState.SUSPENDED);
    assertThat(late.spans())
        .isEqualTo(empty.with(suspend).with(promote).with(enrol).spans());
  }

  @Test
  @Tag("R-SM-4")
  void sameDateOrderedBySequence() {
    StatusEvent enrol = ev.enrol("2022-09-01", 1);
    StatusEvent home = ev.plain("2022-09-01", EventType.START_HOME_EDUCATION);
    StudentTimeline timeline = empty.with(home).with(enrol);
    assertThat(timeline.current().schooling()).isEqualTo(SchoolingState.HOME_EDUCATION);
    assertThat(timeline.spans()).hasSize(1);
    assertThat(timeline.spans().head().from()).isEqualTo(d("2022-09-01"));
  }

  @Test
  @Tag("R-SM-5")
  void retractionRemovesTheEffectAndStaysInHistory() {
    StatusEvent enrol = ev.enrol("2022-09-01", 7);
    StatusEvent suspected = ev.plain("2022-10-10", EventType.MARK_SUSPECTED);
    StatusEvent back = ev.plain("2022-11-01", EventType.RETURN);
    StatusEvent retract = ev.retract("2022-12-01", suspected.id());
    StudentTimeline corrected = empty.with(enrol).with(suspected).with(back).with(retract);
    assertThat(corrected.entries().map(TimelineEntry::outcome))
        .containsExactly(
            EntryOutcome.APPLIED,
            EntryOutcome.RETRACTED,
            EntryOutcome.REJECTED,
            EntryOutcome.APPLIED);
    assertThat(corrected.statusOn(d("2022-10-15")).schooling()).isEqualTo(SchoolingState.ATTENDING);
    assertThat(corrected.spans()).isEqualTo(empty.with(enrol).with(back).spans());
  }

  @Test
  @Tag("R-SM-5")
  void retractionArrivingBeforeItsTargetTakesEffectWhenTheTargetArrives() {
    StatusEvent enrol = ev.enrol("2022-09-01", 7);
    StatusEvent death = ev.plain("2022-10-10", EventType.DEATH);
    StatusEvent retract = ev.retract("2022-10-11", death.id());
    StudentTimeline early = empty.with(enrol).with(retract);
    assertThat(early.entries().last().outcome()).isEqualTo(EntryOutcome.REJECTED);
    StudentTimeline complete = early.with(death);
    assertThat(complete.entries().map(TimelineEntry::outcome))
        .containsExactly(EntryOutcome.APPLIED, EntryOutcome.RETRACTED, EntryOutcome.APPLIED);
    assertThat(complete.current().schooling()).isEqualTo(SchoolingState.ATTENDING);
  }

  @Test
  @Tag("R-SM-5")
  void retractingARetractionIsRejected() {
    StatusEvent enrol = ev.enrol("2022-09-01", 7);
    StatusEvent first = ev.retract("2022-10-01", enrol.id());
    StatusEvent second = ev.retract("2022-10-02", first.id());
    StudentTimeline timeline = empty.with(enrol).with(first).with(second);
    assertThat(timeline.entries().last().rejection().get().code().name())
        .isEqualTo("RETRACTION_OF_RETRACTION");
    assertThat(timeline.current()).isEqualTo(Status.initial());
  }

  @Test
  @Tag("R-SM-6")
  void statusOnAnyDateAndSpans() {
    StudentTimeline timeline = empty
        .with(ev.enrol("2022-09-01", 6))
        .with(ev.grade("2023-09-01", EventType.PROMOTE, 7))
        .with(ev.plain("2023-10-09", EventType.MARK_SUSPECTED))
        .with(ev.plain("2023-11-10", EventType.AUTOMATIC_DROPOUT));
    assertThat(timeline.statusOn(d("2022-08-31"))).isEqualTo(Status.initial());
    assertThat(timeline.statusOn(d("2022-09-01")).grade()).contains(Grade.of(6));
    assertThat(timeline.statusOn(d("2023-11-09")).schooling())
        .isEqualTo(SchoolingState.SUSPECTED_DROPOUT);
    assertThat(timeline.statusOn(d("2030-01-01")).schooling())
        .isEqualTo(SchoolingState.DROPPED_OUT);
    List<StatusSpan> spans = timeline.spans().toList();
    assertThat(spans.map(StatusSpan::state))
        .containsExactly(
            SchoolingState.ATTENDING,
            SchoolingState.ATTENDING,
            SchoolingState.SUSPECTED_DROPOUT,
            SchoolingState.DROPPED_OUT);
    assertThat(spans.map(StatusSpan::from))
        .containsExactly(d("2022-09-01"), d("2023-09-01"), d("2023-10-09"), d("2023-11-10"));
    assertThat(spans.last().until()).isEqualTo(Option.none());
    assertThat(spans.head().until()).isEqualTo(Option.some(d("2023-09-01")));
  }

  @Test
  @Tag("R-SM-8")
  void recordSchoolAndAttendingSchoolVisibleWhileBorrowed() {
    StudentTimeline timeline = empty
        .with(ev.enrol("2022-09-01", 4))
        .with(ev.school("2023-03-01", EventType.BORROW, Events.OTHER));
    Status borrowed = timeline.statusOn(d("2023-03-01"));
    assertThat(borrowed.recordSchool()).contains(Events.HOME);
    assertThat(borrowed.attendingSchool()).contains(Events.OTHER);
    assertThat(timeline.statusOn(d("2023-02-28")).recordAndAttendingDiffer()).isFalse();
  }

  @Test
  @Tag("R-SM-4")
  void appendingAfterTheLastEventKeepsEveryEarlierEntryAsIs() {
    StudentTimeline timeline = empty
        .with(ev.enrol("2022-09-01", 3))
        .with(ev.plain("2022-10-01", EventType.START_LEAVE))
        .with(ev.plain("2022-10-05", EventType.END_LEAVE));
    StudentTimeline appended = timeline.with(ev.grade("2023-09-01", EventType.PROMOTE, 4));
    for (int i = 0; i < timeline.entries().size(); i++) {
      assertThat(appended.entries().get(i)).isSameAs(timeline.entries().get(i));
    }
    StudentTimeline backDated = timeline.with(ev.plain("2022-10-03", EventType.MARK_SUSPECTED));
    assertThat(backDated.entries().get(0)).isSameAs(timeline.entries().get(0));
    assertThat(backDated.entries().get(1)).isSameAs(timeline.entries().get(1));
    assertThat(backDated.entries().get(3).outcome()).isEqualTo(EntryOutcome.REJECTED);
  }

  @Test
  void emptyTimelineHasNoSpansAndTheInitialStatus() {
    assertThat(empty.spans()).isEmpty();
    assertThat(empty.current()).isEqualTo(Status.initial());
    assertThat(empty.size()).isZero();
  }
}

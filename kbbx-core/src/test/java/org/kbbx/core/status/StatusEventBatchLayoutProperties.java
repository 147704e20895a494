package org.kbbx.core.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.school.Grade;

/**
 * Properties of the batch's compact layout: however the builder holds the events (grouped by
 * student or not, with room for them or not, reused after a build, sequences that need a byte, an
 * int or a long) and however {@link StatusesOn} holds the answer (built on demand from columns),
 * every student's status equals {@link StudentTimeline}'s.
 */
class StatusEventBatchLayoutProperties {

  private static final LocalDate ON = LocalDate.of(2021, 6, 30);

  /** Random students' stories, each student's events together, in arrival order. */
  private static Map<StudentId, List<StatusEvent>> stories(Random r, int students) {
    Map<StudentId, List<StatusEvent>> byStudent = new LinkedHashMap<>();
    for (int s = 0; s < students; s++) {
      StudentId student = StudentId.of("G" + (5000 + s));
      byStudent.put(student, StatusEventBatchProperties.story(r, student));
    }
    return byStudent;
  }

  private static List<StatusEvent> grouped(Map<StudentId, List<StatusEvent>> byStudent) {
    List<StatusEvent> all = new ArrayList<>();
    byStudent.values().forEach(all::addAll);
    return all;
  }

  /** Every index's status equals the timeline's, on every date that matters. */
  private static void assertEqualsTimelines(
      StatusEventBatch batch, Map<StudentId, List<StatusEvent>> byStudent, long seed) {
    List<LocalDate> dates = new ArrayList<>(List.of(
        LocalDate.of(2020, 8, 31),
        ON,
        StudentTimeline.EARLIEST_DATE.minusDays(1),
        StudentTimeline.LATEST_DATE,
        StudentTimeline.LATEST_DATE.plusDays(1)));
    byStudent.values().forEach(events -> events.forEach(e -> dates.add(e.effectiveDate())));
    for (LocalDate date : dates) {
      StatusesOn statuses = batch.statusesOn(date);
      assertThat(statuses.size()).isEqualTo(batch.students());
      for (int i = 0; i < statuses.size(); i++) {
        StudentId student = statuses.student(i);
        Status expected = StudentTimeline.of(student, batch.machine())
            .withAll(byStudent.get(student))
            .statusOn(date);
        assertThat(statuses.status(i))
            .as("seed %d, index %d on %s", seed, i, date)
            .isEqualTo(expected)
            .isEqualTo(statuses.status(i));
        assertThat(statuses.statusOf(student)).contains(expected);
      }
    }
  }

  @Test
  @Tag("R-SM-4")
  @Tag("R-SM-6")
  void groupedInputWithRoomForItGivesTheTimelinesStatuses() {
    qt().forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      Map<StudentId, List<StatusEvent>> byStudent = stories(r, 1 + r.nextInt(6));
      List<StatusEvent> all = grouped(byStudent);
      if (r.nextBoolean()) { // each student's events in order: the batch takes the columns as they
        // are
        byStudent.replaceAll((s, events) -> sorted(events));
        all = grouped(byStudent);
      }
      int hint = r.nextInt(3) == 0 ? all.size() : r.nextInt(all.size() + 3) - 1;
      StatusEventBatch batch = StatusEventBatch.builder(hint).addAll(all).build();
      assertThat(batch.size()).isEqualTo(all.size());
      assertEqualsTimelines(batch, byStudent, seed);
    });
  }

  @Test
  @Tag("R-SM-4")
  @Tag("R-SM-6")
  void aBuilderUsedAfterABuildChangesNeitherBatch() {
    qt().forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      Map<StudentId, List<StatusEvent>> first = stories(r, 1 + r.nextInt(4));
      List<StatusEvent> firstEvents = grouped(first);
      StatusEventBatch.Builder builder =
          StatusEventBatch.builder(firstEvents.size()).addAll(firstEvents);
      StatusEventBatch before = builder.build();
      // more events: for a student already held (not grouped any more) and for a new one
      Map<StudentId, List<StatusEvent>> both = new LinkedHashMap<>();
      first.forEach((s, events) -> both.put(s, new ArrayList<>(events)));
      StudentId again = first.keySet().iterator().next();
      StatusEvent extra = StatusEvent.builder()
          .id("extra")
          .student(again)
          .effectiveDate(LocalDate.of(2020, 9, 1))
          .sequence(0)
          .type(EventType.ENROL)
          .school(SchoolId.of("S-EXTRA"))
          .grade(Grade.of(3))
          .build();
      StudentId newcomer = StudentId.of("G9999");
      List<StatusEvent> newcomers = StatusEventBatchProperties.story(r, newcomer);
      builder.add(extra).addAll(newcomers);
      both.get(again).add(extra);
      both.put(newcomer, newcomers);
      StatusEventBatch after = builder.build();
      assertEqualsTimelines(before, first, seed);
      assertEqualsTimelines(after, both, seed);
    });
  }

  @Test
  @Tag("R-SM-4")
  void sequencesBeyondAByteAndAnIntOrderSameDayEvents() {
    StudentId student = StudentId.of("G7777");
    LocalDate day = LocalDate.of(2021, 9, 1);
    for (long big : new long[] {5, 300, 1L << 40}) {
      // arrival order is the reverse of (date, sequence): enrolment last to arrive, first by order
      List<StatusEvent> events = List.of(
          event("c", student, day, big + 2, EventType.END_LEAVE),
          event("b", student, day, big + 1, EventType.START_LEAVE),
          StatusEvent.builder()
              .id("a")
              .student(student)
              .effectiveDate(day)
              .sequence(big)
              .type(EventType.ENROL)
              .school(SchoolId.of("S-ONE"))
              .grade(Grade.of(1))
              .build());
      StatusEventBatch batch =
          StatusEventBatch.builder(events.size()).addAll(events).build();
      Status expected = StudentTimeline.of(student).withAll(events).statusOn(day);
      assertThat(expected.schooling()).isEqualTo(SchoolingState.ATTENDING);
      assertThat(batch.statusesOn(day).status(0)).as("sequence %d", big).isEqualTo(expected);
      assertThat(batch.refused()).isEmpty();
    }
  }

  @Test
  @Tag("R-SM-6")
  void manyStudentsAreFoundByIdAfterTheIndexGrows() {
    List<StatusEvent> events = new ArrayList<>();
    int students = 5_000;
    for (int s = 0; s < students; s++) {
      events.add(StatusEvent.builder()
          .id("e")
          .student(StudentId.of("G" + (1_000_000 + s)))
          .effectiveDate(LocalDate.of(2020, 9, 1).plusDays(s % 7))
          .sequence(0)
          .type(EventType.ENROL)
          .school(SchoolId.of("S-" + (s % 13)))
          .grade(Grade.of(1 + s % 9))
          .build());
    }
    // every other student's event twice, the copy last: the first is kept, the copy refused
    for (int s = 0; s < students; s += 2) {
      events.add(events.get(s));
    }
    StatusEventBatch batch = StatusEventBatch.builder().addAll(events).build();
    assertThat(batch.students()).isEqualTo(students);
    assertThat(batch.refused()).hasSize(students / 2);
    StatusesOn statuses = batch.statusesOn(LocalDate.of(2020, 9, 30));
    for (int s = 0; s < students; s++) {
      StudentId id = StudentId.of("G" + (1_000_000 + s));
      assertThat(batch.indexOf(id)).contains(s);
      Status status = statuses.statusOf(id).get();
      assertThat(status.grade()).contains(Grade.of(1 + s % 9));
      assertThat(status.recordSchool()).contains(SchoolId.of("S-" + (s % 13)));
    }
    assertThat(batch.indexOf(StudentId.of("G42"))).isEmpty();
  }

  private static StatusEvent event(
      String id, StudentId student, LocalDate day, long sequence, EventType type) {
    return StatusEvent.builder()
        .id(id)
        .student(student)
        .effectiveDate(day)
        .sequence(sequence)
        .type(type)
        .build();
  }

  private static List<StatusEvent> sorted(List<StatusEvent> events) {
    List<StatusEvent> out = new ArrayList<>(events);
    out.sort(Comparator.comparing(StatusEvent::effectiveDate)
        .thenComparingLong(StatusEvent::sequence)
        .thenComparing(StatusEvent::id));
    return out;
  }
}

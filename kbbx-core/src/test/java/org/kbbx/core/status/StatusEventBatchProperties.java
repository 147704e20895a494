package org.kbbx.core.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.school.Grade;
import org.kbbx.core.school.GradeSystem;

/**
 * Property: the bulk replay ({@link StatusEventBatch#statusesOn(LocalDate)}, which steps one
 * working status in place) gives every student the status that {@link StudentTimeline} gives on
 * every date, for random event sets of several students in any arrival order — duplicates,
 * retractions (of unknown ids and of retractions too), same-day events, dates out of range and
 * events the machine rejects included — under the national machine and a 5-4 machine with
 * automatic dropout off.
 */
class StatusEventBatchProperties {

  private static final LocalDate BASE = LocalDate.of(2020, 9, 1);
  private static final SchoolId[] SCHOOLS = {
    SchoolId.of("S-ONE"), SchoolId.of("S-TWO"), SchoolId.of("S-THREE")
  };
  private static final EventType[] TYPES = EventType.values();
  /** Types that often fit a student's story, so that most events are accepted. */
  private static final EventType[] COMMON = {
    EventType.PROMOTE,
    EventType.PROMOTE,
    EventType.START_LEAVE,
    EventType.END_LEAVE,
    EventType.SUSPEND,
    EventType.EXTEND_SUSPENSION,
    EventType.RESUME,
    EventType.MARK_SUSPECTED,
    EventType.CONFIRM_DROPOUT,
    EventType.AUTOMATIC_DROPOUT,
    EventType.RETURN,
    EventType.TRANSFER_OUT,
    EventType.CONFIRM_TRANSFER_IN,
    EventType.BORROW,
    EventType.END_BORROW,
    EventType.STUDY_ELSEWHERE,
    EventType.RETURN_FROM_ELSEWHERE,
    EventType.REPEAT,
    EventType.PROGRESS_TO_JUNIOR,
    EventType.COMPLETE,
    EventType.RETRACTION
  };

  private static final StatusMachine FIVE_FOUR = StatusMachine.of(MachineParameters.builder()
      .gradeSystem(GradeSystem.FIVE_FOUR)
      .automaticDropout(false)
      .build());

  @Test
  @Tag("R-SM-4")
  @Tag("R-SM-5")
  @Tag("R-SM-6")
  void bulkStatusesEqualTheTimelinesOnEveryDate() {
    qt().forAll(longs().all()).checkAssert(seed -> check(seed, StatusMachine.national()));
  }

  @Test
  @Tag("R-SM-6")
  @Tag("R-SM-9")
  void bulkStatusesEqualTheTimelinesUnderAnotherJurisdiction() {
    qt().forAll(longs().all()).checkAssert(seed -> check(seed, FIVE_FOUR));
  }

  /** One student's story: events roughly in time, with the fields a type needs. */
  static List<StatusEvent> story(Random r, StudentId student) {
    int n = r.nextInt(16);
    List<StatusEvent> events = new ArrayList<>();
    LocalDate day = BASE.plusDays(r.nextInt(60));
    int grade = 1 + r.nextInt(9);
    for (int k = 0; k < n; k++) {
      EventType type = k == 0 && r.nextInt(5) > 0
          ? EventType.ENROL
          : r.nextInt(3) == 0 ? TYPES[r.nextInt(TYPES.length)] : COMMON[r.nextInt(COMMON.length)];
      if (r.nextInt(4) > 0) {
        day = day.plusDays(r.nextInt(200));
      }
      LocalDate date = r.nextInt(40) == 0 ? LocalDate.of(1980, 1, 1) : day;
      String id = "e" + r.nextInt(n + 2);
      StatusEvent.Builder b = StatusEvent.builder()
          .id(id)
          .student(student)
          .effectiveDate(date)
          .sequence(r.nextInt(3))
          .type(type);
      if (type.requiredFields().contains(EventField.SCHOOL)) {
        b.school(SCHOOLS[r.nextInt(SCHOOLS.length)]);
      }
      if (type.requiredFields().contains(EventField.GRADE)) {
        if (type == EventType.PROMOTE || type == EventType.PROGRESS_TO_JUNIOR) {
          grade = Math.min(grade + 1, 9);
        } else if (type == EventType.SKIP) {
          grade = Math.min(grade + 2, 9);
        } else if (type == EventType.ENROL) {
          grade = 1 + r.nextInt(9);
        }
        b.grade(Grade.of(r.nextInt(6) == 0 ? 1 + r.nextInt(9) : grade));
      }
      if (type.requiredFields().contains(EventField.UNTIL)) {
        b.until(date.plusDays(r.nextInt(900) - 30));
      }
      if (type.requiredFields().contains(EventField.TARGET_EVENT)) {
        b.targetEventId("e" + r.nextInt(n + 2));
      }
      if (type.requiredFields().contains(EventField.EVIDENCE)) {
        b.evidence("proof");
      }
      if (type.takesGradeSystem() && r.nextInt(4) == 0) {
        b.gradeSystem(GradeSystem.values()[r.nextInt(GradeSystem.values().length)]);
      }
      events.add(b.build());
    }
    return events;
  }

  private static void check(long seed, StatusMachine machine) {
    Random r = new Random(seed);
    Map<StudentId, List<StatusEvent>> byStudent = new LinkedHashMap<>();
    List<StatusEvent> all = new ArrayList<>();
    int students = 1 + r.nextInt(4);
    for (int s = 0; s < students; s++) {
      StudentId student = StudentId.of("G" + (1000 + s));
      List<StatusEvent> events = story(r, student);
      byStudent.put(student, events);
      all.addAll(events);
    }
    Collections.shuffle(all, r);
    boolean withNull = r.nextInt(10) == 0;
    if (withNull) {
      all.add(r.nextInt(all.size() + 1), null);
    }
    StatusEventBatch batch = StatusEventBatch.builder(machine).addAll(all).build();

    TreeSet<LocalDate> dates = new TreeSet<>();
    dates.add(BASE.minusDays(1));
    dates.add(StudentTimeline.LATEST_DATE);
    int refused = withNull ? 1 : 0;
    for (Map.Entry<StudentId, List<StatusEvent>> entry : byStudent.entrySet()) {
      List<StatusEvent> arrival = new ArrayList<>();
      for (StatusEvent event : all) {
        if (event != null && event.student().equals(entry.getKey())) {
          arrival.add(event);
        }
      }
      StudentTimeline timeline = StudentTimeline.of(entry.getKey(), machine).withAll(arrival);
      refused += timeline.refused().size();
      for (StatusEvent event : arrival) {
        dates.add(event.effectiveDate());
        dates.add(event.effectiveDate().minusDays(1));
      }
      for (LocalDate date : dates) {
        Option<Status> bulk = batch.statusesOn(date).statusOf(entry.getKey());
        assertThat(bulk.getOrElse(Status.initial()))
            .as("seed %d, %s on %s, events %s", seed, entry.getKey(), date, arrival)
            .isEqualTo(timeline.statusOn(date));
      }
    }
    assertThat(batch.refused()).as("seed %d", seed).hasSize(refused);
    assertThat(batch.size()).isEqualTo(all.size());
  }
}

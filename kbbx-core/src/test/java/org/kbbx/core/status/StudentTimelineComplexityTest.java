package org.kbbx.core.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.AllocatedBytes;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.school.Grade;

/**
 * Complexity guards for {@link StudentTimeline} (docs/rules.md §11: every operation linear or
 * n log n for any arrival order; R-SM-4: arrival order does not matter). They count operations —
 * machine decisions, and bytes allocated by this thread — for n and 8n events; they never time.
 * A quadratic replay (every back-dated event replaying all later entries, as before issue 19)
 * makes 8n events cost about 64 times n's; these bounds fail at 12.
 */
class StudentTimelineComplexityTest {

  private static final int N = 500;

  /** n legal events of one student on consecutive days: an enrolment, then leave/return pairs. */
  static List<StatusEvent> events(int n) {
    List<StatusEvent> events = new ArrayList<>(n);
    LocalDate day = LocalDate.of(2000, 9, 1);
    events.add(StatusEvent.builder()
        .id("e0")
        .student(Events.STUDENT)
        .effectiveDate(day)
        .sequence(0)
        .type(EventType.ENROL)
        .school(SchoolId.of("S1"))
        .grade(Grade.of(1))
        .build());
    for (int i = 1; i < n; i++) {
      EventType type = i % 2 == 1 ? EventType.START_LEAVE : EventType.END_LEAVE;
      events.add(StatusEvent.of("e" + i, Events.STUDENT, day.plusDays(i), i, type));
    }
    return events;
  }

  private static List<StatusEvent> newestFirst(int n) {
    List<StatusEvent> events = events(n);
    Collections.reverse(events);
    return events;
  }

  @Test
  @Tag("R-SM-4")
  void section11_newestFirstBatchTakesOneDecisionPerEvent() {
    for (int n : new int[] {N, 8 * N}) {
      StudentTimeline timeline = StudentTimeline.of(Events.STUDENT).withAll(newestFirst(n));
      // the batch waits whole for one replay: every event is decided once
      assertThat(timeline.decisions()).isEqualTo((long) n);
      assertThat(timeline.entries()).allMatch(e -> e.outcome() == EntryOutcome.APPLIED);
    }
  }

  @Test
  @Tag("R-SM-4")
  void section11_backDatedSingleAdditionsTakeOneDecisionPerEvent() {
    StudentTimeline timeline = StudentTimeline.of(Events.STUDENT);
    for (StatusEvent event : newestFirst(8 * N)) {
      timeline = timeline.with(event);
    }
    assertThat(timeline.decisions()).isEqualTo(8 * N + 1L);
    assertThat(timeline.current())
        .isEqualTo(StudentTimeline.of(Events.STUDENT).withAll(events(8 * N)).current());
  }

  @Test
  @Tag("R-SM-4")
  void section11_newestFirstAllocationGrowsLinearly() {
    build(newestFirst(N)); // warm-up, so both measured runs are compiled alike
    build(newestFirst(8 * N));
    long small = AllocatedBytes.by(() -> build(newestFirst(N)));
    long large = AllocatedBytes.by(() -> build(newestFirst(8 * N)));
    assertThat((double) large / small).as("bytes for 8n ÷ bytes for n").isLessThan(12.0);
  }

  private static Status build(List<StatusEvent> events) {
    return StudentTimeline.of(Events.STUDENT).withAll(events).current();
  }
}

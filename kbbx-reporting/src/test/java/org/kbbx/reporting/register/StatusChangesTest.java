package org.kbbx.reporting.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.id.ResidentId;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.school.Grade;
import org.kbbx.core.status.EventType;
import org.kbbx.core.status.SchoolingState;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.core.status.StudentTimeline;
import org.kbbx.reporting.reconciliation.TestIds;

/** Registers built from status-machine timelines (R-LED-0, R-SM-6). */
@Tag("R-SM-6")
class StatusChangesTest {

  private static final StudentId STUDENT = StudentId.of("G522428201203150011");
  private static final LocalDate D0 = LocalDate.of(2023, 9, 1);

  @Test
  @Tag("R-LED-0")
  void suspectedEpisodeFromATimelineClosesOnReturn() {
    StudentTimeline timeline = StudentTimeline.of(STUDENT)
        .withAll(List.of(
            StatusEvent.builder()
                .id("e1")
                .student(STUDENT)
                .effectiveDate(D0)
                .sequence(0)
                .type(EventType.ENROL)
                .school(SchoolId.of("S1"))
                .grade(Grade.of(7))
                .build(),
            StatusEvent.of("e2", STUDENT, D0.plusDays(14), 0, EventType.MARK_SUSPECTED),
            StatusEvent.of("e3", STUDENT, D0.plusDays(30), 0, EventType.RETURN)));

    StudentHistory history = StudentHistory.builder()
        .residentId(ResidentId.parse(TestIds.child(1)))
        .name("c1")
        .changes(StatusChanges.of(timeline))
        .build();
    CountyRegisters registers = CountyRegisters.of(List.of(history), D0.plusDays(60));

    assertThat(history.stateOn(D0)).contains(SchoolingState.ATTENDING);
    assertThat(registers.suspectedDropouts()).singleElement().satisfies(e -> {
      assertThat(e.openedOn()).isEqualTo(D0.plusDays(14));
      assertThat(e.closedOn()).contains(D0.plusDays(30));
      assertThat(e.closingReason()).contains(ClosingReason.RETURNED);
    });
  }
}

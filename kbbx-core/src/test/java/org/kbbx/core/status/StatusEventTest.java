package org.kbbx.core.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.school.Grade;

class StatusEventTest {

  private static final LocalDate DAY = LocalDate.of(2022, 9, 1);

  @Test
  void requiredFieldsMustBePresent() {
    assertThatThrownBy(() -> StatusEvent.of("e1", Events.STUDENT, DAY, 0, EventType.ENROL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid StatusEvent e1: ENROL requires SCHOOL");
  }

  @Test
  void extraneousFieldsAreRefused() {
    assertThatThrownBy(() -> StatusEvent.builder()
            .id("e1")
            .student(Events.STUDENT)
            .effectiveDate(DAY)
            .sequence(0)
            .type(EventType.DEATH)
            .grade(Grade.of(3))
            .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid StatusEvent e1: DEATH does not take GRADE");
  }

  @Test
  void evidenceAndReasonAreAllowedEverywhere() {
    StatusEvent death = StatusEvent.builder()
        .id("e1")
        .student(Events.STUDENT)
        .effectiveDate(DAY)
        .sequence(0)
        .type(EventType.DEATH)
        .evidence("死亡证明 2022-017")
        .reason("illness")
        .build();
    assertThat(death.evidence()).contains("死亡证明 2022-017");
    assertThat(death.has(EventField.REASON)).isTrue();
  }

  @Test
  void blankIdAndNegativeSequenceAreRefused() {
    assertThatThrownBy(() -> StatusEvent.of(" ", Events.STUDENT, DAY, 0, EventType.DEATH))
        .hasMessageContaining("id: must not be blank");
    assertThatThrownBy(() -> StatusEvent.of("e1", Events.STUDENT, DAY, -1, EventType.DEATH))
        .hasMessage("Invalid StatusEvent sequence (valid values 0 - 9223372036854775807): -1");
  }

  @Test
  void idsMustNotBeBlank() {
    assertThatThrownBy(() -> StudentId.of("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SchoolId.of(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StudentId.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value");
  }

  @Test
  void statusInvariantsAreChecked() {
    assertThatThrownBy(() -> Status.builder()
            .schooling(SchoolingState.ATTENDING)
            .record(RecordState.NONE)
            .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("an open record");
    assertThat(Status.initial().isTerminal()).isFalse();
  }

  @Test
  void machineParametersRefuseNonsense() {
    assertThatThrownBy(
            () -> MachineParameters.builder().maxSuspensionExtensions(-1).build())
        .hasMessageContaining("maxSuspensionExtensions");
    assertThat(MachineParameters.national().automaticDropoutDate(LocalDate.of(2023, 10, 9)))
        .isEqualTo(LocalDate.of(2023, 11, 10));
  }
}

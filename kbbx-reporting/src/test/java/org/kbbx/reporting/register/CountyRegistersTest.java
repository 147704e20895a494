package org.kbbx.reporting.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.id.ResidentId;
import org.kbbx.core.status.SchoolingState;
import org.kbbx.reporting.reconciliation.TestIds;

/** The three county registers and their dynamic closing (R-LED-0). */
class CountyRegistersTest {

  private static final LocalDate D0 = LocalDate.of(2023, 9, 1);

  static StudentHistory child(int n, StatusChange... changes) {
    return StudentHistory.builder()
        .residentId(ResidentId.parse(TestIds.child(n)))
        .name("child " + n)
        .school("S1")
        .addChanges(changes)
        .build();
  }

  @Test
  @Tag("R-LED-0")
  void suspectedEntryClosesWhenTheChildReturnsWithDateAndReason() {
    StudentHistory returned = child(
        1,
        StatusChange.of(D0, SchoolingState.ATTENDING),
        StatusChange.of(D0.plusDays(10), SchoolingState.SUSPECTED_DROPOUT),
        StatusChange.of(D0.plusDays(20), SchoolingState.ATTENDING));

    CountyRegisters registers = CountyRegisters.of(List.of(returned), D0.plusDays(30));

    assertThat(registers.suspectedDropouts()).singleElement().satisfies(entry -> {
      assertThat(entry.openedOn()).isEqualTo(D0.plusDays(10));
      assertThat(entry.closedOn()).contains(D0.plusDays(20));
      assertThat(entry.closingReason()).contains(ClosingReason.RETURNED);
      assertThat(entry.isOpen()).isFalse();
    });
    assertThat(registers.dropouts()).isEmpty();
    assertThat(registers.openCount(RegisterKind.SCHOOL_AGE)).isEqualTo(1);
  }

  @Test
  @Tag("R-LED-0")
  void suspectedBecomingDropoutMovesToTheDropoutRegister() {
    StudentHistory dropped = child(
        2,
        StatusChange.of(D0, SchoolingState.ATTENDING),
        StatusChange.of(D0.plusDays(10), SchoolingState.SUSPECTED_DROPOUT),
        StatusChange.of(D0.plusDays(42), SchoolingState.DROPPED_OUT));

    CountyRegisters registers = CountyRegisters.of(List.of(dropped), D0.plusDays(60));

    assertThat(registers.suspectedDropouts())
        .singleElement()
        .satisfies(e -> assertThat(e.closingReason()).contains(ClosingReason.ESCALATED_TO_DROPOUT));
    assertThat(registers.dropouts()).singleElement().satisfies(e -> {
      assertThat(e.openedOn()).isEqualTo(D0.plusDays(42));
      assertThat(e.isOpen()).isTrue();
    });
  }

  @Test
  @Tag("R-LED-0")
  void registerForAPastDateIgnoresLaterChanges() {
    StudentHistory child = child(
        3,
        StatusChange.of(D0, SchoolingState.SUSPECTED_DROPOUT),
        StatusChange.of(D0.plusDays(5), SchoolingState.ATTENDING));

    assertThat(CountyRegisters.of(List.of(child), D0.plusDays(4))
            .openCount(RegisterKind.SUSPECTED_DROPOUT))
        .isEqualTo(1);
    assertThat(CountyRegisters.of(List.of(child), D0.plusDays(5))
            .openCount(RegisterKind.SUSPECTED_DROPOUT))
        .isZero();
    assertThat(CountyRegisters.of(List.of(child), D0.minusDays(1)).schoolAge()).isEmpty();
  }

  @Test
  @Tag("R-LED-0")
  void eachEpisodeIsItsOwnEntryAndSchoolAgeClosesOnCompletion() {
    StudentHistory twice = child(
        4,
        StatusChange.of(D0, SchoolingState.SUSPECTED_DROPOUT),
        StatusChange.of(D0.plusDays(3), SchoolingState.SUSPENDED),
        StatusChange.of(D0.plusDays(90), SchoolingState.SUSPECTED_DROPOUT),
        StatusChange.of(D0.plusDays(100), SchoolingState.COMPLETED));

    CountyRegisters registers = CountyRegisters.of(Arrays.asList(twice, null), D0.plusDays(200));

    assertThat(registers.suspectedDropouts())
        .extracting(e -> e.closingReason().orElseThrow())
        .containsExactly(ClosingReason.EXCLUDED, ClosingReason.COMPLETED);
    assertThat(registers.schoolAge()).singleElement().satisfies(e -> {
      assertThat(e.closedOn()).contains(D0.plusDays(100));
      assertThat(e.closedBy()).contains(SchoolingState.COMPLETED);
    });
  }

  @Test
  @Tag("R-LED-0")
  void changesGivenOutOfOrderGiveTheSameRegisters() {
    StatusChange a = StatusChange.of(D0, SchoolingState.ATTENDING);
    StatusChange b = StatusChange.of(D0.plusDays(7), SchoolingState.SUSPECTED_DROPOUT);
    StatusChange c = StatusChange.of(D0.plusDays(9), SchoolingState.ATTENDING);
    CountyRegisters ordered = CountyRegisters.of(List.of(child(5, a, b, c)), D0.plusDays(30));
    CountyRegisters shuffled = CountyRegisters.of(List.of(child(5, c, a, b)), D0.plusDays(30));
    assertThat(shuffled).isEqualTo(ordered);
  }
}

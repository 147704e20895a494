package org.kbbx.core.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Either;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kbbx.core.school.Grade;
import org.kbbx.core.school.GradeSystem;

/** 小升初 and transfers between grade systems (R-SM-9). */
class PrimaryToJuniorTest {

  private final StatusMachine machine = StatusMachine.national();
  private final Events e = new Events();

  private Status enrolled(int grade, GradeSystem system) {
    return machine
        .apply(
            Status.initial(),
            e.at("2022-09-01", EventType.ENROL)
                .school(Events.HOME)
                .grade(Grade.of(grade))
                .gradeSystem(system)
                .build())
        .get();
  }

  private StatusEvent toJunior(int grade, Optional<GradeSystem> system) {
    return e.at("2023-07-10", EventType.PROGRESS_TO_JUNIOR)
        .school(Events.OTHER)
        .grade(Grade.of(grade))
        .gradeSystem(system)
        .build();
  }

  @Test
  @Tag("R-SM-9")
  void progressToJuniorMovesSixthGraderToGradeSevenAtAnotherSchool() {
    Status s = machine
        .apply(enrolled(6, GradeSystem.SIX_THREE), toJunior(7, Optional.empty()))
        .get();
    assertThat(s.schooling()).isEqualTo(SchoolingState.ATTENDING);
    assertThat(s.grade()).contains(Grade.of(7));
    assertThat(s.recordSchool()).contains(Events.OTHER);
    assertThat(s.attendingSchool()).contains(Events.OTHER);
    assertThat(s.record()).isEqualTo(RecordState.ACTIVE);
  }

  @Test
  @Tag("R-SM-9")
  void progressToJuniorAtTheSameNineYearSchool() {
    StatusEvent same = e.at("2023-07-10", EventType.PROGRESS_TO_JUNIOR)
        .school(Events.HOME)
        .grade(Grade.of(7))
        .build();
    Status s = machine.apply(enrolled(6, GradeSystem.SIX_THREE), same).get();
    assertThat(s.recordSchool()).contains(Events.HOME);
    assertThat(s.grade()).contains(Grade.of(7));
  }

  @Test
  @Tag("R-SM-9")
  void progressToJuniorIntoAFiveFourSchoolEntersGradeSix() {
    Status s = machine
        .apply(enrolled(6, GradeSystem.SIX_THREE), toJunior(6, Optional.of(GradeSystem.FIVE_FOUR)))
        .get();
    assertThat(s.grade()).contains(Grade.of(6));
    assertThat(s.gradeSystem()).contains(GradeSystem.FIVE_FOUR);
    assertThat(s.gradeSystemOr(GradeSystem.SIX_THREE)).isEqualTo(GradeSystem.FIVE_FOUR);
  }

  @Test
  @Tag("R-SM-9")
  void fiveFourFifthGraderProgressesIntoSixThreeGradeSeven() {
    Status s = machine
        .apply(enrolled(5, GradeSystem.FIVE_FOUR), toJunior(7, Optional.of(GradeSystem.SIX_THREE)))
        .get();
    assertThat(s.grade()).contains(Grade.of(7));
    assertThat(s.gradeSystem()).contains(GradeSystem.SIX_THREE);
  }

  @Test
  @Tag("R-SM-9")
  void progressToJuniorNeedsTheLastPrimaryGradeAndTheFirstJuniorGrade() {
    Either<Rejection, Status> fromFifth =
        machine.apply(enrolled(5, GradeSystem.SIX_THREE), toJunior(7, Optional.empty()));
    assertThat(((Rejection.GuardFailed) fromFifth.getLeft()).guard())
        .isEqualTo(Guard.PRIMARY_TO_JUNIOR);
    Either<Rejection, Status> toEighth =
        machine.apply(enrolled(6, GradeSystem.SIX_THREE), toJunior(8, Optional.empty()));
    assertThat(toEighth.getLeft().message()).contains("first junior grade G7");
    Either<Rejection, Status> wrongSystemGrade = machine.apply(
        enrolled(6, GradeSystem.SIX_THREE), toJunior(7, Optional.of(GradeSystem.FIVE_FOUR)));
    assertThat(wrongSystemGrade.isLeft()).isTrue();
  }

  @Test
  @Tag("R-SM-9")
  void transferBetweenSystemsMapsTheGradeByLevelAndYear() {
    Status out = machine
        .apply(
            enrolled(6, GradeSystem.FIVE_FOUR),
            e.school("2023-03-01", EventType.TRANSFER_OUT, Events.OTHER))
        .get();
    Status in = machine
        .apply(
            out,
            e.at("2023-03-05", EventType.CONFIRM_TRANSFER_IN)
                .school(Events.OTHER)
                .gradeSystem(GradeSystem.SIX_THREE)
                .build())
        .get();
    assertThat(in.grade()).as("初一 ↔ 初一").contains(Grade.of(7));
    assertThat(in.gradeSystem()).contains(GradeSystem.SIX_THREE);
  }

  @Test
  @Tag("R-SM-9")
  void transferWithoutACounterpartGradeIsRejected() {
    Status out = machine
        .apply(
            enrolled(9, GradeSystem.FIVE_FOUR),
            e.school("2023-03-01", EventType.TRANSFER_OUT, Events.OTHER))
        .get();
    Either<Rejection, Status> in = machine.apply(
        out,
        e.at("2023-03-05", EventType.CONFIRM_TRANSFER_IN)
            .school(Events.OTHER)
            .gradeSystem(GradeSystem.SIX_THREE)
            .build());
    assertThat(((Rejection.GuardFailed) in.getLeft()).guard()).isEqualTo(Guard.AFTER_TRANSFER_OUT);
    assertThat(in.getLeft().message()).contains("no grade of the same level and year");
  }

  @Test
  @Tag("R-SM-9")
  void guardsReadTheSystemOfTheSchoolAttended() {
    Status fiveFourFourth = enrolled(4, GradeSystem.FIVE_FOUR);
    Either<Rejection, Status> skipAcross =
        machine.apply(fiveFourFourth, e.grade("2023-02-01", EventType.SKIP, 6));
    assertThat(((Rejection.GuardFailed) skipAcross.getLeft()).guard())
        .isEqualTo(Guard.TWO_GRADES_UP_WITHIN_LEVEL);
    assertThat(machine
            .apply(enrolled(3, GradeSystem.SIX_THREE), e.grade("2023-02-01", EventType.SKIP, 5))
            .isRight())
        .isTrue();
  }

  @Test
  @Tag("R-SM-9")
  void gradeSystemIsAllowedOnlyOnEventsThatPlaceTheStudentInASchool() {
    assertThat(EventType.PROMOTE.allows(EventField.GRADE_SYSTEM)).isFalse();
    assertThat(EventType.PROGRESS_TO_JUNIOR.allows(EventField.GRADE_SYSTEM)).isTrue();
    assertThatThrownBy(() -> e.at("2023-09-01", EventType.PROMOTE)
            .grade(Grade.of(2))
            .gradeSystem(GradeSystem.FIVE_FOUR)
            .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not take GRADE_SYSTEM");
  }

  @ParameterizedTest(name = "R-SM-9 {0} G{1} -> {2} G{3}")
  @CsvSource({
    "SIX_THREE, 7, FIVE_FOUR, 6",
    "SIX_THREE, 9, FIVE_FOUR, 8",
    "FIVE_FOUR, 6, SIX_THREE, 7",
    "FIVE_FOUR, 5, SIX_THREE, 5",
    "SIX_THREE, 1, FIVE_FOUR, 1",
    "SIX_THREE, 6, FIVE_FOUR, 0",
    "FIVE_FOUR, 9, SIX_THREE, 0"
  })
  @Tag("R-SM-9")
  void counterpartGradeByLevelAndYearWithinLevel(
      GradeSystem from, int grade, GradeSystem to, int expected) {
    Optional<Grade> mapped = from.counterpartIn(to, Grade.of(grade));
    assertThat(mapped)
        .isEqualTo(expected == 0 ? Optional.empty() : Optional.of(Grade.of(expected)));
  }
}

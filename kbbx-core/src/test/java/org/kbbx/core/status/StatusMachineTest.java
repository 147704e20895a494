package org.kbbx.core.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kbbx.core.school.Grade;
import org.kbbx.core.school.GradeSystem;

class StatusMachineTest {

  private final StatusMachine machine = StatusMachine.national();
  private final Events ev = new Events();

  /** Applies the events in order; the first rejection ends the run. */
  private Either<Rejection, Status> run(StatusMachine m, StatusEvent... events) {
    Either<Rejection, Status> result = Either.right(Status.initial());
    for (StatusEvent event : events) {
      result = result.flatMap(status -> m.apply(status, event));
    }
    return result;
  }

  private Either<Rejection, Status> run(StatusEvent... events) {
    return run(machine, events);
  }

  private Status attendingIn(int grade) {
    return run(ev.enrol("2022-09-01", grade)).get();
  }

  @Test
  @Tag("R-SM-2")
  void nullStatusAndNullEventAreTypedRejections() {
    assertThat(machine.apply(null, null).getLeft()).isInstanceOf(Rejection.NullStatus.class);
    assertThat(machine.apply(null, null).getLeft().code().name()).isEqualTo("NULL_STATUS");
    Rejection nullEvent = machine.apply(Status.initial(), null).getLeft();
    assertThat(nullEvent.code().name()).isEqualTo("NULL_EVENT");
    assertThat(nullEvent.state()).isEqualTo(SchoolingState.NOT_ENROLLED);
    assertThat(nullEvent.event()).isNull();
  }

  @Test
  @Tag("R-SM-2")
  void rejectionNamesStateEventAndReason() {
    StatusEvent resume = ev.plain("2022-09-01", EventType.RESUME);
    Rejection rejection = machine.apply(Status.initial(), resume).getLeft();
    assertThat(rejection.code()).isEqualTo(Rejection.Code.NO_SUCH_TRANSITION);
    assertThat(rejection.state()).isEqualTo(SchoolingState.NOT_ENROLLED);
    assertThat(rejection.event()).isEqualTo(resume);
    assertThat(rejection.message()).contains("RESUME", "NOT_ENROLLED", "休学复学");
  }

  @Test
  @Tag("R-SM-7")
  void enrolOpensTheRecordAtTheSchoolAndGrade() {
    Status status = attendingIn(1);
    assertThat(status.schooling()).isEqualTo(SchoolingState.ATTENDING);
    assertThat(status.record()).isEqualTo(RecordState.ACTIVE);
    assertThat(status.recordSchool()).contains(Events.HOME);
    assertThat(status.attendingSchool()).contains(Events.HOME);
    assertThat(status.grade()).contains(Grade.of(1));
    assertThat(status.since()).contains(LocalDate.of(2022, 9, 1));
  }

  @Test
  @Tag("R-SM-7")
  void enrolWhileAttendingIsNoSuchTransition() {
    assertThat(run(ev.enrol("2022-09-01", 1), ev.enrol("2022-09-02", 1))
            .getLeft()
            .code()
            .name())
        .isEqualTo("NO_SUCH_TRANSITION");
  }

  @Test
  @Tag("R-SM-7")
  void enrolAfterDeferral() {
    Either<Rejection, Status> result =
        run(ev.until("2022-09-01", EventType.DEFER, "2023-08-31"), ev.enrol("2023-09-01", 1));
    assertThat(result.get().schooling()).isEqualTo(SchoolingState.ATTENDING);
    assertThat(result.get().deferralEnd()).isEmpty();
  }

  @Test
  @Tag("R-SM-7")
  void deferralMustEndLater() {
    Rejection rejection =
        run(ev.until("2022-09-01", EventType.DEFER, "2022-09-01")).getLeft();
    assertThat(rejection).isInstanceOf(Rejection.GuardFailed.class);
    assertThat(((Rejection.GuardFailed) rejection).guard()).isEqualTo(Guard.DEFERRAL_ENDS_LATER);
  }

  @ParameterizedTest(name = "R-SM-7 complete from G{0}: accepted={1}")
  @CsvSource({"9, true", "8, false", "6, false"})
  @Tag("R-SM-7")
  void completeOnlyFromTheLastGrade(int grade, boolean accepted) {
    Either<Rejection, Status> result =
        run(ev.enrol("2022-09-01", grade), ev.plain("2023-07-01", EventType.COMPLETE));
    assertThat(result.isRight()).isEqualTo(accepted);
    if (accepted) {
      assertThat(result.get().record()).isEqualTo(RecordState.CLOSED);
      assertThat(result.get().closingReason()).contains(ClosingReason.COMPLETED);
      assertThat(result.get().attendingSchool()).isEmpty();
    } else {
      assertThat(((Rejection.GuardFailed) result.getLeft()).guard()).isEqualTo(Guard.LAST_GRADE);
    }
  }

  @ParameterizedTest(name = "R-SM-7 {1} from G{0} to G{2}: accepted={3}")
  @CsvSource({
    "3, PROMOTE, 4, true",
    "3, PROMOTE, 5, false",
    "3, PROMOTE, 3, false",
    "9, PROMOTE, 8, false",
    "3, REPEAT, 3, true",
    "3, REPEAT, 4, false",
    "3, SKIP, 5, true",
    "4, SKIP, 6, true",
    "5, SKIP, 7, false",
    "6, SKIP, 8, false",
    "7, SKIP, 9, true",
    "3, SKIP, 4, false"
  })
  @Tag("R-SM-7")
  void gradeChangesByOneZeroOrTwoWithinLevel(int from, EventType type, int to, boolean accepted) {
    Either<Rejection, Status> result =
        run(ev.enrol("2022-09-01", from), ev.grade("2023-09-01", type, to));
    assertThat(result.isRight()).as(String.valueOf(result)).isEqualTo(accepted);
    if (accepted) {
      assertThat(result.get().grade()).contains(Grade.of(to));
    }
  }

  @Test
  @Tag("R-SM-7")
  void skipNeverAcrossTheLevelBoundaryUnderFiveFour() {
    StatusMachine fiveFour = StatusMachine.of(
        MachineParameters.builder().gradeSystem(GradeSystem.FIVE_FOUR).build());
    assertThat(run(fiveFour, ev.enrol("2022-09-01", 4), ev.grade("2023-09-01", EventType.SKIP, 6))
            .isLeft())
        .isTrue();
    assertThat(run(fiveFour, ev.enrol("2022-09-01", 6), ev.grade("2023-09-01", EventType.SKIP, 8))
            .isRight())
        .isTrue();
  }

  @Test
  @Tag("R-SM-7")
  void promotionNeverPastTheLastGrade() {
    Status nine = attendingIn(9);
    assertThat(Guard.ONE_GRADE_UP
            .check(nine, ev.grade("2023-09-01", EventType.PROMOTE, 9), machine.parameters())
            .isDefined())
        .isTrue();
  }

  @Test
  @Tag("R-SM-7")
  void resumeOnlyFromSuspended() {
    assertThat(run(ev.enrol("2022-09-01", 3), ev.plain("2022-10-01", EventType.RESUME))
            .getLeft()
            .code()
            .name())
        .isEqualTo("NO_SUCH_TRANSITION");
    Either<Rejection, Status> resumed = run(
        ev.enrol("2022-09-01", 3),
        ev.until("2022-10-01", EventType.SUSPEND, "2023-06-30"),
        ev.plain("2023-03-01", EventType.RESUME));
    assertThat(resumed.get().schooling()).isEqualTo(SchoolingState.ATTENDING);
    assertThat(resumed.get().suspensionStart()).isEmpty();
  }

  @Test
  @Tag("R-SM-7")
  void suspensionLengthAndExtensionsAreBounded() {
    StatusEvent enrol = ev.enrol("2022-09-01", 3);
    assertThat(
            run(enrol, ev.until("2022-10-01", EventType.SUSPEND, "2023-10-02")).getLeft())
        .isInstanceOf(Rejection.GuardFailed.class);
    Status suspended =
        run(enrol, ev.until("2022-10-01", EventType.SUSPEND, "2023-10-01")).get();
    Either<Rejection, Status> extended =
        machine.apply(suspended, ev.until("2023-09-01", EventType.EXTEND_SUSPENSION, "2024-10-01"));
    assertThat(extended.get().suspensionExtensions()).isEqualTo(1);
    assertThat(extended
            .flatMap(s ->
                machine.apply(s, ev.until("2024-09-01", EventType.EXTEND_SUSPENSION, "2024-10-01")))
            .getLeft()
            .message())
        .contains("already extended 1 time(s)");
    assertThat(machine
            .apply(suspended, ev.until("2023-09-01", EventType.EXTEND_SUSPENSION, "2024-10-02"))
            .getLeft()
            .message())
        .contains("must end by 2024-10-01");
  }

  @Test
  @Tag("R-SM-7")
  void noTransferWhileSuspended() {
    Status suspended = run(
            ev.enrol("2022-09-01", 3), ev.until("2022-10-01", EventType.SUSPEND, "2023-06-30"))
        .get();
    assertThat(machine
            .apply(suspended, ev.school("2022-11-01", EventType.TRANSFER_OUT, Events.OTHER))
            .getLeft()
            .code()
            .name())
        .isEqualTo("NO_SUCH_TRANSITION");
  }

  @Test
  @Tag("R-SM-7")
  @Tag("R-SM-8")
  void transferInOnlyAfterTransferOutAndRecordPendingMeanwhile() {
    Status attending = attendingIn(3);
    assertThat(machine
            .apply(attending, ev.school("2022-10-01", EventType.CONFIRM_TRANSFER_IN, Events.OTHER))
            .getLeft()
            .message())
        .contains("no transfer-out pending");
    Status pending = machine
        .apply(attending, ev.school("2022-10-01", EventType.TRANSFER_OUT, Events.OTHER))
        .get();
    assertThat(pending.record()).isEqualTo(RecordState.TRANSFER_PENDING);
    assertThat(pending.recordSchool()).contains(Events.HOME);
    assertThat(pending.attendingSchool()).contains(Events.OTHER);
    assertThat(pending.recordAndAttendingDiffer()).isTrue();
    assertThat(machine
            .apply(pending, ev.plain("2022-10-02", EventType.MARK_SUSPECTED))
            .isLeft())
        .isTrue();
    assertThat(machine
            .apply(pending, ev.school("2022-10-03", EventType.CONFIRM_TRANSFER_IN, Events.HOME))
            .isLeft())
        .isTrue();
    Status moved = machine
        .apply(pending, ev.school("2022-10-03", EventType.CONFIRM_TRANSFER_IN, Events.OTHER))
        .get();
    assertThat(moved.record()).isEqualTo(RecordState.ACTIVE);
    assertThat(moved.recordSchool()).contains(Events.OTHER);
    assertThat(moved.recordAndAttendingDiffer()).isFalse();
  }

  @Test
  @Tag("R-SM-8")
  void borrowedAttendsTheHostWhileTheRecordStays() {
    Status borrowed = machine
        .apply(attendingIn(3), ev.school("2022-10-01", EventType.BORROW, Events.OTHER))
        .get();
    assertThat(borrowed.schooling()).isEqualTo(SchoolingState.BORROWED);
    assertThat(borrowed.recordSchool()).contains(Events.HOME);
    assertThat(borrowed.attendingSchool()).contains(Events.OTHER);
    Status back =
        machine.apply(borrowed, ev.plain("2023-07-01", EventType.END_BORROW)).get();
    assertThat(back.attendingSchool()).contains(Events.HOME);
    assertThat(machine
            .apply(attendingIn(3), ev.school("2022-10-01", EventType.BORROW, Events.HOME))
            .isLeft())
        .isTrue();
  }

  @Test
  @Tag("R-SM-7")
  void returnFromSuspectedOrDroppedOut() {
    StatusEvent enrol = ev.enrol("2022-09-01", 7);
    StatusEvent suspected = ev.plain("2022-10-10", EventType.MARK_SUSPECTED);
    StatusEvent confirm = ev.plain("2022-11-01", EventType.CONFIRM_DROPOUT);
    StatusEvent back = ev.plain("2022-12-01", EventType.RETURN);
    Status dropped = run(enrol, suspected, confirm).get();
    assertThat(dropped.schooling()).isEqualTo(SchoolingState.DROPPED_OUT);
    assertThat(dropped.record()).isEqualTo(RecordState.ACTIVE);
    assertThat(dropped.attendingSchool()).isEmpty();
    assertThat(run(enrol, suspected, confirm, back).get().attendingSchool()).contains(Events.HOME);
    assertThat(run(enrol, suspected, back).get().schooling()).isEqualTo(SchoolingState.ATTENDING);
    assertThat(run(enrol, back).getLeft().code().name()).isEqualTo("NO_SUCH_TRANSITION");
  }

  @Test
  @Tag("R-ABS-3")
  void automaticDropoutOnSuspectedDatePlusOneMonthPlusOneDay() {
    StatusEvent enrol = ev.enrol("2023-09-01", 7);
    StatusEvent suspected = ev.plain("2023-10-09", EventType.MARK_SUSPECTED);
    assertThat(run(enrol, suspected, ev.plain("2023-11-09", EventType.AUTOMATIC_DROPOUT))
            .isLeft())
        .isTrue();
    assertThat(run(enrol, suspected, ev.plain("2023-11-10", EventType.AUTOMATIC_DROPOUT))
            .get()
            .schooling())
        .isEqualTo(SchoolingState.DROPPED_OUT);
    StatusMachine explicitOnly =
        StatusMachine.of(MachineParameters.builder().automaticDropout(false).build());
    assertThat(
            run(explicitOnly, enrol, suspected, ev.plain("2023-12-10", EventType.AUTOMATIC_DROPOUT))
                .getLeft()
                .message())
        .contains("confirms dropouts explicitly");
  }

  @Test
  @Tag("R-SM-5")
  void terminalStatesAcceptOnlyRetraction() {
    Status dead =
        run(ev.enrol("2022-09-01", 3), ev.plain("2022-10-01", EventType.DEATH)).get();
    assertThat(dead.record()).isEqualTo(RecordState.CLOSED);
    assertThat(dead.closingReason()).contains(ClosingReason.DECEASED);
    assertThat(machine
            .apply(dead, ev.plain("2022-10-02", EventType.FOUND))
            .getLeft()
            .code()
            .name())
        .isEqualTo("NO_SUCH_TRANSITION");
    assertThat(machine.apply(dead, ev.retract("2022-10-02", "e2")).get()).isEqualTo(dead);
  }

  @Test
  void eventDatedBeforeTheCurrentStateIsRejected() {
    Status attending = attendingIn(3);
    assertThat(machine
            .apply(attending, ev.plain("2022-08-31", EventType.START_LEAVE))
            .getLeft()
            .code()
            .name())
        .isEqualTo("EVENT_BEFORE_STATE");
  }

  @Test
  void foundIsNotAReturn() {
    Status found = run(
            ev.enrol("2022-09-01", 3),
            ev.plain("2022-10-01", EventType.REPORT_MISSING),
            ev.plain("2022-11-01", EventType.FOUND))
        .get();
    assertThat(found.schooling()).isEqualTo(SchoolingState.SUSPECTED_DROPOUT);
    assertThat(found.attendingSchool()).contains(Events.HOME);
  }

  @Test
  void specialSchoolTakesTheRecord() {
    Status special = machine
        .apply(
            attendingIn(8), ev.school("2022-10-01", EventType.ENTER_SPECIAL_SCHOOL, Events.OTHER))
        .get();
    assertThat(special.recordSchool()).contains(Events.OTHER);
    assertThat(special.attendingSchool()).contains(Events.OTHER);
  }
}

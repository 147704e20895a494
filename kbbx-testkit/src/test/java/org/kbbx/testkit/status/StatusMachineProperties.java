package org.kbbx.testkit.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.status.EventType;
import org.kbbx.core.status.MachineParameters;
import org.kbbx.core.status.RecordState;
import org.kbbx.core.status.Rejection;
import org.kbbx.core.status.SchoolingState;
import org.kbbx.core.status.Status;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.core.status.StatusMachine;
import org.kbbx.core.status.StudentTimeline;
import org.kbbx.core.status.Transition;
import org.kbbx.testkit.CoreGenerators;
import org.kbbx.testkit.Generator;
import org.kbbx.testkit.StatusGenerators;

/** The status machine's properties (R-SM-1, R-SM-2, R-SM-5, R-SM-7, R-SM-8), QT_EXAMPLES each. */
class StatusMachineProperties {

  private static final StudentId STUDENT = StudentId.of("G000001");

  /** A machine with random jurisdiction parameters and a status reached by a legal walk. */
  private static Generator<Tuple2<StatusMachine, Status>> reachable() {
    return c -> {
      StatusMachine machine = c.oneIn(2)
          ? StatusMachine.national()
          : StatusMachine.of(CoreGenerators.machineParameters().generate(c));
      Vector<StatusEvent> walk =
          StatusGenerators.legalSequences(STUDENT, machine, 25).generate(c);
      return Tuple.of(
          machine, StudentTimeline.of(STUDENT, machine).withAll(walk).current());
    };
  }

  /** An arbitrary event dated no earlier than the status' state began. */
  private static Generator<StatusEvent> eventAfter(Status status) {
    return c -> {
      StatusEvent event = StatusGenerators.events(STUDENT).generate(c);
      LocalDate since = status.since().orElse(event.effectiveDate());
      return since.isAfter(event.effectiveDate())
          ? StatusEvent.builder()
              .from(event)
              .effectiveDate(since.plusDays(c.between(0, 400)))
              .build()
          : event;
    };
  }

  @Test
  @Tag("R-SM-2")
  void applyIsTotalForEveryInputNullIncluded() {
    Generator<Tuple2<StatusMachine, Tuple2<Status, StatusEvent>>> inputs = c -> {
      Tuple2<StatusMachine, Status> reached = reachable().generate(c);
      Status status = c.oneIn(10) ? null : reached._2;
      StatusEvent event = c.oneIn(10) ? null : StatusGenerators.events(STUDENT).generate(c);
      return Tuple.of(reached._1, Tuple.of(status, event));
    };
    qt().forAll(inputs.toGen()).checkAssert(in -> {
      Either<Rejection, Status> result = in._1.apply(in._2._1, in._2._2);
      assertThat(result).isNotNull();
      if (result.isLeft()) {
        assertThat(result.getLeft().code()).isNotNull();
        assertThat(result.getLeft().message()).isNotBlank();
        assertThat(result.getLeft().event()).isSameAs(in._2._2);
      }
    });
  }

  @Test
  @Tag("R-SM-1")
  void everyRowFiresExactlyAsDeclaredAndAbsentPairsAreNoSuchTransition() {
    Generator<Tuple2<Tuple2<StatusMachine, Status>, StatusEvent>> inputs = c -> {
      Tuple2<StatusMachine, Status> reached = reachable().generate(c);
      return Tuple.of(reached, eventAfter(reached._2).generate(c));
    };
    qt().forAll(inputs.toGen()).checkAssert(in -> {
      StatusMachine machine = in._1._1;
      Status status = in._1._2;
      StatusEvent event = in._2;
      Option<Transition> row = machine.table().find(status.schooling(), event.type());
      Either<Rejection, Status> result = machine.apply(status, event);
      if (row.isEmpty()) {
        assertThat(result.getLeft().code()).isEqualTo(Rejection.Code.NO_SUCH_TRANSITION);
        assertThat(machine.table().legalEventsFrom(status.schooling()))
            .doesNotContain(event.type());
      } else if (result.isRight()) {
        assertThat(result.get().schooling()).isEqualTo(row.get().to());
        assertThat(row.get().guard().check(status, event, machine.parameters()).isEmpty())
            .isTrue();
      } else {
        Rejection.GuardFailed failed = (Rejection.GuardFailed) result.getLeft();
        assertThat(failed.guard()).isEqualTo(row.get().guard());
        assertThat(row.get().guard().check(status, event, machine.parameters()).isDefined())
            .isTrue();
      }
    });
  }

  @Test
  @Tag("R-SM-5")
  void terminalStatesAbsorbEverythingButRetraction() {
    Generator<Tuple2<Status, StatusEvent>> inputs = c -> {
      Status reached = reachable().generate(c)._2;
      Status terminal = reached.isTerminal()
          ? reached
          : StatusMachine.national()
              .apply(
                  reached,
                  StatusEvent.of(
                      "end",
                      STUDENT,
                      reached.since().orElse(LocalDate.of(2000, 1, 1)),
                      0,
                      c.oneIn(2) ? EventType.DEATH : EventType.AGE_OUT))
              .get();
      return Tuple.of(terminal, eventAfter(terminal).generate(c));
    };
    qt().forAll(inputs.toGen()).checkAssert(in -> {
      assertThat(in._1.isTerminal()).isTrue();
      Either<Rejection, Status> result = StatusMachine.national().apply(in._1, in._2);
      if (in._2.type() == EventType.RETRACTION) {
        assertThat(result.get()).isEqualTo(in._1);
      } else {
        assertThat(result.getLeft().code()).isEqualTo(Rejection.Code.NO_SUCH_TRANSITION);
      }
    });
  }

  @Test
  @Tag("R-SM-7")
  void legalRandomWalksAreNeverRejected() {
    Generator<Tuple2<MachineParameters, Vector<StatusEvent>>> walks = c -> {
      MachineParameters parameters = c.oneIn(3)
          ? MachineParameters.national()
          : CoreGenerators.machineParameters().generate(c);
      return Tuple.of(
          parameters,
          StatusGenerators.legalSequences(
                  STUDENT, StatusMachine.of(parameters), StatusGenerators.DEFAULT_MAX_LENGTH)
              .generate(c));
    };
    qt().forAll(walks.toGen()).checkAssert(in -> {
      StatusMachine machine = StatusMachine.of(in._1);
      Status status = Status.initial();
      for (StatusEvent event : in._2) {
        Either<Rejection, Status> next = machine.apply(status, event);
        assertThat(next.isRight()).as("%s rejected: %s", event, next).isTrue();
        status = next.get();
      }
    });
  }

  @Test
  @Tag("R-SM-8")
  void recordAndAttendingSchoolDifferOnlyWhenBorrowedOrTransferPending() {
    qt().forAll(StatusGenerators.eventSets(STUDENT, StatusMachine.national()).toGen())
        .checkAssert(events -> {
          StudentTimeline timeline = StudentTimeline.of(STUDENT).withAll(events);
          timeline.entries().forEach(entry -> {
            Status s = entry.status();
            boolean borrowedOrPending = s.schooling() == SchoolingState.BORROWED
                || s.record() == RecordState.TRANSFER_PENDING;
            assertThat(s.recordAndAttendingDiffer()).as("%s", s).isEqualTo(borrowedOrPending);
          });
        });
  }
}

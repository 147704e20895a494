package org.kbbx.core.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.school.Grade;

/**
 * R-SM-1, R-SM-2: every one of the 16 states × every event type is decided exactly as the table
 * declares — the row's target state, or a failure of the row's guard, or "no such transition" —
 * and nothing throws.
 */
class EveryStateEveryEventTest {

  private final StatusMachine machine = StatusMachine.national();
  private final Events ev = new Events();

  private Status reach(StatusEvent... path) {
    Status status = Status.initial();
    for (StatusEvent event : path) {
      status = machine.apply(status, event).get();
    }
    return status;
  }

  private Map<SchoolingState, Status> oneStatusPerState() {
    Map<SchoolingState, Status> statuses = new EnumMap<>(SchoolingState.class);
    StatusEvent enrol = ev.enrol("2022-09-01", 9);
    statuses.put(SchoolingState.NOT_ENROLLED, Status.initial());
    statuses.put(
        SchoolingState.DEFERRED, reach(ev.until("2022-09-01", EventType.DEFER, "2023-08-31")));
    statuses.put(SchoolingState.ATTENDING, reach(enrol));
    statuses.put(
        SchoolingState.ON_LEAVE, reach(enrol, ev.plain("2022-10-01", EventType.START_LEAVE)));
    StatusEvent suspected = ev.plain("2022-10-01", EventType.MARK_SUSPECTED);
    statuses.put(SchoolingState.SUSPECTED_DROPOUT, reach(enrol, suspected));
    statuses.put(
        SchoolingState.DROPPED_OUT,
        reach(enrol, suspected, ev.plain("2022-11-01", EventType.CONFIRM_DROPOUT)));
    statuses.put(
        SchoolingState.SUSPENDED,
        reach(enrol, ev.until("2022-10-01", EventType.SUSPEND, "2023-01-31")));
    statuses.put(
        SchoolingState.HOME_EDUCATION,
        reach(enrol, ev.plain("2022-10-01", EventType.START_HOME_EDUCATION)));
    statuses.put(
        SchoolingState.STUDYING_ELSEWHERE,
        reach(
            enrol,
            ev.at("2022-10-01", EventType.STUDY_ELSEWHERE).evidence("在外就读证明").build()));
    statuses.put(
        SchoolingState.BORROWED,
        reach(enrol, ev.school("2022-10-01", EventType.BORROW, Events.OTHER)));
    statuses.put(
        SchoolingState.SPECIAL_SCHOOL,
        reach(enrol, ev.school("2022-10-01", EventType.ENTER_SPECIAL_SCHOOL, Events.OTHER)));
    statuses.put(
        SchoolingState.COMPLETED, reach(enrol, ev.plain("2023-07-01", EventType.COMPLETE)));
    statuses.put(SchoolingState.ABROAD, reach(enrol, ev.plain("2022-10-01", EventType.GO_ABROAD)));
    statuses.put(
        SchoolingState.MISSING, reach(enrol, ev.plain("2022-10-01", EventType.REPORT_MISSING)));
    statuses.put(SchoolingState.DECEASED, reach(ev.plain("2022-10-01", EventType.DEATH)));
    statuses.put(SchoolingState.AGED_OUT, reach(ev.plain("2022-10-01", EventType.AGE_OUT)));
    return statuses;
  }

  /** An event of {@code type} with plausible fields, dated 2024-06-01. */
  private StatusEvent eventOf(EventType type, Status status) {
    StatusEvent.Builder b = ev.at("2024-06-01", type);
    for (EventField field : type.requiredFields()) {
      switch (field) {
        case SCHOOL:
          b.school(
              type == EventType.CONFIRM_TRANSFER_IN || type == EventType.ENROL
                  ? Events.HOME
                  : Events.OTHER);
          break;
        case GRADE:
          b.grade(Grade.of(status.grade().map(g -> Math.min(g.number() + 1, 9)).orElse(1)));
          break;
        case UNTIL:
          b.until(LocalDate.of(2024, 12, 31));
          break;
        case TARGET_EVENT:
          b.targetEventId("e1");
          break;
        default:
          b.evidence("证明");
          break;
      }
    }
    return b.build();
  }

  @Test
  @Tag("R-SM-1")
  @Tag("R-SM-2")
  void everyStateTimesEveryEventTypeIsDecidedAsTheTableDeclares() {
    Map<SchoolingState, Status> statuses = oneStatusPerState();
    assertThat(statuses).hasSize(SchoolingState.values().length);
    int applied = 0;
    for (SchoolingState state : SchoolingState.values()) {
      Status status = statuses.get(state);
      assertThat(status.schooling()).isEqualTo(state);
      for (EventType type : EventType.values()) {
        StatusEvent event = eventOf(type, status);
        Either<Rejection, Status> result = machine.apply(status, event);
        Option<Transition> row = machine.table().find(state, type);
        if (row.isEmpty()) {
          assertThat(result.getLeft().code()).isEqualTo(Rejection.Code.NO_SUCH_TRANSITION);
        } else if (result.isRight()) {
          assertThat(result.get().schooling()).isEqualTo(row.get().to());
          applied++;
        } else {
          assertThat(((Rejection.GuardFailed) result.getLeft()).guard())
              .isEqualTo(row.get().guard());
        }
      }
    }
    assertThat(applied).as("rows that fired with plausible fields").isGreaterThan(70);
  }

  @Test
  @Tag("R-SM-2")
  void nullEventInEveryStateIsATypedRejection() {
    List.ofAll(oneStatusPerState().values())
        .forEach(
            status -> assertThat(machine.apply(status, null).getLeft().code().name())
                .isEqualTo("NULL_EVENT"));
  }
}

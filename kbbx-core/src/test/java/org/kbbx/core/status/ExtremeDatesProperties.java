package org.kbbx.core.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.school.Grade;
import org.kbbx.core.time.SchoolCalendar;
import org.kbbx.core.time.SupportedDates;
import org.kbbx.core.time.Term;
import org.quicktheories.core.Gen;

/**
 * The status machine, its guards and parameters, and the school calendar answer every date —
 * {@link LocalDate#MIN}, {@link LocalDate#MAX}, the days next to them, any day in between — and
 * every null event or status with a typed result, never an exception (R-SM-2).
 */
class ExtremeDatesProperties {

  private static final StudentId STUDENT = StudentId.of("S1");
  private static final AtomicLong IDS = new AtomicLong();

  /** Dates at and near the ends of {@code LocalDate}, the supported range, and anywhere. */
  static Gen<LocalDate> anyDate() {
    Gen<LocalDate> extremes = arbitrary()
        .pick(List.of(
            LocalDate.MIN,
            LocalDate.MIN.plusDays(1),
            LocalDate.MIN.plusMonths(1),
            LocalDate.MAX,
            LocalDate.MAX.minusDays(1),
            LocalDate.MAX.minusMonths(1),
            LocalDate.MAX.minusYears(1),
            LocalDate.MAX.minusYears(2),
            SupportedDates.FIRST,
            SupportedDates.LAST,
            LocalDate.of(2023, 10, 9)));
    Gen<LocalDate> anywhere = longs()
        .between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
        .map(LocalDate::ofEpochDay);
    return extremes.mix(anywhere, 40);
  }

  /** Parameters anywhere in their valid ranges (R-PROF-5), the extremes included. */
  static Gen<MachineParameters> anyParameters() {
    return integers()
        .between(1, 24)
        .zip(
            integers().between(0, 3),
            integers().between(1, 12),
            (months, extensions, wait) -> MachineParameters.builder()
                .maxSuspension(Period.ofMonths(months))
                .maxSuspensionExtensions(extensions)
                .maxSuspensionTotal(Period.ofYears(2))
                .automaticDropoutAfter(Period.ofMonths(wait))
                .build());
  }

  static StatusEvent event(EventType type, LocalDate on, LocalDate until, Status status) {
    StatusEvent.Builder b = StatusEvent.builder()
        .id("e" + IDS.incrementAndGet())
        .student(STUDENT)
        .effectiveDate(on)
        .sequence(1)
        .type(type);
    for (EventField field : type.requiredFields()) {
      switch (field) {
        case SCHOOL -> b.school(org.kbbx.core.id.SchoolId.of("S-HOME"));
        case GRADE ->
          b.grade(Grade.of(status.grade().map(g -> Math.min(g.number() + 1, 9)).orElse(1)));
        case UNTIL -> b.until(until);
        case TARGET_EVENT -> b.targetEventId("e1");
        default -> b.evidence("证明");
      }
    }
    return b.build();
  }

  @Test
  @Tag("R-SM-2")
  @Tag("R-SM-3")
  void theMachineAndEveryGuardAnswerEveryDateWithATypedResult() {
    qt().forAll(anyDate(), anyDate(), anyDate(), anyParameters())
        .checkAssert((first, second, until, parameters) -> {
          StatusMachine machine = StatusMachine.of(parameters);
          Status status = Status.initial();
          for (EventType type :
              List.of(EventType.ENROL, EventType.MARK_SUSPECTED, EventType.SUSPEND)) {
            Either<Rejection, Status> step =
                machine.apply(status, event(type, first, until, status));
            assertThat(step).isNotNull();
            status = step.getOrElse(status);
          }
          for (EventType type : EventType.values()) {
            StatusEvent event = event(type, second, until, status);
            Either<Rejection, Status> result = machine.apply(status, event);
            assertThat(result).isNotNull();
            if (result.isLeft()) {
              assertThat(result.getLeft().message()).isNotBlank();
            }
            for (Guard guard : Guard.values()) {
              assertThat(guard.check(status, event, parameters)).isNotNull();
            }
          }
          assertThat(parameters.automaticDropoutDate(second)).isAfterOrEqualTo(second);
          StudentTimeline timeline = StudentTimeline.of(STUDENT, machine)
              .with(event(EventType.ENROL, first, until, Status.initial()))
              .with(event(EventType.MARK_SUSPECTED, second, until, Status.initial()));
          assertThat(timeline.size()).isEqualTo(2); // kept, applied or rejected (R-SM-3)
          assertThat(timeline.statusOn(until)).isNotNull();
        });
  }

  @Test
  @Tag("R-SM-2")
  void nullStatusAndNullEventAreTypedRejections() {
    qt().forAll(anyDate(), anyParameters()).checkAssert((on, parameters) -> {
      StatusMachine machine = StatusMachine.of(parameters);
      StatusEvent event = event(EventType.ENROL, on, on, Status.initial());
      assertThat(machine.apply(null, event).getLeft().message()).isNotBlank();
      assertThat(machine.apply(Status.initial(), null).getLeft().message()).isNotBlank();
      assertThat(machine.apply(null, null).isLeft()).isTrue();
    });
  }

  @Test
  @Tag("R-SM-2")
  void aCalendarAnswersEveryDateAndCountWithoutThrowing() {
    qt().forAll(
            anyDate(),
            integers().between(0, Term.MAX_LENGTH_DAYS - 1),
            anyDate(),
            longs().all())
        .checkAssert((start, length, asked, n) -> {
          LocalDate end = LocalDate.ofEpochDay(
              Math.min(LocalDate.MAX.toEpochDay(), start.toEpochDay() + length));
          SchoolCalendar calendar = SchoolCalendar.builder()
              .term(Term.of("term", org.kbbx.core.time.TermKind.AUTUMN, start, end))
              .holiday(end)
              .holidays(start, start)
              .build();
          long total = calendar.schoolDaysBetween(LocalDate.MIN, LocalDate.MAX);
          assertThat(total).isBetween(0L, (long) length + 1);
          assertThat(calendar.isSchoolDay(asked)).isIn(true, false);
          assertThat(calendar.schoolDaysBetween(asked, end)).isBetween(-total, total);
          assertThat(calendar.plusSchoolDays(asked, n)).isNotNull();
          assertThat(calendar.plusSchoolDays(asked, n == Long.MIN_VALUE ? n : -n))
              .isNotNull();
          assertThat(calendar.schoolDays(start, LocalDate.MAX).count()).isEqualTo(total);
          assertThat(calendar.schoolDays(LocalDate.MIN, asked).count()).isBetween(0L, total);
          assertThat(calendar.termContaining(asked)).isNotNull();
        });
  }
}

package org.kbbx.rules.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.responsibility.Role;
import org.kbbx.core.time.SchoolCalendar;
import org.kbbx.core.time.Term;
import org.kbbx.core.time.TermKind;
import org.kbbx.rules.obligation.DayCount;
import org.kbbx.rules.obligation.DayUnit;
import org.kbbx.rules.obligation.TestCalendar;
import org.quicktheories.core.Gen;

/**
 * The return-persuasion case machine answers every date, every deadline length and a null case
 * or event with a typed result, never an exception (R-SM-2), and keeps every event (R-SM-3).
 */
class ExtremeCaseProperties {

  private static final List<SchoolCalendar> CALENDARS = List.of(
      TestCalendar.weekdays(),
      SchoolCalendar.builder()
          .term(Term.of("last", TermKind.AUTUMN, LocalDate.MAX.minusDays(30), LocalDate.MAX))
          .build());

  static Gen<LocalDate> anyDate() {
    Gen<LocalDate> extremes = arbitrary()
        .pick(List.of(
            LocalDate.MIN,
            LocalDate.MIN.plusDays(1),
            LocalDate.MAX,
            LocalDate.MAX.minusDays(1),
            LocalDate.MAX.minusDays(10),
            LocalDate.of(2023, 10, 9)));
    return extremes.mix(
        longs()
            .between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
            .map(LocalDate::ofEpochDay),
        40);
  }

  @Test
  @Tag("R-SM-2")
  @Tag("R-SM-3")
  void everyDateAndDeadlineGivesACaseOrATypedRejection() {
    qt().forAll(
            anyDate(),
            anyDate(),
            integers().between(0, Integer.MAX_VALUE),
            integers().between(0, 2 * DayUnit.values().length - 1))
        .checkAssert((opened, later, amount, pick) -> {
          DayUnit unit = DayUnit.values()[pick % DayUnit.values().length];
          int which = pick / DayUnit.values().length;
          Map<CaseStep, DayCount> deadlines = new EnumMap<>(CaseStep.class);
          for (CaseStep step : CaseStep.values()) {
            deadlines.put(step, new DayCount(amount, unit));
          }
          CaseMachine machine = CaseMachine.of(deadlines, List.of(), CALENDARS.get(which));
          ReturnCase c = machine.open(StudentId.of("S1"), opened, Option.none());
          int events = 0;
          for (CaseStep step : CaseStep.values()) {
            CaseEvent event =
                new CaseEvent.Step(step, later, Role.SCHOOL, Evidence.of(step.evidence(), "DOC"));
            assertThat(machine.apply(c, event)).isNotNull();
            c = machine.record(c, event);
            events++;
            assertThat(machine.nextDue(c)).isNotNull();
            assertThat(machine.overdue(c, LocalDate.MAX)).isNotNull();
            assertThat(machine.overdue(c, LocalDate.MIN)).isNotNull();
          }
          assertThat(c.events().size() + c.rejected().size()).isEqualTo(events);
          assertThat(machine.apply(null, null).getLeft().code().name()).isEqualTo("CASE_NULL_CASE");
          assertThat(machine.apply(c, null).getLeft().code().name()).isEqualTo("CASE_NULL_EVENT");
        });
  }
}

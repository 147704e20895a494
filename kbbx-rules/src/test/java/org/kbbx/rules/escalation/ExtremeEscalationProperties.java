package org.kbbx.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.time.SchoolCalendar;
import org.kbbx.core.time.SupportedDates;
import org.kbbx.core.time.Term;
import org.kbbx.core.time.TermKind;
import org.kbbx.rules.obligation.DayCount;
import org.kbbx.rules.obligation.DayUnit;
import org.kbbx.rules.obligation.TestCalendar;
import org.quicktheories.core.Gen;

/**
 * The absence escalation, its ledger, the dropout rule and deadlines answer every date —
 * {@link LocalDate#MIN}, {@link LocalDate#MAX}, their neighbours, any day — every period and
 * every null with a typed result, never an exception (R-SM-2), and keep every input (R-SM-3).
 */
class ExtremeEscalationProperties {

  private static final StudentId S = StudentId.of("S1");

  /** A plain calendar, and one whose only term ends on {@link LocalDate#MAX}. */
  private static final List<SchoolCalendar> CALENDARS = List.of(
      TestCalendar.autumn2023(),
      SchoolCalendar.builder()
          .term(Term.of("last", TermKind.AUTUMN, LocalDate.MAX.minusDays(40), LocalDate.MAX))
          .build());

  static Gen<LocalDate> anyDate() {
    Gen<LocalDate> extremes = arbitrary()
        .pick(List.of(
            LocalDate.MIN,
            LocalDate.MIN.plusDays(1),
            LocalDate.MAX,
            LocalDate.MAX.minusDays(1),
            LocalDate.MAX.minusDays(20),
            LocalDate.MAX.minusMonths(1),
            SupportedDates.FIRST,
            SupportedDates.LAST,
            LocalDate.of(2023, 10, 9)));
    Gen<LocalDate> anywhere = longs()
        .between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
        .map(LocalDate::ofEpochDay);
    return extremes.mix(anywhere, 40);
  }

  static EscalationInput input(int kind, LocalDate on) {
    switch (kind) {
      case 0:
        return null;
      case 1:
        return new EscalationInput.Return(S, on);
      case 2:
        return new EscalationInput.DropoutConfirmation(S, on);
      default:
        return new EscalationInput.Mark(S, on, MarkKind.values()[(kind - 3) % 3]);
    }
  }

  @Test
  @Tag("R-SM-2")
  void theEngineTakesEveryDateAndNullAsATypedResult() {
    qt().forAll(
            anyDate(), integers().between(1, 60), booleans().all(), booleans().all())
        .checkAssert((day, threshold, automatic, nearMax) -> {
          AbsenceEscalation engine = AbsenceEscalation.of(
              Rules.of(
                  threshold,
                  Comparison.REACHES,
                  automatic ? DropoutMode.AUTOMATIC : DropoutMode.CONFIRMATION_REQUIRED),
              CALENDARS.get(nearMax ? 1 : 0));
          StudentEscalation state = StudentEscalation.attending();
          LocalDate on = day;
          for (int i = 0; i < 80; i++) {
            Either<EscalationRejection, EscalationStep> step =
                engine.apply(state, input(3 + (i % 7 == 6 ? 1 : 2), on));
            assertThat(step).isNotNull();
            state = step.map(EscalationStep::state).getOrElse(state);
            on = engine.calendar().plusSchoolDays(on, 1).getOrElse(on);
          }
          assertThat(engine.apply(state, null).getLeft().code().name()).isEqualTo("ESC_NULL_INPUT");
          assertThat(engine.dropoutDue(state)).isNotNull();
          assertThat(engine.dropoutDue(null)).isEmpty();
          for (LocalDate asOf : List.of(on, LocalDate.MAX, LocalDate.MIN, day)) {
            assertThat(engine.advance(S, state, asOf).isRight()).isTrue();
          }
          assertThat(engine.advance(null, state, day).getLeft().code().name())
              .isEqualTo("ESC_NULL_ARGUMENT");
          assertThat(engine.advance(S, state, null).getLeft().code().name())
              .isEqualTo("ESC_NULL_ARGUMENT");
        });
  }

  @Test
  @Tag("R-SM-2")
  @Tag("R-SM-3")
  void theLedgerTakesEveryDateAndNullAndKeepsEveryInput() {
    qt().forAll(
            anyDate(),
            integers().between(0, 6),
            integers().between(0, 6),
            booleans().all())
        .checkAssert((day, kindA, kindB, nearMax) -> {
          AbsenceEscalation engine =
              AbsenceEscalation.of(Rules.xxCountyLike(), CALENDARS.get(nearMax ? 1 : 0));
          EscalationLedger ledger = EscalationLedger.empty(engine);
          List<EscalationInput> inputs = Arrays.asList(input(kindA, day), input(kindB, day));
          EscalationLedger.LedgerDay fed = ledger.feed(day, inputs);
          assertThat(fed.rejections().size())
              .isBetween((int) inputs.stream().filter(i -> i == null).count(), inputs.size());
          EscalationLedger.LedgerDay none = ledger.feed(null, inputs);
          assertThat(none.rejections()).hasSize(inputs.size() + 1); // the day, then every input
          assertThat(none.rejections().head().code().name()).isEqualTo("ESC_NULL_ARGUMENT");
          assertThat(ledger.advanceTo(null).rejections().head().code().name())
              .isEqualTo("ESC_NULL_ARGUMENT");
          assertThat(fed.ledger().advanceTo(LocalDate.MAX)).isNotNull();
        });
  }

  @Test
  @Tag("R-SM-2")
  void deadlinesAndTheDropoutRuleAnswerEveryDateAndPeriod() {
    qt().forAll(
            anyDate(),
            integers().between(0, Integer.MAX_VALUE),
            arbitrary().enumValues(DayUnit.class),
            integers().between(1, Integer.MAX_VALUE))
        .checkAssert((start, amount, unit, months) -> {
          for (SchoolCalendar calendar : CALENDARS) {
            var due = new DayCount(amount, unit).dueFrom(start, calendar);
            assertThat(due).isNotNull();
            due.forEach(d -> assertThat(d).isAfterOrEqualTo(start));
          }
          LocalDate dropout =
              new DropoutRule(DropoutMode.AUTOMATIC, months, List.of()).dueAfter(start);
          assertThat(dropout).isAfterOrEqualTo(start);
        });
  }

  @Test
  @Tag("R-SM-2")
  void aDayOfManyStudentsOnTheLastDatesKeepsEveryInput() {
    qt().forAll(integers().between(1, 40)).checkAssert(students -> {
      AbsenceEscalation engine = AbsenceEscalation.of(Rules.xxCountyLike(), CALENDARS.get(1));
      EscalationLedger ledger = EscalationLedger.empty(engine);
      LocalDate day = LocalDate.MAX.minusDays(40);
      int rejected = 0;
      int inputs = 0;
      while (day != null) {
        List<EscalationInput> marks = new ArrayList<>();
        for (int s = 0; s < students; s++) {
          marks.add(
              new EscalationInput.Mark(StudentId.of("S" + s), day, MarkKind.ABSENT_WITHOUT_REASON));
        }
        EscalationLedger.LedgerDay fed = ledger.feed(day, marks);
        rejected += fed.rejections().size();
        inputs += marks.size();
        ledger = fed.ledger();
        day = day.equals(LocalDate.MAX) ? null : day.plusDays(1);
      }
      assertThat(rejected).isZero();
      assertThat(inputs).isEqualTo(41 * students);
      assertThat(ledger.state(StudentId.of("S0")).status())
          .isNotEqualTo(EscalationStatus.ATTENDING);
    });
  }
}

package org.kbbx.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.status.StatusEvent;
import org.quicktheories.core.Gen;

/**
 * The number-based entry points of the engine ({@link AbsenceEscalation#mark(EscalationNumbers,
 * StudentId, LocalDate, MarkKind, List, List)}, {@link AbsenceEscalation#advance(EscalationNumbers,
 * StudentId, LocalDate, List, List)}) answer exactly as the object API on random states and
 * inputs: the same state, alerts and derived events, and an input the object API rejects is not
 * taken.
 */
class EscalationNumbersProperties {

  private static final LocalDate START = EscalationProperties.START;
  private static final StudentId S = EscalationProperties.S;

  /** A random state: status, an optional streak, optional suspected and last-input days. */
  private static Gen<StudentEscalation> states() {
    Gen<Integer> offset = integers().between(0, 40);
    return integers()
        .between(0, EscalationStatus.values().length - 1)
        .zip(integers().between(0, 9), offset, integers().between(0, 3), (s, len, counted, extra) ->
            new int[] {s, len, counted, extra})
        .zip(offset, integers().between(-1, 45), (a, suspected, last) -> {
          Option<Streak> streak = a[1] == 0
              ? Option.none()
              : Option.some(new Streak(a[1], START.plusDays(a[2]), START.plusDays(a[2] + a[3])));
          return new StudentEscalation(
              EscalationStatus.values()[a[0]],
              streak,
              suspected % 3 == 0 ? Option.none() : Option.some(START.plusDays(suspected)),
              last < 0 ? Option.none() : Option.some(START.plusDays(last)));
        });
  }

  private static Gen<EscalationRules> rules() {
    return integers()
        .between(1, 7)
        .zip(
            booleans().all(),
            booleans().all(),
            (threshold, reaches, automatic) -> Rules.of(
                threshold,
                reaches ? Comparison.REACHES : Comparison.MORE_THAN,
                automatic ? DropoutMode.AUTOMATIC : DropoutMode.CONFIRMATION_REQUIRED));
  }

  /** Steps: day offset * 8 + (0..2 a mark of that kind, 3 an advance to that day). */
  private static Gen<List<Integer>> steps() {
    return lists().of(integers().between(0, 60 * 8 - 1)).ofSizeBetween(1, 40);
  }

  @Test
  @Tag("R-ABS-1")
  @Tag("R-ABS-2")
  @Tag("R-ABS-3")
  @Tag("R-ABS-4")
  @Tag("R-FILE-4")
  void numbersAnswerAsTheObjectsOnRandomStatesAndInputs() {
    qt().forAll(rules(), states(), steps()).checkAssert((rules, start, steps) -> {
      AbsenceEscalation engine = AbsenceEscalation.of(rules, EscalationProperties.CALENDAR);
      StudentEscalation state = start;
      EscalationNumbers numbers = EscalationNumbers.attending();
      assertThat(numbers.load(state)).isTrue();
      assertThat(numbers.toEscalation()).isEqualTo(state);
      for (int code : steps) {
        LocalDate day = START.plusDays(code / 8);
        int what = code % 8 % 4;
        List<Alert> alerts = new ArrayList<>();
        List<StatusEvent> events = new ArrayList<>();
        if (what == 3) {
          EscalationStep step = engine.advance(S, state, day).get();
          assertThat(engine.advance(numbers, S, day, alerts, events)).isTrue();
          assertThat(numbers.toEscalation()).isEqualTo(step.state());
          assertThat(alerts).isEqualTo(step.alerts().asJava());
          assertThat(events).isEqualTo(step.events().asJava());
          state = step.state();
        } else {
          MarkKind kind = MarkKind.values()[what];
          Either<EscalationRejection, EscalationStep> step =
              engine.apply(state, new EscalationInput.Mark(S, day, kind));
          boolean taken = engine.mark(numbers, S, day, kind, alerts, events);
          assertThat(taken).isEqualTo(step.isRight());
          if (step.isRight()) {
            assertThat(alerts).isEqualTo(step.get().alerts().asJava());
            assertThat(events).isEqualTo(step.get().events().asJava());
            state = step.get().state();
          } else {
            assertThat(alerts).isEmpty();
            assertThat(events).isEmpty();
          }
          assertThat(numbers.toEscalation()).isEqualTo(state);
        }
        assertThat(engine.dropoutDueDay(numbers))
            .isEqualTo(engine.dropoutDue(state).map(LocalDate::toEpochDay).getOrElse((long)
                EscalationNumbers.NONE));
      }
    });
  }

  @Test
  void numbersRefuseNullsWithoutChange() {
    AbsenceEscalation engine =
        AbsenceEscalation.of(Rules.xxCountyLike(), EscalationProperties.CALENDAR);
    EscalationNumbers numbers = EscalationNumbers.attending();
    List<Alert> alerts = new ArrayList<>();
    List<StatusEvent> events = new ArrayList<>();
    assertThat(engine.mark(numbers, null, START, MarkKind.ABSENT_WITHOUT_REASON, alerts, events))
        .isFalse();
    assertThat(engine.mark(null, S, START, MarkKind.ABSENT_WITHOUT_REASON, alerts, events))
        .isFalse();
    assertThat(engine.mark(numbers, S, START, null, alerts, events)).isFalse();
    assertThat(engine.advance(numbers, S, null, alerts, events)).isFalse();
    assertThat(engine.dropoutDueDay(null)).isEqualTo(EscalationNumbers.NONE);
    assertThat(numbers.toEscalation()).isEqualTo(StudentEscalation.attending());
    assertThat(alerts).isEmpty();
    assertThat(events).isEmpty();
  }
}

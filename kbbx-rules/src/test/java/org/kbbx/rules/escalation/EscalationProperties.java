package org.kbbx.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.status.EventType;
import org.kbbx.core.time.SchoolCalendar;
import org.kbbx.rules.obligation.TestCalendar;
import org.quicktheories.core.Gen;

/** Properties of the escalation engine: total, deterministic, and the streak semantics of R-ABS-1. */
class EscalationProperties {

  static final LocalDate START = LocalDate.of(2023, 9, 18);
  static final SchoolCalendar CALENDAR = TestCalendar.autumn2023();
  static final org.kbbx.core.id.StudentId S = org.kbbx.core.id.StudentId.of("S1");

  /** Codes per calendar day: 0 no mark, 1 absent without reason, 2 excused, 3 present. */
  static Gen<List<Integer>> days() {
    return lists().of(integers().between(0, 3)).ofSizeBetween(0, 60);
  }

  static Optional<LocalDate> engineSuspectedOn(List<Integer> codes, EscalationRules rules) {
    EscalationLedger ledger = EscalationLedger.empty(AbsenceEscalation.of(rules, CALENDAR));
    for (int i = 0; i < codes.size(); i++) {
      LocalDate day = START.plusDays(i);
      List<EscalationInput> inputs = new ArrayList<>();
      if (codes.get(i) > 0) {
        MarkKind kind = MarkKind.values()[codes.get(i) - 1];
        inputs.add(new EscalationInput.Mark(S, day, kind));
      }
      var fed = ledger.feed(day, inputs);
      var suspected = fed.events().find(e -> e.type() == EventType.MARK_SUSPECTED);
      if (suspected.isDefined()) {
        return Optional.of(suspected.get().effectiveDate());
      }
      ledger = fed.ledger();
    }
    return Optional.empty();
  }

  /** The plain definition of R-ABS-1/R-ABS-2, replaying every calendar day. */
  static Optional<LocalDate> modelSuspectedOn(List<Integer> codes, int firing) {
    int streak = 0;
    for (int i = 0; i < codes.size(); i++) {
      LocalDate day = START.plusDays(i);
      if (!CALENDAR.isSchoolDay(day)) {
        continue;
      }
      int code = codes.get(i);
      if (code == 0 || code == 3) {
        streak = 0;
      } else if (code == 1) {
        streak++;
        if (streak == firing) {
          return Optional.of(day);
        }
      }
    }
    return Optional.empty();
  }

  @Test
  @Tag("R-ABS-1")
  @Tag("R-ABS-2")
  void suspectedDateMatchesTheStreakDefinition() {
    qt().forAll(days(), integers().between(0, 7), booleans().all())
        .checkAssert((codes, threshold, reaches) -> {
          Comparison cmp = reaches ? Comparison.REACHES : Comparison.MORE_THAN;
          EscalationRules rules = Rules.of(threshold, cmp, DropoutMode.AUTOMATIC);
          assertThat(engineSuspectedOn(codes, rules))
              .isEqualTo(modelSuspectedOn(codes, cmp.firingStreak(threshold)));
        });
  }

  /** Arbitrary inputs, including nulls, out-of-order dates, returns and confirmations. */
  static Gen<List<EscalationInput>> anyInputs() {
    Gen<EscalationInput> one = integers()
        .between(0, 5)
        .zip(integers().between(-5, 120), (kind, offset) -> {
          LocalDate day = START.plusDays(offset);
          switch (kind) {
            case 0:
              return null;
            case 1:
              return new EscalationInput.Return(S, day);
            case 2:
              return new EscalationInput.DropoutConfirmation(S, day);
            default:
              return new EscalationInput.Mark(S, day, MarkKind.values()[kind - 3]);
          }
        });
    return lists().of(one).ofSizeBetween(0, 40);
  }

  static Seq<Object> runAll(List<EscalationInput> inputs, EscalationRules rules) {
    AbsenceEscalation engine = AbsenceEscalation.of(rules, CALENDAR);
    StudentEscalation state = StudentEscalation.attending();
    Seq<Object> trace = Vector.empty();
    for (EscalationInput input : inputs) {
      var result = engine.apply(state, input);
      if (result.isLeft()) {
        trace = trace.append(result.getLeft());
        continue;
      }
      state = result.get().state();
      trace = trace.append(result.get());
      assertThat(state.streakLength()).isGreaterThanOrEqualTo(0);
      if (state.status() == EscalationStatus.ATTENDING) {
        assertThat(state.suspectedOn()).isEmpty();
      }
      var advanced = engine.advance(S, state, input.date()).get();
      state = advanced.state();
      trace = trace.append(advanced);
    }
    return trace;
  }

  @Test
  @Tag("R-SM-2")
  void engineIsTotalAndAnswersEveryInput() {
    qt().forAll(anyInputs(), booleans().all()).checkAssert((inputs, automatic) -> {
      EscalationRules rules = Rules.of(
          2,
          Comparison.MORE_THAN,
          automatic ? DropoutMode.AUTOMATIC : DropoutMode.CONFIRMATION_REQUIRED);
      // runAll checks the state's invariants after every step; a null input is a typed
      // rejection, and every rejection says what was wrong.
      Seq<Object> trace = runAll(inputs, rules);
      long nulls = inputs.stream().filter(i -> i == null).count();
      assertThat(trace.filter(t -> t instanceof EscalationRejection.NullInput).size())
          .isEqualTo((int) nulls);
      assertThat(trace.filter(t -> t instanceof EscalationRejection)).allSatisfy(t -> {
        EscalationRejection r = (EscalationRejection) t;
        assertThat(r.code().name()).startsWith("ESC_");
        assertThat(r.message()).isNotBlank();
      });
    });
  }

  @Test
  @Tag("R-SM-2")
  void ledgerFeedIsTotalForAnyDayAndInputs() {
    qt().forAll(anyInputs(), integers().between(-5, 120)).checkAssert((inputs, offset) -> {
      EscalationLedger ledger =
          EscalationLedger.empty(AbsenceEscalation.of(Rules.xxCountyLike(), CALENDAR));
      var fed = ledger.feed(START.plusDays(offset), inputs);
      long sameDay = inputs.stream()
          .filter(i -> i != null && i.date().equals(START.plusDays(offset)))
          .count();
      assertThat(fed.rejections().size()).isGreaterThanOrEqualTo((int) (inputs.size() - sameDay));
    });
  }

  @Test
  @Tag("R-ABS-1")
  void countyLedgerGivesEachStudentWhatTheStudentAloneWouldGet() {
    // Incremental and independent: feeding a county day by day with only the marked students
    // gives every student the same suspected date as a run of that student alone.
    qt().forAll(days(), days(), days()).checkAssert((a, b, c) -> {
      List<List<Integer>> students = List.of(a, b, c);
      EscalationLedger ledger =
          EscalationLedger.empty(AbsenceEscalation.of(Rules.xxCountyLike(), CALENDAR));
      java.util.Map<String, LocalDate> suspected = new java.util.HashMap<>();
      for (int i = 0; i < 60; i++) {
        LocalDate day = START.plusDays(i);
        List<EscalationInput> inputs = new ArrayList<>();
        for (int s = 0; s < students.size(); s++) {
          List<Integer> codes = students.get(s);
          if (i < codes.size() && codes.get(i) > 0) {
            inputs.add(new EscalationInput.Mark(
                org.kbbx.core.id.StudentId.of("S" + s), day, MarkKind.values()[codes.get(i) - 1]));
          }
        }
        var fed = ledger.feed(day, inputs);
        fed.events()
            .filter(e -> e.type() == EventType.MARK_SUSPECTED)
            .forEach(e -> suspected.putIfAbsent(e.student().unmasked(), e.effectiveDate()));
        ledger = fed.ledger();
      }
      for (int s = 0; s < students.size(); s++) {
        assertThat(Optional.ofNullable(suspected.get("S" + s)))
            .isEqualTo(modelSuspectedOn(students.get(s), 6));
      }
    });
  }
}

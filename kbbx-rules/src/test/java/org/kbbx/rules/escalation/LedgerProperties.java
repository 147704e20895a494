package org.kbbx.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.status.EventType;
import org.kbbx.core.time.SchoolCalendar;
import org.kbbx.rules.obligation.TestCalendar;
import org.quicktheories.core.Gen;

/**
 * The ledger against the obvious model: a {@code java.util.HashMap} of states folded over
 * {@link AbsenceEscalation#apply} and {@link AbsenceEscalation#advance} (R-ABS-1, R-ABS-3), and
 * every earlier ledger value left unchanged by what was derived from it.
 */
class LedgerProperties {

  static final LocalDate START = LocalDate.of(2023, 9, 18);
  static final SchoolCalendar CALENDAR = TestCalendar.autumn2023();

  /**
   * One step of a run: {@code action} 0–5 feeds a day, 6 sets a student with {@code with}, 7 sets
   * several with {@code withAll}, 8 advances without inputs, 9 goes back to an earlier ledger.
   * {@code delta} moves the day (–1 to 3 calendar days); {@code inputs} are coded {@code kind *
   * 10_000 + student}.
   */
  record Step(int action, int delta, List<Integer> inputs) {}

  static Gen<List<Step>> runs() {
    Gen<Integer> input = integers()
        .between(0, 11)
        .zip(integers().between(0, 9_999), (kind, student) -> kind * 10_000 + student);
    Gen<Step> step = integers()
        .between(0, 9)
        .zip(integers().between(-1, 3), lists().of(input).ofSizeBetween(0, 60), Step::new);
    return lists().of(step).ofSizeBetween(0, 45);
  }

  /** The obvious model of a ledger: every student's state in a hash map. */
  static final class Model {
    final AbsenceEscalation engine;
    final Map<StudentId, StudentEscalation> states;
    final List<Object> alerts = new ArrayList<>();
    final List<Object> events = new ArrayList<>();
    final List<Object> rejections = new ArrayList<>();

    Model(AbsenceEscalation engine, Map<StudentId, StudentEscalation> states) {
      this.engine = engine;
      this.states = new HashMap<>(states);
    }

    void feed(LocalDate day, List<EscalationInput> inputs) {
      for (EscalationInput input : inputs) {
        if (input != null && !input.date().equals(day)) {
          rejections.add(new EscalationRejection.WrongDay(input, day));
          continue;
        }
        var result = engine.apply(input == null ? null : states.get(input.studentId()), input);
        if (result.isLeft()) {
          rejections.add(result.getLeft());
          continue;
        }
        states.put(input.studentId(), result.get().state());
        alerts.addAll(result.get().alerts().toJavaList());
        events.addAll(result.get().events().toJavaList());
      }
      advanceTo(day);
    }

    /** R-ABS-3: every student whose dropout is due by {@code asOf}, by due day then id. */
    void advanceTo(LocalDate asOf) {
      List<StudentId> due = new ArrayList<>();
      states.forEach((id, state) ->
          engine.dropoutDue(state).filter(d -> !d.isAfter(asOf)).forEach(d -> due.add(id)));
      due.sort(Comparator.comparing(
              (StudentId id) -> engine.dropoutDue(states.get(id)).get())
          .thenComparing(StudentId::unmasked));
      for (StudentId id : due) {
        EscalationStep step = engine.advance(id, states.get(id), asOf).get();
        states.put(id, step.state());
        alerts.addAll(step.alerts().toJavaList());
        events.addAll(step.events().toJavaList());
      }
    }

    int pending() {
      return (int)
          states.values().stream().filter(s -> engine.dropoutDue(s).isDefined()).count();
    }
  }

  /** A ledger and what the model says it holds. */
  record Version(EscalationLedger ledger, Map<StudentId, StudentEscalation> states, int pending) {}

  static EscalationInput input(int code, int pool, LocalDate day) {
    StudentId id = StudentId.of("P" + (code % 10_000) % pool);
    switch (code / 10_000) {
      case 0:
        return null;
      case 6:
      case 7:
        return new EscalationInput.Mark(id, day, MarkKind.EXCUSED);
      case 8:
        return new EscalationInput.Mark(id, day, MarkKind.PRESENT);
      case 9:
        return new EscalationInput.Return(id, day);
      case 10:
        return new EscalationInput.DropoutConfirmation(id, day);
      case 11:
        return new EscalationInput.Mark(
            id, day.plusDays(1 + code % 3), MarkKind.ABSENT_WITHOUT_REASON);
      default:
        return new EscalationInput.Mark(id, day, MarkKind.ABSENT_WITHOUT_REASON);
    }
  }

  static StudentEscalation someState(int code, LocalDate day) {
    LocalDate on = day.minusDays(code % 40);
    switch (code / 10_000 % 4) {
      case 0:
        return StudentEscalation.attending();
      case 1:
        return StudentEscalation.suspectedSince(on);
      case 2:
        return new StudentEscalation(
            EscalationStatus.ATTENDING,
            Option.some(new Streak(1 + code % 3, on, on)),
            Option.none(),
            Option.some(on));
      default:
        return new StudentEscalation(
            EscalationStatus.DROPPED_OUT,
            Option.none(),
            Option.some(on),
            Option.some(day.plusDays(code % 5)));
    }
  }

  @Test
  @Tag("R-ABS-3")
  void feedingADayLeavesTheLedgerItCameFromUnchanged() {
    AbsenceEscalation engine = AbsenceEscalation.of(Rules.xxCountyLike(), CALENDAR);
    Map<StudentId, StudentEscalation> states = new HashMap<>();
    for (int i = 0; i < 5_000; i++) {
      states.put(StudentId.of("P" + i), StudentEscalation.suspectedSince(START));
    }
    EscalationLedger before = EscalationLedger.empty(engine).withAll(states);
    LocalDate due = Rules.xxCountyLike().dropout().dueAfter(START);
    List<EscalationInput> marks = List.of(
        new EscalationInput.Return(org.kbbx.core.id.StudentId.of("P1"), due),
        new EscalationInput.Mark(
            org.kbbx.core.id.StudentId.of("NEW"), due, MarkKind.ABSENT_WITHOUT_REASON));

    var fed = before.feed(due, marks);

    assertThat(fed.events().filter(e -> e.type() == EventType.AUTOMATIC_DROPOUT).size())
        .isEqualTo(4_999);
    assertThat(fed.ledger().state(StudentId.of("P0")).status())
        .isEqualTo(EscalationStatus.DROPPED_OUT);
    assertThat(fed.ledger().state(StudentId.of("P1")).status())
        .isEqualTo(EscalationStatus.ATTENDING);
    assertThat(fed.ledger().state(StudentId.of("NEW")).streakLength()).isEqualTo(1);
    assertThat(fed.ledger().pendingDropouts()).isZero();
    assertThat(before.state(StudentId.of("P0"))).isEqualTo(StudentEscalation.suspectedSince(START));
    assertThat(before.state(StudentId.of("P1"))).isEqualTo(StudentEscalation.suspectedSince(START));
    assertThat(before.state(StudentId.of("NEW"))).isEqualTo(StudentEscalation.attending());
    assertThat(before.pendingDropouts()).isEqualTo(5_000);
  }

  @Test
  @Tag("R-ABS-1")
  @Tag("R-ABS-3")
  void ledgerMatchesTheHashMapModelAndEarlierLedgersNeverChange() {
    // Pools of 3, 40 and 3,000 students: streaks, suspicions and dropouts for the few, and a
    // table that grows past one chunk and is copied on write for the many.
    qt().forAll(
            runs(),
            integers().between(0, 2),
            integers().between(1, 4),
            booleans().all())
        .checkAssert((steps, poolKind, threshold, automatic) -> {
          int pool = poolKind == 0 ? 3 : poolKind == 1 ? 40 : 3_000;
          AbsenceEscalation engine = AbsenceEscalation.of(
              Rules.of(
                  threshold,
                  Comparison.REACHES,
                  automatic ? DropoutMode.AUTOMATIC : DropoutMode.CONFIRMATION_REQUIRED),
              CALENDAR);
          List<Version> versions = new ArrayList<>();
          EscalationLedger ledger = EscalationLedger.empty(engine);
          Model model = new Model(engine, Map.of());
          TreeSet<StudentId> seen = new TreeSet<>(Comparator.comparing(StudentId::unmasked));
          LocalDate day = START;
          for (Step step : steps) {
            versions.add(new Version(ledger, new HashMap<>(model.states), model.pending()));
            day = day.plusDays(step.delta());
            List<EscalationInput> inputs = new ArrayList<>();
            for (int code : step.inputs()) {
              EscalationInput in = input(code, pool, day);
              inputs.add(in);
              if (in != null) {
                seen.add(in.studentId());
              }
            }
            model.alerts.clear();
            model.events.clear();
            model.rejections.clear();
            if (step.action() <= 5) {
              var fed = ledger.feed(day, inputs);
              model.feed(day, inputs);
              assertThat(fed.alerts().toJavaList()).isEqualTo(model.alerts);
              assertThat(fed.events().toJavaList()).isEqualTo(model.events);
              assertThat(fed.rejections().toJavaList()).isEqualTo(model.rejections);
              ledger = fed.ledger();
            } else if (step.action() == 6 && !inputs.isEmpty() && inputs.get(0) != null) {
              StudentEscalation state = someState(step.inputs().get(0), day);
              ledger = ledger.with(inputs.get(0).studentId(), state);
              model.states.put(inputs.get(0).studentId(), state);
            } else if (step.action() == 7) {
              Map<StudentId, StudentEscalation> many = new HashMap<>();
              for (int i = 0; i < inputs.size(); i++) {
                if (inputs.get(i) != null) {
                  many.put(inputs.get(i).studentId(), someState(step.inputs().get(i), day));
                }
              }
              ledger = ledger.withAll(many);
              model.states.putAll(many);
            } else if (step.action() == 8) {
              var advanced = ledger.advanceTo(day);
              model.advanceTo(day);
              assertThat(advanced.alerts().toJavaList()).isEqualTo(model.alerts);
              assertThat(advanced.events().toJavaList()).isEqualTo(model.events);
              assertThat(advanced.rejections()).isEmpty();
              ledger = advanced.ledger();
            } else if (step.action() == 9) {
              Version back = versions.get(Math.floorMod(step.delta(), versions.size()));
              ledger = back.ledger();
              model = new Model(engine, back.states());
            }
          }
          versions.add(new Version(ledger, new HashMap<>(model.states), model.pending()));
          for (Version v : versions) {
            assertThat(v.ledger().pendingDropouts()).isEqualTo(v.pending());
            for (StudentId id : seen) {
              assertThat(v.ledger().state(id))
                  .isEqualTo(v.states().getOrDefault(id, StudentEscalation.attending()));
            }
          }
        });
  }
}

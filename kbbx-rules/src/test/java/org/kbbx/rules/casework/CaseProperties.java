package org.kbbx.rules.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.responsibility.Role;
import org.kbbx.rules.escalation.EvidenceKind;
import org.kbbx.rules.escalation.ExclusionReason;
import org.quicktheories.core.Gen;

/** The case machine is total, deterministic and forward-only (R-CASE-1, R-CASE-2, R-SM-2). */
@Tag("R-SM-2")
class CaseProperties {

  static final LocalDate OPENED = LocalDate.of(2023, 10, 9);

  static Gen<CaseEvent> events() {
    return integers()
        .between(0, 11)
        .zip(integers().between(-3, 60), booleans().all(), (kind, offset, rightEvidence) -> {
          LocalDate on = OPENED.plusDays(offset);
          EvidenceKind any = EvidenceKind.values()[Math.abs(offset) % EvidenceKind.values().length];
          if (kind < CaseStep.values().length) {
            CaseStep s = CaseStep.values()[kind];
            return new CaseEvent.Step(
                s, on, Role.SCHOOL, Evidence.of(rightEvidence ? s.evidence() : any, "D"));
          }
          switch (kind) {
            case 8:
              return new CaseEvent.Return(
                  on,
                  Role.SCHOOL,
                  Evidence.of(rightEvidence ? EvidenceKind.RETURN_RECORD : any, "R"));
            case 9:
              return new CaseEvent.Exclude(
                  on,
                  ExclusionReason.STUDYING_ELSEWHERE,
                  Role.SCHOOL,
                  Evidence.of(rightEvidence ? EvidenceKind.ENROLMENT_PROOF : any, "E"));
            case 10:
              return new CaseEvent.AgeOut(on, Role.SCHOOL);
            default:
              return null;
          }
        });
  }

  static ReturnCase run(List<CaseEvent> events, boolean nonResident) {
    ReturnCase c = CaseMachineTest.MACHINE.open(
        org.kbbx.core.id.StudentId.of("S"),
        OPENED,
        nonResident ? Option.some(DivisionCode.parse("522428000000")) : Option.none());
    for (CaseEvent e : events) {
      CaseState before = c.state();
      c = CaseMachineTest.MACHINE.record(c, e);
      assertThat(c.state().ordinal()).isGreaterThanOrEqualTo(before.ordinal());
      if (c.state() != before && !c.state().isEnded()) {
        // forward one step at a time: the new state is the step the machine said came next
        assertThat(CaseState.at(((CaseEvent.Step) e).step())).isEqualTo(c.state());
      }
    }
    return c;
  }

  @Test
  @Tag("R-CASE-1")
  @Tag("R-CASE-2")
  void totalDeterministicForwardOnlyAndNothingLost() {
    qt().forAll(lists().of(events()).ofSizeBetween(0, 30), booleans().all())
        .checkAssert((events, nonResident) -> {
          ReturnCase c = run(events, nonResident);
          assertThat(run(events, nonResident)).isEqualTo(c);
          assertThat(c.events().size() + c.rejected().size()).isEqualTo(events.size());
          if (c.state().isEnded()) {
            CaseEvent last = c.events().get(c.events().size() - 1);
            assertThat(last.target())
                .isIn(CaseState.RETURNED, CaseState.EXCLUDED, CaseState.AGED_OUT);
          }
        });
  }

  @Test
  @Tag("R-CASE-4")
  void overdueIsTotalForAnyAsOf() {
    qt().forAll(lists().of(events()).ofSizeBetween(0, 20), integers().between(-10, 400))
        .checkAssert((events, offset) -> {
          ReturnCase c = run(events, false);
          var late = CaseMachineTest.MACHINE.overdue(c, OPENED.plusDays(offset));
          late.forEach(o -> assertThat(o.takenOn().map(t -> t.isAfter(o.due())).getOrElse(true))
              .isTrue());
        });
  }
}

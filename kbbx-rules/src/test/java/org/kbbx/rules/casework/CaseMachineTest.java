package org.kbbx.rules.casework;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.responsibility.Role;
import org.kbbx.rules.escalation.EvidenceKind;
import org.kbbx.rules.escalation.ExclusionReason;
import org.kbbx.rules.escalation.ExclusionRule;
import org.kbbx.rules.obligation.DayCount;
import org.kbbx.rules.obligation.TestCalendar;

class CaseMachineTest {

  static final Map<CaseStep, DayCount> DEADLINES = Map.of(
      CaseStep.CONTACT, DayCount.schoolDays(1),
      CaseStep.NON_RESIDENT_HANDOVER, DayCount.schoolDays(10),
      CaseStep.RETURN_NOTICE, DayCount.schoolDays(5),
      CaseStep.BUREAU_REPORT, DayCount.schoolDays(5));
  static final List<ExclusionRule> EXCLUSIONS = List.of(
      new ExclusionRule(ExclusionReason.STUDYING_ELSEWHERE, List.of(EvidenceKind.ENROLMENT_PROOF)));
  static final CaseMachine MACHINE = CaseMachine.of(DEADLINES, EXCLUSIONS, TestCalendar.weekdays());
  static final LocalDate OPENED = LocalDate.of(2023, 10, 9); // Monday

  static CaseEvent step(CaseStep step, LocalDate on) {
    return new CaseEvent.Step(step, on, Role.SCHOOL, Evidence.of(step.evidence(), "DOC-1"));
  }

  static ReturnCase resident() {
    return MACHINE.open(org.kbbx.core.id.StudentId.of("S1"), OPENED, Option.none());
  }

  @Test
  @Tag("R-CASE-1")
  void stepsMoveForwardOneAtATimeInOrder() {
    ReturnCase c = resident();
    LocalDate d = OPENED;
    for (CaseStep s : List.of(
        CaseStep.CONTACT,
        CaseStep.RETURN_NOTICE,
        CaseStep.BUREAU_REPORT,
        CaseStep.GOVERNMENT_ESCALATION,
        CaseStep.ORDER_TO_CORRECT,
        CaseStep.URGE_NOTICE,
        CaseStep.LEGAL_ACTION)) {
      assertThat(MACHINE.nextStep(c)).contains(s);
      c = MACHINE.apply(c, step(s, d)).get();
      assertThat(c.state()).isEqualTo(CaseState.at(s));
      d = d.plusDays(1);
    }
    assertThat(MACHINE.nextStep(c)).isEmpty();
    assertThat(c.events()).hasSize(7);
  }

  @Test
  @Tag("R-CASE-1")
  void skippingOrRepeatingAStepIsRejected() {
    ReturnCase c = resident();
    assertThat(MACHINE
            .apply(c, step(CaseStep.RETURN_NOTICE, OPENED))
            .getLeft()
            .code()
            .name())
        .isEqualTo("CASE_ILLEGAL_TRANSITION");
    c = MACHINE.apply(c, step(CaseStep.CONTACT, OPENED)).get();
    assertThat(MACHINE.apply(c, step(CaseStep.CONTACT, OPENED)).getLeft().code().name())
        .isEqualTo("CASE_ILLEGAL_TRANSITION");
    assertThat(MACHINE
            .apply(c, step(CaseStep.BUREAU_REPORT, OPENED))
            .getLeft()
            .code()
            .name())
        .isEqualTo("CASE_ILLEGAL_TRANSITION");
  }

  @Test
  @Tag("R-CASE-1")
  void eachStepKeepsItsEvidenceKind() {
    CaseEvent wrong = new CaseEvent.Step(
        CaseStep.CONTACT, OPENED, Role.SCHOOL, Evidence.of(EvidenceKind.URGE_NOTICE, "X"));
    assertThat(MACHINE.apply(resident(), wrong).getLeft().code().name())
        .isEqualTo("CASE_GUARD_FAILED");
  }

  @Test
  @Tag("R-CASE-1")
  void rejectionsSayWhatWasWrongInWords() {
    CaseEvent wrong = new CaseEvent.Step(
        CaseStep.CONTACT, OPENED, Role.SCHOOL, Evidence.of(EvidenceKind.URGE_NOTICE, "X"));
    assertThat(MACHINE.apply(resident(), wrong).getLeft().message())
        .contains("CONTACT")
        .contains("STEP_EVIDENCE");
    assertThat(MACHINE
            .apply(resident(), step(CaseStep.RETURN_NOTICE, OPENED))
            .getLeft()
            .message())
        .contains("no transition")
        .contains("RETURN_NOTICE");
    assertThat(MACHINE.apply(resident(), null).getLeft().message()).contains("null");
  }

  @Test
  @Tag("R-CASE-2")
  void endsOnlyAsReturnedExcludedWithEvidenceOrAgedOut() {
    ReturnCase c = MACHINE.apply(resident(), step(CaseStep.CONTACT, OPENED)).get();
    ReturnCase returned = MACHINE
        .apply(
            c,
            new CaseEvent.Return(
                OPENED.plusDays(2), Role.SCHOOL, Evidence.of(EvidenceKind.RETURN_RECORD, "R-1")))
        .get();
    assertThat(returned.state()).isEqualTo(CaseState.RETURNED);
    assertThat(MACHINE
            .apply(returned, step(CaseStep.RETURN_NOTICE, OPENED.plusDays(3)))
            .getLeft()
            .code()
            .name())
        .isEqualTo("CASE_ILLEGAL_TRANSITION");

    CaseEvent unevidenced = new CaseEvent.Exclude(
        OPENED.plusDays(1),
        ExclusionReason.STUDYING_ELSEWHERE,
        Role.SCHOOL,
        Evidence.of(EvidenceKind.EXIT_RECORD, "E"));
    assertThat(MACHINE.apply(c, unevidenced).getLeft().code().name())
        .isEqualTo("CASE_GUARD_FAILED");
    CaseEvent evidenced = new CaseEvent.Exclude(
        OPENED.plusDays(1),
        ExclusionReason.STUDYING_ELSEWHERE,
        Role.SCHOOL,
        Evidence.of(EvidenceKind.ENROLMENT_PROOF, "E"));
    assertThat(MACHINE.apply(c, evidenced).get().state()).isEqualTo(CaseState.EXCLUDED);
    assertThat(MACHINE
            .apply(c, new CaseEvent.AgeOut(OPENED.plusDays(1), Role.SCHOOL))
            .get()
            .state())
        .isEqualTo(CaseState.AGED_OUT);
  }

  @Test
  @Tag("R-CASE-3")
  void nonResidentIsHandedOverToTheHouseholdCountyAfterContact() {
    ReturnCase c = MACHINE.open(
        org.kbbx.core.id.StudentId.of("S2"),
        OPENED,
        Option.some(DivisionCode.parse("522428000000")));
    c = MACHINE.apply(c, step(CaseStep.CONTACT, OPENED)).get();
    assertThat(MACHINE.nextStep(c)).contains(CaseStep.NON_RESIDENT_HANDOVER);
    assertThat(MACHINE
            .apply(c, step(CaseStep.RETURN_NOTICE, OPENED))
            .getLeft()
            .code()
            .name())
        .isEqualTo("CASE_GUARD_FAILED");
    c = MACHINE
        .apply(c, step(CaseStep.NON_RESIDENT_HANDOVER, OPENED.plusDays(1)))
        .get();
    assertThat(c.state()).isEqualTo(CaseState.NON_RESIDENT_HANDOVER);
    assertThat(c.householdCounty().get().toString()).startsWith("522428");
    assertThat(
            MACHINE.apply(c, step(CaseStep.RETURN_NOTICE, OPENED.plusDays(2))).isRight())
        .isTrue();
    // A resident is never handed over.
    ReturnCase r = MACHINE.apply(resident(), step(CaseStep.CONTACT, OPENED)).get();
    assertThat(MACHINE
            .apply(r, step(CaseStep.NON_RESIDENT_HANDOVER, OPENED))
            .getLeft()
            .code()
            .name())
        .isEqualTo("CASE_GUARD_FAILED");
  }

  @Test
  @Tag("R-CASE-4")
  void overdueStepsAreComputableForAnyAsOfDate() {
    ReturnCase c = resident();
    // Contact due 1 school day after Mon 10-09 = Tue 10-10; taken Thu 10-12 → late.
    c = MACHINE.apply(c, step(CaseStep.CONTACT, LocalDate.of(2023, 10, 12))).get();
    // Return notice due 5 school days after Thu 10-12 = Thu 10-19.
    assertThat(MACHINE.nextDue(c)).contains(LocalDate.of(2023, 10, 19));
    assertThat(MACHINE.overdue(c, LocalDate.of(2023, 10, 19)))
        .containsExactly(new OverdueStep(
            CaseStep.CONTACT, LocalDate.of(2023, 10, 10), Option.some(LocalDate.of(2023, 10, 12))));
    assertThat(MACHINE.overdue(c, LocalDate.of(2023, 10, 20)))
        .last()
        .isEqualTo(
            new OverdueStep(CaseStep.RETURN_NOTICE, LocalDate.of(2023, 10, 19), Option.none()));
  }

  @Test
  @Tag("R-SM-3")
  void rejectedEventsAreKeptInTheCase() {
    ReturnCase c = MACHINE.record(resident(), null);
    c = MACHINE.record(c, step(CaseStep.CONTACT, OPENED.minusDays(1)));
    assertThat(c.rejected())
        .extracting(r -> r.rejection().code().name())
        .containsExactly("CASE_NULL_EVENT", "CASE_BEFORE_LATEST");
    assertThat(c.state()).isEqualTo(CaseState.OPENED);
  }

  @Test
  @Tag("R-CASE-1")
  void tableIsListableAndDrawableDeterministically() {
    assertThat(CaseTable.transitions()).hasSize(9 + 9 * 3);
    assertThat(CaseTable.toMermaid())
        .startsWith("stateDiagram-v2")
        .contains(
            "CONTACT --> NON_RESIDENT_HANDOVER : [NON_RESIDENT_WITH_STEP_EVIDENCE]",
            "URGE_NOTICE --> AGED_OUT\n");
    // one line per row, the header, the start and the three endings
    assertThat(CaseTable.toMermaid().lines()).hasSize(CaseTable.transitions().size() + 2 + 3);
  }
}

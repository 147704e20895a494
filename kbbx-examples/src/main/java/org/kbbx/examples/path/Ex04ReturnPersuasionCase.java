package org.kbbx.examples.path;

import io.vavr.control.Option;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.kbbx.core.responsibility.Role;
import org.kbbx.core.time.SchoolCalendar;
import org.kbbx.core.time.Term;
import org.kbbx.rules.casework.CaseEvent;
import org.kbbx.rules.casework.CaseMachine;
import org.kbbx.rules.casework.CaseStep;
import org.kbbx.rules.casework.Evidence;
import org.kbbx.rules.casework.OverdueStep;
import org.kbbx.rules.casework.RejectedCaseEvent;
import org.kbbx.rules.casework.ReturnCase;
import org.kbbx.rules.escalation.EvidenceKind;
import org.kbbx.rules.profile.EffectiveProfile;
import org.kbbx.rules.profile.Profiles;
import org.kbbx.rules.routing.RoutingTable;

/**
 * Example 4 — a return-persuasion case (劝返复学, 一生一案, R-CASE-1..4).
 *
 * <p>Wang Fang is suspected of dropping out on 2023-10-16 under the XX county profile. The school
 * contacts her family the next day; the return notice comes late; on 2023-11-06 the bureau asks
 * which steps are overdue; she comes back on 2023-11-13 and the case ends as returned. A step
 * recorded after the end is kept, refused, never lost.
 */
public final class Ex04ReturnPersuasionCase {

  private Ex04ReturnPersuasionCase() {}

  /**
   * Prints the story.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    run(out);
    out.flush();
  }

  /**
   * Tells the story on {@code out}.
   *
   * @param out where to print
   */
  public static void run(PrintWriter out) {
    SchoolCalendar calendar = SchoolCalendar.builder()
        .term(Term.autumn(LocalDate.of(2023, 9, 1), LocalDate.of(2024, 1, 19)))
        .holidays(LocalDate.of(2023, 9, 29), LocalDate.of(2023, 10, 6))
        .makeUpDay(LocalDate.of(2023, 10, 7))
        .makeUpDay(LocalDate.of(2023, 10, 8))
        .build();
    EffectiveProfile profile = Profiles.builtIn().effective("XX_COUNTY_2023").get();
    CaseMachine machine =
        CaseMachine.of(profile.caseDeadlineMap(), profile.exclusions().value(), calendar);
    ReturnCase c = machine.open(
        org.kbbx.core.id.StudentId.of("王芳"), LocalDate.of(2023, 10, 16), Option.none());
    out.println("Case opened " + c.openedOn() + "; next step "
        + machine.nextStep(c).get() + " due " + machine.nextDue(c).get());
    c = machine.record(c, step(CaseStep.CONTACT, LocalDate.of(2023, 10, 17), "家访记录 10-17"));
    out.println("After contact: " + c.state() + " (" + c.state().chineseLabel() + "); next "
        + machine.nextStep(c).get() + " due " + machine.nextDue(c).get());
    c = machine.record(c, step(CaseStep.RETURN_NOTICE, LocalDate.of(2023, 10, 30), "劝返通知书 No.7"));
    LocalDate check = LocalDate.of(2023, 11, 6);
    out.println("Overdue as of " + check + ":");
    for (OverdueStep late : machine.overdue(c, check)) {
      out.println("  " + late.step() + " (" + late.step().chineseLabel() + ") due " + late.due()
          + late.takenOn().map(d -> ", taken " + d).getOrElse(", not yet taken"));
    }
    c = machine.record(
        c,
        new CaseEvent.Return(
            LocalDate.of(2023, 11, 13),
            Role.SCHOOL,
            Evidence.of(EvidenceKind.RETURN_RECORD, "复学登记 2023-11-13")));
    out.println("Ended: " + c.state() + " (" + c.state().chineseLabel() + "), ended "
        + c.state().isEnded());
    c = machine.record(c, step(CaseStep.BUREAU_REPORT, LocalDate.of(2023, 11, 20), "书面报告"));
    for (RejectedCaseEvent r : c.rejected()) {
      out.println("Kept but refused: " + r.event().target() + " on " + r.event().on() + " — "
          + r.rejection().code());
    }
    out.println("Events on file: " + c.events().size());
  }

  private static CaseEvent step(CaseStep step, LocalDate on, String reference) {
    return new CaseEvent.Step(
        step,
        on,
        RoutingTable.national().usualActor(step),
        Evidence.of(step.evidence(), reference));
  }
}

package org.kbbx.examples.path;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.kbbx.core.time.SchoolCalendar;
import org.kbbx.core.time.Term;
import org.kbbx.rules.escalation.AbsenceEscalation;
import org.kbbx.rules.escalation.Alert;
import org.kbbx.rules.escalation.EscalationInput;
import org.kbbx.rules.escalation.EscalationStep;
import org.kbbx.rules.escalation.MarkKind;
import org.kbbx.rules.escalation.StudentEscalation;
import org.kbbx.rules.profile.EffectiveProfile;
import org.kbbx.rules.profile.Profiles;

/**
 * Example 3 — the same absences under two counties' rules (R-ABS-1..3, R-PROF-1).
 *
 * <p>A junior student stays away from 2023-10-09 for eight school days and never comes back.
 * Hezhang (2018) marks her suspected when the absence reaches 3 days and waits for a confirmation;
 * the "XX county" (2023) marks her suspected after more than 5 working days and drops her out
 * automatically a month later. One calendar, two profiles, two stories.
 */
public final class Ex03AbsenceEscalationTwoProfiles {

  private Ex03AbsenceEscalationTwoProfiles() {}

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
    Profiles profiles = Profiles.builtIn();
    for (String id : new String[] {"HEZHANG_2018", "XX_COUNTY_2023"}) {
      EffectiveProfile profile = profiles.effective(id).get();
      AbsenceEscalation engine = AbsenceEscalation.of(profile.escalationRules(), calendar);
      out.println(id + " (suspected: " + profile.suspected().value().comparison() + " "
          + profile.suspected().value().schoolDays() + " school days; dropout: "
          + profile.dropout().value().mode() + "):");
      StudentEscalation state = StudentEscalation.attending();
      LocalDate day = LocalDate.of(2023, 10, 9);
      for (int n = 0; n < 8; n++) {
        EscalationStep step = engine
            .apply(
                state,
                new EscalationInput.Mark(
                    org.kbbx.core.id.StudentId.of("王芳"), day, MarkKind.ABSENT_WITHOUT_REASON))
            .get();
        print(out, step);
        state = step.state();
        day = calendar.plusSchoolDays(day, 1).get();
      }
      EscalationStep month = engine
          .advance(org.kbbx.core.id.StudentId.of("王芳"), state, LocalDate.of(2023, 12, 31))
          .get();
      print(out, month);
      out.println("  status on 2023-12-31: " + month.state().status() + " ("
          + month.state().status().chineseLabel() + ")");
    }
  }

  private static void print(PrintWriter out, EscalationStep step) {
    for (Alert a : step.alerts()) {
      out.println("  " + a.on() + " " + a.code() + " — " + a.code().chineseLabel());
    }
  }
}

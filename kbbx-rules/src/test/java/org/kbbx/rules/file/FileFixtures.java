package org.kbbx.rules.file;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.school.Grade;
import org.kbbx.core.status.EventType;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.core.time.SchoolCalendar;
import org.kbbx.core.time.Term;
import org.kbbx.rules.casework.CaseEvent;
import org.kbbx.rules.casework.CaseStep;
import org.kbbx.rules.casework.Evidence;
import org.kbbx.rules.escalation.EscalationInput;
import org.kbbx.rules.escalation.MarkKind;
import org.kbbx.rules.profile.Profiles;

/** Test-only inputs for student files: a calendar, keepers and random counties from a seed. */
final class FileFixtures {

  static final LocalDate START = LocalDate.of(2023, 9, 4);

  static final SchoolCalendar CALENDAR = SchoolCalendar.builder()
      .term(Term.autumn(LocalDate.of(2023, 9, 1), LocalDate.of(2024, 1, 19)))
      .holidays(LocalDate.of(2023, 9, 29), LocalDate.of(2023, 10, 6))
      .makeUpDay(LocalDate.of(2023, 10, 7))
      .build();

  static final FileKeeper XX =
      FileKeeper.of(Profiles.builtIn().effective("XX_COUNTY_2023").get(), CALENDAR);
  static final FileKeeper HEZHANG =
      FileKeeper.of(Profiles.builtIn().effective("HEZHANG_2018").get(), CALENDAR);

  private FileFixtures() {}

  static StatusEvent enrol(StudentId s, LocalDate on) {
    return StatusEvent.builder()
        .id("enrol")
        .student(s)
        .effectiveDate(on)
        .sequence(0)
        .type(EventType.ENROL)
        .school(SchoolId.of("SCH1"))
        .grade(Grade.of(7))
        .build();
  }

  static StatusEvent event(String id, StudentId s, LocalDate on, EventType type) {
    return StatusEvent.of(id, s, on, 10, type);
  }

  static FileInput mark(StudentId s, LocalDate on, MarkKind kind) {
    return FileInput.of(new EscalationInput.Mark(s, on, kind));
  }

  static FileInput step(StudentId s, CaseStep step, LocalDate on) {
    return FileInput.of(
        s,
        new CaseEvent.Step(
            step,
            on,
            org.kbbx.rules.routing.RoutingTable.national().usualActor(step),
            Evidence.of(step.evidence(), "DOC-" + on)));
  }

  /**
   * Student {@code k}'s id, a new instance each call, in one of three shapes by turns: a short
   * number and a 学籍号 of a resident ID's shape (ids the county file finds by their codes), and a
   * longer number (found by its text).
   */
  static StudentId student(int k) {
    return StudentId.of(
        switch (k % 3) {
          case 0 -> "P" + k;
          case 1 -> "pupil-number-" + k;
          default -> String.format("G%017d%d", 52_050_020_000_101_000L + k, k % 10);
        });
  }

  /**
   * A random county of a few students over {@code days} calendar days from {@link #START}: an
   * enrolment (mostly), maybe a leave, maybe a return, maybe a retraction, marks that are mostly
   * absences, and case steps on random days.
   */
  static List<FileInput> county(long seed, int students, int days) {
    Random r = new Random(seed);
    List<FileInput> inputs = new ArrayList<>();
    for (int k = 0; k < students; k++) {
      StudentId s = student(k);
      if (r.nextInt(8) > 0) {
        inputs.add(FileInput.of(enrol(s, START.minusDays(r.nextInt(3)))));
      }
      if (r.nextBoolean()) {
        int from = r.nextInt(days);
        inputs.add(FileInput.of(event("leave", s, START.plusDays(from), EventType.START_LEAVE)));
        if (r.nextBoolean()) {
          inputs.add(FileInput.of(
              event("back", s, START.plusDays(from + 1 + r.nextInt(15)), EventType.END_LEAVE)));
        }
      }
      if (r.nextInt(3) == 0) {
        inputs.add(
            FileInput.of(event("return", s, START.plusDays(r.nextInt(days)), EventType.RETURN)));
      }
      if (r.nextInt(4) == 0) {
        inputs.add(FileInput.of(
            event("confirm", s, START.plusDays(r.nextInt(days)), EventType.CONFIRM_DROPOUT)));
      }
      if (r.nextInt(6) == 0) {
        inputs.add(FileInput.of(StatusEvent.retraction(
            "undo", s, START.plusDays(r.nextInt(days)), 20, r.nextBoolean() ? "leave" : "return")));
      }
      int absentBias = r.nextInt(10);
      for (int d = 0; d < days; d++) {
        int code = r.nextInt(10);
        if (code < absentBias) {
          inputs.add(mark(s, START.plusDays(d), MarkKind.ABSENT_WITHOUT_REASON));
        } else if (code == 9) {
          inputs.add(mark(s, START.plusDays(d), MarkKind.PRESENT));
        } else if (code == 8) {
          inputs.add(mark(s, START.plusDays(d), MarkKind.EXCUSED));
        }
      }
      int steps = r.nextInt(4);
      CaseStep[] order = {CaseStep.CONTACT, CaseStep.RETURN_NOTICE, CaseStep.BUREAU_REPORT};
      int day = r.nextInt(days);
      for (int i = 0; i < steps; i++) {
        inputs.add(step(s, order[i], START.plusDays(day)));
        day = Math.min(days - 1, day + r.nextInt(10));
      }
    }
    return inputs;
  }
}

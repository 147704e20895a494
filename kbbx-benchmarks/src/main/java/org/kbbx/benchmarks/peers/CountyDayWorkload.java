package org.kbbx.benchmarks.peers;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.school.Grade;
import org.kbbx.core.status.EventType;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.core.status.StudentTimeline;
import org.kbbx.core.time.SchoolCalendar;
import org.kbbx.core.time.Term;
import org.kbbx.rules.escalation.Alert;
import org.kbbx.rules.escalation.EscalationInput;
import org.kbbx.rules.escalation.EscalationStatus;
import org.kbbx.rules.escalation.MarkKind;
import org.kbbx.rules.escalation.Streak;
import org.kbbx.rules.escalation.StudentEscalation;
import org.kbbx.rules.file.CountyDay;
import org.kbbx.rules.file.CountyFile;
import org.kbbx.rules.file.FileAlert;
import org.kbbx.rules.file.FileInput;
import org.kbbx.rules.file.FileKeeper;
import org.kbbx.rules.file.StudentFile;
import org.kbbx.rules.profile.Profiles;

/**
 * Workload 5, county day (R-FILE-4): workload 4's rows fed to the library's student files instead
 * of the bare escalation ledger: {@code FileKeeper.feedDay(county, day, marks)}, where each
 * student's file also holds her enrolment and status timeline, so a mark counts only on a day she
 * is expected at school (R-FILE-2), and the day's alerts are those of the county file.
 *
 * <p>The county file before the day is restored from workload 4's states as plain data
 * ({@link CountyFile#restore}): each student has an enrolment on 2023-09-01 and the escalation
 * state of the rows, as the derivation through the last day it covers. The answers use workload
 * 4's encoding, so the DuckDB query and the loop of workload 4 check them.
 */
final class CountyDayWorkload {

  /** Mon–Fri inside the 2023/24 autumn term: workload 4's calendar where it is used. */
  static final SchoolCalendar CALENDAR = SchoolCalendar.builder()
      .term(Term.autumn(LocalDate.of(2023, 9, 1), LocalDate.of(2024, 1, 19)))
      .build();

  private static final LocalDate ENROLLED = LocalDate.of(2023, 9, 1);
  private static final int ATTENDING = EscalationStatus.ATTENDING.ordinal();

  private CountyDayWorkload() {}

  /** kbbx: the county file before the day and the day's marks are built once; the feed is timed. */
  static final class Kbbx {
    private final AttendanceData data;
    private final FileKeeper keeper;
    private final CountyFile county;
    private final List<FileInput> marks = new ArrayList<>();
    private final StudentId[] ids;

    Kbbx(AttendanceData data) {
      this.data = data;
      keeper =
          FileKeeper.of(Profiles.builtIn().effective(AttendanceData.PROFILE).get(), CALENDAR);
      ids = new StudentId[data.students];
      List<StudentFile> files = new ArrayList<>(data.students);
      // The spans of an enrolled student's own timeline: the same value for everyone.
      var spans = StudentTimeline.of(StudentId.of("S"), keeper.machine())
          .with(enrolment(StudentId.of("S")))
          .spans();
      LocalDate friday =
          AttendanceData.CALENDAR.plusSchoolDays(AttendanceData.DAY, -1).get();
      for (int i = 0; i < data.students; i++) {
        ids[i] = StudentId.of("S" + i);
        StudentEscalation state = StudentEscalation.attending();
        LocalDate through = ENROLLED;
        if (data.streak[i] > 0 || data.status[i] != ATTENDING) {
          LocalDate covered = LocalDate.ofEpochDay(data.covered[i]);
          Option<LocalDate> suspected =
              data.status[i] == EscalationStatus.SUSPECTED_DROPOUT.ordinal()
                  ? Option.some(LocalDate.ofEpochDay(data.suspectedOn[i]))
                  : Option.none();
          state = new StudentEscalation(
              EscalationStatus.values()[data.status[i]],
              Option.some(new Streak(data.streak[i], covered, covered)),
              suspected,
              Option.some(covered));
          through = covered.isAfter(ENROLLED) ? covered : ENROLLED;
        }
        files.add(new StudentFile(
            ids[i],
            Vector.of(enrolment(ids[i])),
            Vector.empty(),
            Vector.empty(),
            new StudentFile.Derived(
                Option.some(through),
                state,
                Vector.empty(),
                Vector.empty(),
                spans,
                keeper.escalation().dropoutDue(state))));
        if (data.mark[i] != AttendanceData.NONE) {
          marks.add(FileInput.of(new EscalationInput.Mark(
              AttendanceData.markId(ids[i]), AttendanceData.DAY, MarkKind.values()[data.mark[i]])));
        }
      }
      county = CountyFile.restore(Option.some(friday), files);
    }

    private static StatusEvent enrolment(StudentId id) {
      return StatusEvent.builder()
          .id("enrol")
          .student(id)
          .effectiveDate(ENROLLED)
          .sequence(0)
          .type(EventType.ENROL)
          .school(SchoolId.of("S1"))
          .grade(Grade.of(7))
          .build();
    }

    CountyDay run() {
      return keeper.feedDay(county, AttendanceData.DAY, marks);
    }

    long[] answers(CountyDay day) {
      if (!day.rejections().isEmpty()) {
        throw new IllegalStateException(
            "kbbx rejected inputs: " + day.rejections().get(0));
      }
      long[] alerts = new long[day.alerts().size()];
      int k = 0;
      for (FileAlert routed : day.alerts()) {
        Alert alert = routed.alert();
        alerts[k++] = Long.parseLong(alert.studentId().unmasked().substring(1)) * 16
            + alert.code().ordinal();
      }
      List<Long> states = new ArrayList<>();
      for (int i = 0; i < data.students; i++) {
        if (data.mark[i] != AttendanceData.NONE) {
          StudentEscalation s = day.county().student(ids[i]).get().derived().escalation();
          states.add(i * 4096L + s.status().ordinal() * 256L + s.streakLength());
        }
      }
      return AttendanceWorkload.combine(
          alerts, states.stream().mapToLong(Long::longValue).toArray());
    }
  }
}

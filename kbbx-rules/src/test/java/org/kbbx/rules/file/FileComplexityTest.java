package org.kbbx.rules.file;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.school.Grade;
import org.kbbx.core.status.EventType;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.core.status.StatusSpan;
import org.kbbx.core.status.StudentTimeline;
import org.kbbx.core.time.SchoolCalendar;
import org.kbbx.core.time.Term;
import org.kbbx.rules.AllocatedBytes;
import org.kbbx.rules.escalation.EscalationInput;
import org.kbbx.rules.escalation.MarkKind;
import org.kbbx.rules.profile.Profiles;

/**
 * Complexity guards for the student file and the county file (docs/rules.md §11: every operation
 * linear or n log n for any arrival order; R-FILE-2, R-FILE-4, R-SM-4). They compare the bytes
 * this thread allocates for n and 8n inputs — a quadratic path makes the ratio about 64, the
 * bounds fail at 12 — or count span reads against the input's size; they never time anything.
 */
class FileComplexityTest {

  private static final int N = 250;
  private static final StudentId S = StudentId.of("F1");
  private static final LocalDate FIRST = LocalDate.of(2000, 9, 1);

  /** Autumn and spring terms of the school years 2000-2001 to 2039-2040. */
  static final SchoolCalendar CALENDAR = calendar();

  static final FileKeeper KEEPER =
      FileKeeper.of(Profiles.builtIn().effective("XX_COUNTY_2023").get(), CALENDAR);

  private static SchoolCalendar calendar() {
    SchoolCalendar.Builder b = SchoolCalendar.builder();
    for (int y = 2000; y < 2040; y++) {
      b.term(Term.autumn(LocalDate.of(y, 9, 1), LocalDate.of(y + 1, 1, 19)));
      b.term(Term.spring(LocalDate.of(y + 1, 2, 26), LocalDate.of(y + 1, 7, 5)));
    }
    return b.build();
  }

  private static StatusEvent enrol(StudentId s) {
    return StatusEvent.builder()
        .id("enrol")
        .student(s)
        .effectiveDate(FIRST)
        .sequence(0)
        .type(EventType.ENROL)
        .school(SchoolId.of("S1"))
        .grade(Grade.of(1))
        .build();
  }

  /** The first {@code n} school days from {@link #FIRST}. */
  private static List<LocalDate> schoolDays(int n) {
    List<LocalDate> out = new ArrayList<>(n);
    for (LocalDate d = FIRST; out.size() < n; d = d.plusDays(1)) {
      if (CALENDAR.isSchoolDay(d)) {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * 2n inputs of one student in date order: an enrolment, leave pairs every other school day
   * (n status events in all, so n spans), and a mark on each of the first n school days — absent
   * without reason in runs of eight, so streaks, alerts and suspicions come and go.
   */
  static List<FileInput> mixed(int n) {
    List<LocalDate> days = schoolDays(n);
    List<FileInput> out = new ArrayList<>(2 * n);
    out.add(FileInput.of(enrol(S)));
    for (int k = 0; k < n; k++) {
      if (k > 0 && k % 2 == 0) {
        EventType type = k % 4 == 2 ? EventType.START_LEAVE : EventType.END_LEAVE;
        out.add(FileInput.of(StatusEvent.of("e" + k, S, days.get(k), k, type)));
      }
      MarkKind kind = (k / 8) % 3 == 0 ? MarkKind.PRESENT : MarkKind.ABSENT_WITHOUT_REASON;
      out.add(FileInput.of(new EscalationInput.Mark(S, days.get(k), kind)));
    }
    return out;
  }

  private static <T> List<T> newestFirst(List<T> inputs) {
    List<T> out = new ArrayList<>(inputs);
    Collections.reverse(out);
    return out;
  }

  private static <T> List<T> shuffled(List<T> inputs) {
    List<T> out = new ArrayList<>(inputs);
    Collections.shuffle(out, new Random(19));
    return out;
  }

  private static LocalDate last(List<FileInput> inputs) {
    return inputs.stream().map(FileInput::date).max(LocalDate::compareTo).get();
  }

  @Test
  @Tag("R-SM-4")
  @Tag("R-FILE-2")
  void section11_classifyingMarksReadsEachSpanOnce() {
    for (int n : new int[] {N, 8 * N}) {
      List<FileInput> inputs = mixed(n);
      List<StatusEvent> events = new ArrayList<>();
      List<EscalationInput.Mark> marks = new ArrayList<>();
      for (FileInput input : inputs) {
        if (input instanceof FileInput.Status) {
          events.add(((FileInput.Status) input).event());
        } else {
          marks.add(((FileInput.Attendance) input).mark());
        }
      }
      Seq<StatusSpan> spans =
          StudentTimeline.of(S, KEEPER.machine()).withAll(events).spans();
      assertThat(spans.size()).isGreaterThan(n / 3);
      SpanCursor cursor = new SpanCursor(spans);
      for (EscalationInput.Mark mark : marks) {
        assertThat(cursor.classify(mark)).isEqualTo(Derivation.classify(spans, mark));
      }
      // one read per span passed and one per mark; a scan per mark would read n × spans / 2
      assertThat(cursor.reads()).isLessThanOrEqualTo(spans.size() + (long) marks.size());
      Derivation.Run run = Derivation.derive(
          KEEPER,
          S,
          io.vavr.collection.Vector.ofAll(events),
          io.vavr.collection.Vector.ofAll(marks),
          last(inputs));
      assertThat(run.derived().alerts()).isNotEmpty();
      // at least one read per mark: the derivation classifies through the counted cursor
      assertThat(run.spanReads())
          .as("spans read by one derivation of %d marks", marks.size())
          .isBetween((long) marks.size(), spans.size() + (long) marks.size());
    }
  }

  @Test
  @Tag("R-SM-4")
  @Tag("R-FILE-1")
  void section11_aStudentFileInAnyOrderCostsNLogN() {
    for (boolean newest : new boolean[] {true, false}) {
      List<FileInput> small = newest ? newestFirst(mixed(N)) : shuffled(mixed(N));
      List<FileInput> large = newest ? newestFirst(mixed(8 * N)) : shuffled(mixed(8 * N));
      LocalDate asOf = last(large);
      KEEPER.student(S, small, asOf); // warm-up, so both measured runs are compiled alike
      KEEPER.student(S, large, asOf);
      StudentPicture[] kept = new StudentPicture[1];
      long bytesSmall = AllocatedBytes.by(() -> KEEPER.student(S, small, last(small)));
      long bytesLarge = AllocatedBytes.by(() -> kept[0] = KEEPER.student(S, large, asOf));
      assertThat((double) bytesLarge / bytesSmall)
          .as("bytes for 8n inputs ÷ bytes for n, newest first: %s", newest)
          .isLessThan(12.0);
      StudentPicture sorted = KEEPER.student(S, mixed(8 * N), asOf);
      assertThat(kept[0].status()).isEqualTo(sorted.status());
      assertThat(kept[0].absenceStreak()).isEqualTo(sorted.absenceStreak());
      assertThat(kept[0].alerts()).isEqualTo(sorted.alerts()).isNotEmpty();
      assertThat(kept[0].derived()).isEqualTo(sorted.derived()).isNotEmpty();
      assertThat(kept[0].rejections()).isEqualTo(sorted.rejections());
    }
  }

  @Test
  @Tag("R-FILE-2")
  void section11_aBackDatedStatusEventReDerivesInTimeLinearInTheFile() {
    StatusEvent leave =
        StatusEvent.of("late-leave", S, schoolDays(2).get(1), 1, EventType.START_LEAVE);
    long[] bytes = new long[2];
    int[] sizes = {N, 8 * N};
    for (int round = 0; round < 2; round++) { // the first round warms up
      for (int i = 0; i < 2; i++) {
        StudentFile file = KEEPER.file(StudentFile.empty(S), mixed(sizes[i])).file();
        bytes[i] = AllocatedBytes.by(() -> KEEPER.file(file, List.of(FileInput.of(leave))));
      }
    }
    assertThat((double) bytes[1] / bytes[0])
        .as("bytes for one back-dated event into 8n inputs ÷ into n")
        .isLessThan(12.0);
    StudentFile file = KEEPER.file(StudentFile.empty(S), mixed(8 * N)).file();
    StudentFiling filing = KEEPER.file(file, List.of(FileInput.of(leave)));
    assertThat(filing.rejections()).isEmpty();
    List<FileInput> all = new ArrayList<>(mixed(8 * N));
    all.add(FileInput.of(leave));
    LocalDate asOf = last(all);
    assertThat(KEEPER.picture(filing.file(), asOf).alerts())
        .isEqualTo(KEEPER.student(S, all, asOf).alerts());
  }

  /** {@code students} students' marks on {@code days} school days, enrolments first. */
  private static List<FileInput> county(int students, int days) {
    List<FileInput> out = new ArrayList<>();
    for (int s = 0; s < students; s++) {
      out.add(FileInput.of(enrol(StudentId.of("C" + s))));
    }
    List<LocalDate> dates = schoolDays(days);
    for (int k = 0; k < days; k++) {
      for (int s = 0; s < students; s++) {
        boolean absent = s % 4 == 0 ? k >= 3 : (s + k) % 5 == 0;
        out.add(FileInput.of(new EscalationInput.Mark(
            StudentId.of("C" + s),
            dates.get(k),
            absent ? MarkKind.ABSENT_WITHOUT_REASON : MarkKind.PRESENT)));
      }
    }
    return out;
  }

  @Test
  @Tag("R-SM-4")
  @Tag("R-FILE-3")
  @Tag("R-FILE-4")
  void section11_aCountyReplayInAnyOrderCostsNLogN() {
    int students = 20;
    for (boolean newest : new boolean[] {true, false}) {
      List<FileInput> small =
          newest ? newestFirst(county(students, 40)) : shuffled(county(students, 40));
      List<FileInput> large =
          newest ? newestFirst(county(students, 320)) : shuffled(county(students, 320));
      LocalDate day = last(large);
      KEEPER.replay(small, last(small));
      KEEPER.replay(large, day);
      CountyDay[] kept = new CountyDay[1];
      long bytesSmall = AllocatedBytes.by(() -> KEEPER.replay(small, last(small)));
      long bytesLarge = AllocatedBytes.by(() -> kept[0] = KEEPER.replay(large, day));
      assertThat((double) bytesLarge / bytesSmall)
          .as("bytes for 8n county inputs ÷ bytes for n, newest first: %s", newest)
          .isLessThan(12.0);
      CountyDay sorted = KEEPER.replay(county(students, 320), day);
      assertThat(kept[0].rejections()).isEmpty();
      assertThat(kept[0].county()).isEqualTo(sorted.county());
      assertThat(kept[0].county().pendingDropouts()).isEqualTo(sorted.county().pendingDropouts());
    }
  }
}

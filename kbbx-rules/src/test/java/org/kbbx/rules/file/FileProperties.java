package org.kbbx.rules.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.status.EventType;
import org.kbbx.core.status.SchoolingState;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.rules.casework.CaseStep;
import org.kbbx.rules.escalation.MarkKind;

/** Properties of student and county files (R-FILE-1..5), over random counties. */
class FileProperties {

  /** What a picture says, without the timeline object (which has no value equality). */
  static List<Object> answers(StudentPicture p) {
    return List.of(
        p.student(),
        p.asOf(),
        p.status(),
        p.history(),
        p.absenceStreak(),
        p.alerts(),
        p.derived(),
        p.cases()
            .map(c -> List.of(c.returnCase(), c.nextStep(), c.due(), c.overdue(), c.evidence())),
        p.rejections());
  }

  static List<FileInput> shuffled(List<FileInput> inputs, long seed) {
    List<FileInput> copy = new ArrayList<>(inputs);
    Collections.shuffle(copy, new Random(seed));
    return copy;
  }

  static FileKeeper keeper(boolean xx) {
    return xx ? FileFixtures.XX : FileFixtures.HEZHANG;
  }

  @Test
  @Tag("R-FILE-3")
  @Tag("R-FILE-4")
  void feedingDayByDayEqualsOneReplayAndSaveRestoreChangesNothing() {
    qt().forAll(
            longs().all(),
            integers().between(1, 5),
            integers().between(5, 70),
            booleans().all())
        .checkAssert((seed, students, days, xx) -> {
          FileKeeper keeper = keeper(xx);
          List<FileInput> inputs = FileFixtures.county(seed, students, days);
          LocalDate last = FileFixtures.START.plusDays(days + 40);
          CountyDay all = keeper.replay(shuffled(inputs, seed), last);
          assertThat(all.applied().size() + all.rejections().size()).isEqualTo(inputs.size());

          Map<LocalDate, List<FileInput>> byDay = new TreeMap<>();
          for (FileInput input : shuffled(inputs, seed + 1)) {
            byDay.computeIfAbsent(input.date(), d -> new ArrayList<>()).add(input);
          }
          CountyFile county = CountyFile.empty();
          for (LocalDate d = FileFixtures.START.minusDays(3); !d.isAfter(last); d = d.plusDays(1)) {
            CountyDay fed = keeper.feedDay(county, d, byDay.getOrDefault(d, List.of()));
            assertThat(fed.rejections())
                .allSatisfy(r -> assertThat(r.code().name()).isNotIn("NULL_INPUT", "AFTER_DAY"));
            county = fed.county();
            CountyFile restored = CountyFile.restore(county.day(), county.students());
            assertThat(restored).isEqualTo(county);
            assertThat(restored.pendingDropouts()).isEqualTo(county.pendingDropouts());
            county = restored;
          }
          assertThat(county).isEqualTo(all.county());
          for (int k = 0; k < students; k++) {
            StudentId s = FileFixtures.student(k);
            for (LocalDate asOf : List.of(last, FileFixtures.START.plusDays(days / 2))) {
              assertThat(answers(keeper.picture(county, s, asOf)))
                  .isEqualTo(answers(keeper.picture(all.county(), s, asOf)));
            }
          }
        });
  }

  /**
   * A county fed many days without being saved in between keeps marks, alerts and events of
   * several days outside the students' files; it still equals one replay, every earlier county
   * stays as it was, and a second branch fed from a middle day reaches the same county.
   */
  @Test
  @Tag("R-FILE-3")
  @Tag("R-FILE-4")
  void feedingWithoutSavingEqualsOneReplayAndLeavesEveryEarlierCountyAsItWas() {
    qt().forAll(
            longs().all(),
            integers().between(1, 5),
            integers().between(5, 70),
            booleans().all())
        .checkAssert((seed, students, days, xx) -> {
          FileKeeper keeper = keeper(xx);
          List<FileInput> inputs = FileFixtures.county(seed, students, days);
          LocalDate last = FileFixtures.START.plusDays(days + 40);
          CountyDay all = keeper.replay(shuffled(inputs, seed), last);
          Map<LocalDate, List<FileInput>> byDay = new TreeMap<>();
          for (FileInput input : shuffled(inputs, seed + 1)) {
            byDay.computeIfAbsent(input.date(), d -> new ArrayList<>()).add(input);
          }
          LocalDate middle = FileFixtures.START.plusDays(days / 2);
          List<CountyFile> counties = new ArrayList<>();
          List<List<StudentFile>> saved = new ArrayList<>();
          CountyFile county = CountyFile.empty();
          CountyFile atMiddle = null;
          for (LocalDate d = FileFixtures.START.minusDays(3); !d.isAfter(last); d = d.plusDays(1)) {
            county = keeper.feedDay(county, d, byDay.getOrDefault(d, List.of())).county();
            counties.add(county);
            saved.add(county.students());
            if (d.equals(middle)) {
              atMiddle = county;
            }
          }
          assertThat(county).isEqualTo(all.county());
          assertThat(county.students()).isEqualTo(all.county().students());
          CountyFile branch = atMiddle;
          for (LocalDate d = middle.plusDays(1); !d.isAfter(last); d = d.plusDays(1)) {
            branch = keeper
                .feedDay(branch, d, shuffled(byDay.getOrDefault(d, List.of()), seed + 2))
                .county();
          }
          assertThat(branch).isEqualTo(county);
          for (int i = 0; i < counties.size(); i++) {
            assertThat(counties.get(i).students()).isEqualTo(saved.get(i));
          }
          for (int k = 0; k < students; k++) {
            StudentId s = FileFixtures.student(k);
            for (LocalDate asOf : List.of(last, middle)) {
              assertThat(answers(keeper.picture(county, s, asOf)))
                  .isEqualTo(answers(keeper.picture(all.county(), s, asOf)));
            }
          }
        });
  }

  @Test
  @Tag("R-FILE-1")
  @Tag("R-SM-4")
  void anyArrivalOrderGivesTheSameFilesAndAnswers() {
    qt().forAll(
            longs().all(),
            integers().between(1, 4),
            integers().between(5, 60),
            booleans().all())
        .checkAssert((seed, students, days, xx) -> {
          FileKeeper keeper = keeper(xx);
          List<FileInput> inputs = FileFixtures.county(seed, students, days);
          LocalDate last = FileFixtures.START.plusDays(days + 40);
          CountyDay one = keeper.replay(shuffled(inputs, seed), last);
          CountyDay two = keeper.replay(shuffled(inputs, ~seed), last);
          assertThat(one.county()).isEqualTo(two.county());
          LocalDate asOf = FileFixtures.START.plusDays(Math.floorMod(seed, days + 40));
          for (int k = 0; k < students; k++) {
            StudentId s = FileFixtures.student(k);
            List<FileInput> own = new ArrayList<>();
            for (FileInput input : shuffled(inputs, seed + k)) {
              if (input.student().equals(s)) {
                own.add(input);
              }
            }
            // R-FILE-1: one call from the student's inputs gives the county's answer.
            assertThat(answers(keeper.student(s, own, asOf)))
                .isEqualTo(answers(keeper.picture(one.county(), s, asOf)));
          }
        });
  }

  @Test
  @Tag("R-FILE-2")
  void aStudentOnApprovedLeaveIsNeverSuspected() {
    qt().forAll(
            longs().all(),
            integers().between(1, 4),
            integers().between(5, 60),
            booleans().all())
        .checkAssert((seed, students, days, xx) -> {
          FileKeeper keeper = keeper(xx);
          CountyDay all = keeper.replay(
              FileFixtures.county(seed, students, days), FileFixtures.START.plusDays(days + 40));
          for (StudentFile file : all.county().students()) {
            StudentPicture p = keeper.picture(file, FileFixtures.START.plusDays(days + 40));
            for (StatusEvent e : p.derived()) {
              if (e.type() == EventType.MARK_SUSPECTED) {
                SchoolingState own =
                    Derivation.baseState(file.derived().baseSpans(), e.effectiveDate());
                assertThat(own)
                    .isNotIn(
                        SchoolingState.ON_LEAVE,
                        SchoolingState.SUSPENDED,
                        SchoolingState.NOT_ENROLLED);
              }
            }
          }
        });
  }

  @Test
  @Tag("R-FILE-2")
  void absentEveryDayOnLeaveIsNotSuspected() {
    StudentId s = StudentId.of("L1");
    List<FileInput> inputs = new ArrayList<>();
    inputs.add(FileInput.of(FileFixtures.enrol(s, FileFixtures.START)));
    inputs.add(FileInput.of(
        FileFixtures.event("leave", s, FileFixtures.START.plusDays(1), EventType.START_LEAVE)));
    for (int d = 1; d < 40; d++) {
      inputs.add(
          FileFixtures.mark(s, FileFixtures.START.plusDays(d), MarkKind.ABSENT_WITHOUT_REASON));
    }
    StudentPicture p = FileFixtures.XX.student(s, inputs, FileFixtures.START.plusDays(60));
    assertThat(p.status().schooling()).isEqualTo(SchoolingState.ON_LEAVE);
    assertThat(p.derived()).isEmpty();
    assertThat(p.alerts()).isEmpty();

    // The same marks without the leave: suspected on the 6th school day (XX_COUNTY_2023).
    StudentPicture without = FileFixtures.XX.student(
        s,
        inputs.subList(2, inputs.size()).isEmpty() ? inputs : withoutLeave(inputs),
        FileFixtures.START.plusDays(60));
    assertThat(without.derived()).extracting(StatusEvent::type).contains(EventType.MARK_SUSPECTED);
  }

  private static List<FileInput> withoutLeave(List<FileInput> inputs) {
    List<FileInput> out = new ArrayList<>(inputs);
    out.remove(1);
    return out;
  }

  @Test
  @Tag("R-FILE-2")
  @Tag("R-FILE-5")
  void aCaseStepWithoutAnOpenCaseIsRejected() {
    qt().forAll(longs().all(), integers().between(0, 59)).checkAssert((seed, day) -> {
      StudentId s = StudentId.of("C" + Math.floorMod(seed, 100));
      LocalDate on = FileFixtures.START.plusDays(day);
      List<FileInput> inputs = List.of(
          FileInput.of(FileFixtures.enrol(s, FileFixtures.START)),
          FileFixtures.step(s, CaseStep.CONTACT, on));
      CountyDay fed = FileFixtures.XX.replay(shuffled(inputs, seed), on);
      assertThat(fed.rejections())
          .extracting(problem -> problem.code().name())
          .containsExactly("NO_OPEN_CASE");
      assertThat(FileFixtures.XX.picture(fed.county(), s, on).rejections())
          .extracting(problem -> problem.code().name())
          .containsExactly("NO_OPEN_CASE");
    });
  }

  @Test
  @Tag("R-FILE-5")
  void everyInputComesBackAppliedOrRejectedAndNothingThrows() {
    qt().forAll(longs().all(), integers().between(1, 3), integers().between(1, 30))
        .checkAssert((seed, students, days) -> {
          Random r = new Random(seed);
          List<FileInput> inputs = new ArrayList<>(FileFixtures.county(seed, students, days));
          StudentId s = StudentId.of("P0");
          inputs.add(null);
          inputs.add(FileInput.of((StatusEvent) null));
          inputs.add(FileInput.of(s, null));
          inputs.add(
              FileFixtures.mark(s, LocalDate.of(1900, 1, 1), MarkKind.ABSENT_WITHOUT_REASON));
          inputs.add(FileFixtures.mark(s, LocalDate.of(2200, 1, 1), MarkKind.PRESENT));
          inputs.add(FileInput.of(
              FileFixtures.event("auto:mine", s, FileFixtures.START, EventType.START_LEAVE)));
          inputs.add(FileInput.of(FileFixtures.enrol(s, FileFixtures.START)));
          LocalDate day = FileFixtures.START.plusDays(r.nextInt(days + 5));
          CountyDay fed = FileFixtures.XX.replay(shuffled(inputs, seed), day);
          assertThat(fed.applied().size() + fed.rejections().size()).isEqualTo(inputs.size());
          assertThat(fed.rejections())
              .extracting(problem -> problem.code().name())
              .contains("NULL_INPUT", "DATE_OUT_OF_RANGE", "RESERVED_EVENT_ID");
          assertThat(fed.rejections())
              .allSatisfy(rej -> assertThat(rej.message()).doesNotContain("P0"));
          CountyDay again = FileFixtures.XX.feedDay(fed.county(), day.minusDays(1), inputs);
          assertThat(again.rejections())
              .hasSize(inputs.size())
              .extracting(problem -> problem.code().name())
              .containsOnly("DAY_PASSED");
          assertThat(FileFixtures.XX.feedDay(fed.county(), null, inputs).rejections())
              .hasSize(inputs.size());
        });
  }
}

package org.kbbx.reporting.rate;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.cohort.CohortPolicy;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.division.DivisionLevel;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.person.Sex;
import org.kbbx.core.rate.Rate;
import org.kbbx.core.school.Grade;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.core.school.SchoolLevel;
import org.kbbx.core.status.EventType;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.core.status.StudentTimeline;
import org.kbbx.core.time.SchoolYear;

/**
 * Completion where and whenever the pupil finished (R-RATE-17), intake as entered (R-RATE-16),
 * enrolment on a date (R-RATE-15): the cases an independent oracle found, from real timelines.
 */
class CompletionAndIntakeTest {

  static final DivisionCode COUNTY = DivisionCode.parse("520527000000");
  static final SchoolId A = SchoolId.of("A-PRIMARY");
  static final SchoolId J = SchoolId.of("J-JUNIOR");
  static final SchoolId X = SchoolId.of("X-ELSEWHERE");
  static final Function<SchoolId, Option<DivisionCode>> DIRECTORY = id -> Option.of(Map.of(
          A, DivisionCode.parse("520527100000"),
          J, DivisionCode.parse("520527101000"),
          X, DivisionCode.parse("520528100000"))
      .get(id));
  static final StudentAttributes PUPIL =
      new StudentAttributes(Sex.MALE, Set.of(), Option.none(), Option.none());

  /** Builds one pupil's timeline; events numbered in call order. */
  static final class Pupil {
    final StudentId id;
    final List<StatusEvent> events = new ArrayList<>();

    Pupil(String id) {
      this.id = StudentId.of(id);
    }

    StatusEvent.Builder at(String date, EventType type) {
      return StatusEvent.builder()
          .id("e" + events.size())
          .student(id)
          .effectiveDate(LocalDate.parse(date))
          .sequence(events.size())
          .type(type);
    }

    Pupil add(StatusEvent.Builder b) {
      events.add(b.build());
      return this;
    }

    Pupil enrol(String date, SchoolId school, int grade) {
      return add(at(date, EventType.ENROL).school(school).grade(Grade.of(grade)));
    }

    /** Promotes on 1 September of each year until {@code grade} is reached. */
    Pupil promoteTo(int fromYear, int grade, int toGrade) {
      for (int g = grade + 1, y = fromYear; g <= toGrade; g++, y++) {
        add(at(y + "-09-01", EventType.PROMOTE).grade(Grade.of(g)));
      }
      return this;
    }

    Pupil transfer(String date, SchoolId to) {
      add(at(date, EventType.TRANSFER_OUT).school(to));
      return add(at(date, EventType.CONFIRM_TRANSFER_IN).school(to));
    }

    Pupil toJunior(String date, SchoolId school, int grade) {
      return add(at(date, EventType.PROGRESS_TO_JUNIOR).school(school).grade(Grade.of(grade)));
    }

    StudentTimeline timeline() {
      return StudentTimeline.of(id).withAll(events);
    }
  }

  static UnitCounts count(SchoolYear year, List<Pupil> pupils) {
    RateDates dates = RateDates.of(year);
    StudentCounter counter = StudentCounter.of(dates, CohortPolicy.NATIONAL, DIRECTORY);
    for (Pupil p : pupils) {
      assertThat(p.timeline().rejected()).as("legal events").isEmpty();
      assertThat(counter.add(YearStatuses.of(p.timeline(), dates), PUPIL)).isEmpty();
    }
    return counter.toCounts();
  }

  /** Four pupils enter grade 1 at A in 2014; the fourth moves out of the county in grade 6. */
  static List<Pupil> cohort() {
    List<Pupil> pupils = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      Pupil p = new Pupil("P" + i).enrol("2014-09-01", A, 1).promoteTo(2015, 1, 6);
      if (i == 4) {
        p.transfer("2020-03-01", X);
      }
      pupils.add(p.toJunior("2020-09-01", J, 7));
    }
    return pupils;
  }

  static Map<SchoolYear, CountsTable> countyHistory(List<Pupil> pupils) {
    Map<SchoolYear, CountsTable> history = new TreeMap<>();
    for (int y = 2014; y <= 2019; y++) {
      history.put(SchoolYear.of(y), count(SchoolYear.of(y), pupils).within(COUNTY));
    }
    return history;
  }

  // R-RATE-17: the oracle's 125 % case — a completer who left the county is not in its numerator.
  @Test
  @Tag("R-RATE-17")
  void pupilWhoMovedAwayCompletesWhereHeFinishedNotAtHisCensusSchool() {
    Map<SchoolYear, CountsTable> county = countyHistory(cohort());
    Rate adjusted = ConsolidationRates.of(
            county,
            SchoolYear.of(2019),
            ConsolidationScope.PRIMARY,
            Slice.all(),
            new ConsolidationOptions(true, false))
        .get();
    assertThat(adjusted)
        .as("3 completers of 4 entrants minus 1 transfer out")
        .isEqualTo(Rate.of(3, 3));
    Rate plain = ConsolidationRates.of(
            county,
            SchoolYear.of(2019),
            ConsolidationScope.PRIMARY,
            Slice.all(),
            ConsolidationOptions.PLAIN)
        .get();
    assertThat(plain).isEqualTo(Rate.of(3, 4));
    CountsTable elsewhere =
        count(SchoolYear.of(2019), cohort()).within(DivisionCode.parse("520528000000"));
    assertThat(elsewhere.total().get(Counter.COMPLETERS)).isEqualTo(1);
    assertThat(elsewhere.total().get(Counter.TRANSFERS_IN)).isEqualTo(1);
  }

  // R-RATE-17: suspended on the census day, resumed, finished grade 6 — a completer all the same.
  @Test
  @Tag("R-RATE-17")
  void pupilSuspendedOnCensusDayStillCompletes() {
    Pupil p = new Pupil("S1").enrol("2014-09-01", A, 1).promoteTo(2015, 1, 6);
    p.add(p.at("2019-09-01", EventType.SUSPEND).until(LocalDate.parse("2019-10-31")));
    p.add(p.at("2019-11-01", EventType.RESUME));
    p.toJunior("2020-09-01", J, 7);
    RateCounts at = count(SchoolYear.of(2019), List.of(p)).within(COUNTY).total();
    assertThat(at.get(Counter.ENROLLED))
        .as("not enrolled on the census day (R-RATE-15)")
        .isZero();
    assertThat(at.get(Counter.COMPLETERS)).isEqualTo(1);
    assertThat(at.get(Counter.TRANSFERS_IN) + at.get(Counter.TRANSFERS_OUT))
        .as("小升初 is no transfer")
        .isZero();
  }

  // R-RATE-17: a primary completion is counted once, in the year it happened; grade 9 likewise.
  @Test
  @Tag("R-RATE-17")
  void completerCountedOnceInTheYearHeFinished() {
    Pupil p = new Pupil("C1")
        .enrol("2014-09-01", A, 1)
        .promoteTo(2015, 1, 6)
        .toJunior("2020-09-01", J, 7)
        .promoteTo(2021, 7, 9);
    p.add(p.at("2023-07-10", EventType.COMPLETE));
    long primary = 0;
    long nine = 0;
    for (int y = 2014; y <= 2023; y++) {
      CountsTable t = count(SchoolYear.of(y), List.of(p)).total();
      primary += t.select(Slice.of(Grade.of(6))).get(Counter.COMPLETERS);
      nine += t.select(Slice.of(Grade.of(9))).get(Counter.COMPLETERS);
      if (y == 2019) {
        assertThat(t.select(Slice.of(Grade.of(6))).get(Counter.COMPLETERS)).isEqualTo(1);
      }
    }
    assertThat(primary).isEqualTo(1);
    assertThat(nine).isEqualTo(1);
  }

  // R-RATE-16: the six-weeks-late entrant is in his year's intake, at the school he entered.
  @Test
  @Tag("R-RATE-16")
  void lateEntrantIsIntakeOfHisYear() {
    Pupil late = new Pupil("L1").enrol("2014-10-13", A, 1);
    RateCounts c = count(SchoolYear.of(2014), List.of(late)).within(COUNTY).total();
    assertThat(c.get(Counter.ENROLLED)).isZero();
    assertThat(c.get(Counter.INTAKE)).isEqualTo(1);
    assertThat(count(SchoolYear.of(2015), List.of(late)).total().total().get(Counter.INTAKE))
        .isZero();
  }

  // R-RATE-16: repeaters are not intake again; junior intake is the year after primary completion.
  @Test
  @Tag("R-RATE-16")
  void repeatersExcludedAndJuniorIntakeFollowsCompletion() {
    Pupil repeater = new Pupil("R1").enrol("2014-09-01", A, 1);
    repeater.add(repeater.at("2015-09-01", EventType.REPEAT).grade(Grade.of(1)));
    assertThat(count(SchoolYear.of(2014), List.of(repeater)).total().total().get(Counter.INTAKE))
        .isEqualTo(1);
    assertThat(count(SchoolYear.of(2015), List.of(repeater)).total().total().get(Counter.INTAKE))
        .isZero();
    Pupil p = new Pupil("J1")
        .enrol("2018-09-01", A, 5)
        .promoteTo(2019, 5, 6)
        .toJunior("2020-09-01", J, 7);
    CountsTable y2020 = count(SchoolYear.of(2020), List.of(p)).total();
    assertThat(y2020.select(Slice.of(Grade.of(7))).get(Counter.INTAKE)).isEqualTo(1);
    assertThat(count(SchoolYear.of(2019), List.of(p)).total().total().get(Counter.INTAKE))
        .isZero();
  }

  // R-RATE-17: primary consolidation of 2019 is pending until 2020-09-01, then known.
  @Test
  @Tag("R-RATE-17")
  void primaryConsolidationIsPendingBeforeNextCensus() {
    Map<SchoolYear, CountsTable> county = countyHistory(cohort());
    RateDates y2019 = RateDates.of(SchoolYear.of(2019));
    Either<RateRejection, Rate> pending = ConsolidationRates.of(
        county,
        y2019,
        LocalDate.of(2020, 8, 31),
        ConsolidationScope.PRIMARY,
        Slice.all(),
        ConsolidationOptions.PLAIN);
    assertThat(pending.getLeft().code().name()).isEqualTo("RATE_PENDING");
    assertThat(pending.getLeft().message()).contains("2020-09-01");
    assertThat(ConsolidationRates.of(
                county,
                y2019,
                LocalDate.of(2020, 9, 1),
                ConsolidationScope.PRIMARY,
                Slice.all(),
                ConsolidationOptions.PLAIN)
            .get())
        .isEqualTo(Rate.of(3, 4));
  }

  // R-RATE-15: a borrowed pupil counts at the record school; a suspected dropout is still enrolled.
  @Test
  @Tag("R-RATE-15")
  void borrowedCountsAtTheRecordSchoolAndSuspectedIsEnrolled() {
    Pupil borrowed = new Pupil("B1").enrol("2019-09-01", A, 3);
    borrowed.add(borrowed.at("2019-09-01", EventType.BORROW).school(J));
    Pupil suspected = new Pupil("D1").enrol("2019-03-01", A, 3);
    suspected.add(suspected.at("2019-08-30", EventType.MARK_SUSPECTED));
    UnitCounts counts = count(SchoolYear.of(2019), List.of(borrowed, suspected));
    Map<DivisionCode, CountsTable> townships = counts.rollUp(DivisionLevel.TOWNSHIP);
    assertThat(townships.get(DivisionCode.parse("520527100000")).total().get(Counter.ENROLLED))
        .isEqualTo(2);
    assertThat(townships
            .getOrDefault(DivisionCode.parse("520527101000"), CountsTable.empty())
            .total()
            .get(Counter.ENROLLED))
        .isZero();
  }

  // R-RATE-18: a 6-3 county's resident aged 11 in grade 6 of a 5-4 school is junior, above his
  // level.
  @Test
  @Tag("R-RATE-18")
  void levelOfTheGradeComesFromTheSchoolAttended() {
    Contribution c = StudentYear.builder()
        .schoolYear(SchoolYear.of(2022))
        .sex(Sex.MALE)
        .school(SchoolRef.of("X-ELSEWHERE", DivisionCode.parse("520528100000")))
        .grade(Grade.of(6))
        .gradeSystem(GradeSystem.FIVE_FOUR)
        .enrolled(true)
        .household(DivisionCode.parse("520527100201"))
        .compulsoryAge(true)
        .expectedGrade(Grade.of(6))
        .enrolledForPopulation(true)
        .build()
        .contribution(GradeSystem.SIX_THREE);
    assertThat(c.counts(Counter.POPULATION_IN_OFFICIAL_LEVEL))
        .as("primary-age child in junior")
        .isFalse();
    assertThat(c.counts(Counter.POPULATION_AT_OR_ABOVE_LEVEL)).isTrue();
    assertThat(c.gradeSystem()).isEqualTo(GradeSystem.FIVE_FOUR);
    assertThat(c.populationSystem()).isEqualTo(GradeSystem.SIX_THREE);
    CountsTable t = CountsTable.accumulator(GradeSystem.SIX_THREE).add(c).toTable();
    assertThat(t.select(Slice.of(SchoolLevel.JUNIOR_SECONDARY)).get(Counter.ENROLLED))
        .isEqualTo(1);
    assertThat(t.select(Slice.of(SchoolLevel.PRIMARY)).get(Counter.POPULATION)).isEqualTo(1);
  }
}

package org.kbbx.reporting.rate;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kbbx.core.cohort.CohortPolicy;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.person.Sex;
import org.kbbx.core.rate.Rate;
import org.kbbx.core.school.Grade;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.core.status.ClosingReason;
import org.kbbx.core.status.EventType;
import org.kbbx.core.status.RecordState;
import org.kbbx.core.status.SchoolingState;
import org.kbbx.core.status.Status;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.core.status.StudentTimeline;
import org.kbbx.core.time.SchoolYear;

/** R-RATE-14: which record and schooling states count where; one case per schooling state. */
class StatusMembershipTest {

  private static final SchoolId HOME = SchoolId.of("S-HOME");
  private static final SchoolId OTHER = SchoolId.of("S-OTHER");
  private static final DivisionCode VILLAGE = DivisionCode.parse("520527100201");
  private static final Function<SchoolId, Option<DivisionCode>> DIRECTORY = id ->
      Option.of(Map.of(HOME, Cohorts.TOWNSHIP_A, OTHER, Cohorts.TOWNSHIP_B).get(id));
  private static final RateDates Y2022 = RateDates.of(SchoolYear.of(2022));
  /** Aged 10 in school year 2022: expected grade 5 (R-AGE-3). */
  private static final StudentAttributes CHILD = new StudentAttributes(
      Sex.FEMALE,
      Set.of(PriorityGroup.LEFT_BEHIND),
      Option.some(LocalDate.of(2012, 3, 1)),
      Option.some(VILLAGE));

  /** A valid status in {@code state}, begun before the school year, grade 5 at HOME where a record is open. */
  static Status statusIn(SchoolingState state) {
    Status.Builder b = Status.builder().schooling(state).since(LocalDate.of(2021, 10, 1));
    switch (state) {
      case NOT_ENROLLED -> b.record(RecordState.NONE);
      case DEFERRED -> b.record(RecordState.NONE).deferralEnd(LocalDate.of(2023, 8, 31));
      case COMPLETED -> closed(b, ClosingReason.COMPLETED);
      case DECEASED -> closed(b, ClosingReason.DECEASED);
      case AGED_OUT -> closed(b, ClosingReason.CANCELLED);
      default -> {
        b.record(RecordState.ACTIVE).recordSchool(HOME).grade(Grade.of(5));
        if (state.attendsSchool()) {
          b.attendingSchool(state == SchoolingState.BORROWED ? OTHER : HOME);
        }
        if (state == SchoolingState.SUSPENDED) {
          b.suspensionStart(LocalDate.of(2021, 10, 1)).suspensionEnd(LocalDate.of(2022, 9, 30));
        }
      }
    }
    return b.build();
  }

  private static void closed(Status.Builder b, ClosingReason reason) {
    b.record(RecordState.CLOSED).closingReason(reason).recordSchool(HOME).grade(Grade.of(9));
  }

  /** The hand-written membership table of {@link StatusMembership}'s Javadoc. */
  private static Set<Counter> expected(SchoolingState state) {
    Set<Counter> counters = EnumSet.noneOf(Counter.class);
    switch (state) {
      case ATTENDING, ON_LEAVE, SUSPECTED_DROPOUT, HOME_EDUCATION, BORROWED, SPECIAL_SCHOOL -> {
        counters.add(Counter.ENROLLED);
        counters.add(Counter.POPULATION_ENROLLED);
        counters.add(Counter.POPULATION_IN_OFFICIAL_LEVEL);
        counters.add(Counter.POPULATION_AT_OR_ABOVE_LEVEL);
      }
      case STUDYING_ELSEWHERE -> {
        counters.add(Counter.POPULATION_ENROLLED);
        counters.add(Counter.POPULATION_IN_OFFICIAL_LEVEL);
        counters.add(Counter.POPULATION_AT_OR_ABOVE_LEVEL);
      }
      case DEFERRED -> counters.add(Counter.POPULATION_DEFERRED);
      case COMPLETED -> {
        counters.add(Counter.POPULATION_COMPLETED);
        counters.add(Counter.POPULATION_AT_OR_ABOVE_LEVEL);
      }
      default -> {}
    }
    if (state != SchoolingState.DECEASED) {
      counters.add(Counter.POPULATION);
    }
    return counters;
  }

  private static Set<Counter> nonZero(CountsTable table) {
    Set<Counter> set = EnumSet.noneOf(Counter.class);
    table.total().asMap().forEach((c, v) -> {
      if (v != 0) {
        set.add(c);
      }
    });
    return set;
  }

  // R-RATE-14: a test per schooling state; both paths (student-years and the fast path) agree.
  @ParameterizedTest
  @EnumSource(SchoolingState.class)
  @Tag("R-RATE-14")
  void membershipOfEveryState(SchoolingState state) {
    Status s = statusIn(state);
    YearStatuses statuses = new YearStatuses(Status.initial(), s, s, Status.initial());
    StudentCounter fast = StudentCounter.of(Y2022, CohortPolicy.NATIONAL, DIRECTORY);
    assertThat(fast.add(statuses, CHILD).isEmpty()).isTrue();
    List<StudentYear> years = StatusMembership.studentYears(
            statuses, CHILD, Y2022, CohortPolicy.NATIONAL, DIRECTORY)
        .get();
    assertThat(nonZero(fast.toCounts().total())).isEqualTo(expected(state));
    assertThat(Cohorts.count(years)).isEqualTo(fast.toCounts());
    assertThat(StatusMembership.isEnrolled(s))
        .isEqualTo(expected(state).contains(Counter.ENROLLED));
    // begun before the year: never a dropout of this year, whatever the state
    assertThat(StatusMembership.isDropoutOfYear(s, Y2022)).isFalse();
  }

  private static StatusEvent event(int n, String date, EventType type) {
    return StatusEvent.of("e" + n, StudentId.of("ST1"), LocalDate.parse(date), n, type);
  }

  private static StatusEvent.Builder at(int n, String date, EventType type) {
    return StatusEvent.builder()
        .id("e" + n)
        .student(StudentId.of("ST1"))
        .effectiveDate(LocalDate.parse(date))
        .sequence(n)
        .type(type);
  }

  private static UnitCounts countsOf(StudentTimeline timeline, SchoolYear year) {
    RateDates dates = RateDates.of(year);
    StudentCounter counter = StudentCounter.of(dates, CohortPolicy.NATIONAL, DIRECTORY);
    assertThat(counter.add(YearStatuses.of(timeline, dates), CHILD).isEmpty()).isTrue();
    return counter.toCounts();
  }

  // R-RATE-10: a dropout is counted in the year it began (numerator and denominator), never again.
  @Test
  @Tag("R-RATE-10")
  void dropoutCountsInTheYearItBeganAndNeverAgain() {
    StudentTimeline t = StudentTimeline.of(StudentId.of("ST1"))
        .withAll(List.of(
            at(1, "2021-09-01", EventType.ENROL).school(HOME).grade(Grade.of(4)).build(),
            at(2, "2022-09-01", EventType.PROMOTE).grade(Grade.of(5)).build(),
            event(3, "2022-10-10", EventType.MARK_SUSPECTED),
            event(4, "2022-11-20", EventType.CONFIRM_DROPOUT)));
    assertThat(t.rejected()).isEmpty();
    CountsTable y2022 = countsOf(t, SchoolYear.of(2022)).total();
    assertThat(DropoutRates.annual(y2022, Slice.all())).isEqualTo(Rate.of(1, 1));
    assertThat(
            DropoutRates.annual(y2022, Slice.of(Grade.of(5)).withGroup(PriorityGroup.LEFT_BEHIND)))
        .isEqualTo(Rate.of(1, 1));
    CountsTable y2023 = countsOf(t, SchoolYear.of(2023)).total();
    assertThat(DropoutRates.annual(y2023, Slice.all())).isEqualTo(Rate.of(0, 0));
    // the child is still resident and of compulsory age: out of school in 2023
    assertThat(UisIndicators.outOfSchool(y2023, Slice.all())).isEqualTo(Rate.of(1, 1));
  }

  // R-RATE-13: same grade on two census dates is a repeater.
  @Test
  @Tag("R-RATE-13")
  void repeatingAGradeCountsAsRepeater() {
    StudentTimeline t = StudentTimeline.of(StudentId.of("ST1"))
        .withAll(List.of(
            at(1, "2021-09-01", EventType.ENROL).school(HOME).grade(Grade.of(5)).build(),
            at(2, "2022-09-01", EventType.REPEAT).grade(Grade.of(5)).build()));
    assertThat(t.rejected()).isEmpty();
    assertThat(countsOf(t, SchoolYear.of(2022))
            .total()
            .select(Slice.of(Grade.of(5)))
            .get(Counter.REPEATERS))
        .isEqualTo(1);
    assertThat(countsOf(t, SchoolYear.of(2021)).total().total().get(Counter.REPEATERS))
        .isZero();
  }

  // R-RATE-11: a transfer during the year counts out at the old school and in at the new one.
  @Test
  @Tag("R-RATE-11")
  void transferCountsOutAtTheOldSchoolAndInAtTheNew() {
    StudentTimeline t = StudentTimeline.of(StudentId.of("ST1"))
        .withAll(List.of(
            at(1, "2022-09-01", EventType.ENROL).school(HOME).grade(Grade.of(5)).build(),
            at(2, "2023-01-10", EventType.TRANSFER_OUT).school(OTHER).build(),
            at(3, "2023-01-20", EventType.CONFIRM_TRANSFER_IN).school(OTHER).build()));
    assertThat(t.rejected()).isEmpty();
    UnitCounts counts = countsOf(t, SchoolYear.of(2022));
    SchoolRef home = SchoolRef.of(HOME, Cohorts.TOWNSHIP_A);
    SchoolRef other = SchoolRef.of(OTHER, Cohorts.TOWNSHIP_B);
    assertThat(counts.bySchool().get(home).total().get(Counter.TRANSFERS_OUT)).isEqualTo(1);
    assertThat(counts.bySchool().get(home).total().get(Counter.ENROLLED)).isEqualTo(1);
    assertThat(counts.bySchool().get(other).total().get(Counter.TRANSFERS_IN)).isEqualTo(1);
    assertThat(counts.bySchool().get(other).total().get(Counter.ENROLLED)).isZero();
    assertThat(counts.total().total().get(Counter.POPULATION)).isEqualTo(1);
  }

  @Test
  void unknownSchoolIsARejectionAndAddsNothing() {
    Status s = statusIn(SchoolingState.ATTENDING);
    YearStatuses statuses = new YearStatuses(Status.initial(), s, s, Status.initial());
    StudentCounter counter = StudentCounter.of(Y2022, CohortPolicy.NATIONAL, id -> Option.none());
    Option<RateRejection> result = counter.add(statuses, CHILD);
    assertThat(result.get().code().name()).isEqualTo("RATE_UNKNOWN_SCHOOL");
    assertThat(counter.toCounts()).isEqualTo(UnitCounts.empty(GradeSystem.SIX_THREE));
    assertThat(StatusMembership.studentYears(
                statuses, CHILD, Y2022, CohortPolicy.NATIONAL, id -> Option.none())
            .getLeft()
            .message())
        .contains("S-HOME");
  }
}

package org.kbbx.reporting.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.cohort.CohortPolicy;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.person.Sex;
import org.kbbx.core.school.Grade;
import org.kbbx.core.status.ClosingReason;
import org.kbbx.core.status.RecordState;
import org.kbbx.core.status.SchoolingState;
import org.kbbx.core.status.Status;
import org.kbbx.core.time.SchoolYear;
import org.quicktheories.core.Gen;

/**
 * R-RATE-2 and R-RATE-14 properties of the fast path: {@link StudentCounter} counts exactly what
 * the student-years of {@link StatusMembership#studentYears} add up to, for random statuses around
 * the year, and its counts do not depend on the order or the partition of the students.
 */
class StudentCounterProperties {

  static final SchoolYear YEAR = SchoolYear.of(2022);
  private static final RateDates DATES = RateDates.of(YEAR);
  static final SchoolId[] SCHOOLS = new SchoolId[7];
  /** Households in 80 villages of 8 townships: more than the accumulator's first table holds. */
  static final DivisionCode[] VILLAGES = new DivisionCode[80];

  static {
    for (int s = 0; s < SCHOOLS.length; s++) {
      SCHOOLS[s] = SchoolId.of("520527100" + s);
    }
    for (int v = 0; v < VILLAGES.length; v++) {
      VILLAGES[v] = DivisionCode.of(520527100201L + v / 10 * 1000L + v % 10);
    }
  }

  /** Every school but the last lies in one of two townships; the last is unknown (a rejection). */
  private static final Function<SchoolId, Option<DivisionCode>> DIRECTORY =
      id -> id.equals(SCHOOLS[SCHOOLS.length - 1])
          ? Option.none()
          : Option.some(DivisionCode.of(id.value().endsWith("1") ? 520527101000L : 520527100000L));

  /** A valid status from random bits: any state, dated around the year, at one of the schools. */
  static Status status(long bits) {
    SchoolingState state =
        SchoolingState.values()[(int) Long.remainderUnsigned(bits, SchoolingState.values().length)];
    LocalDate since = YEAR.start().plusDays(Long.remainderUnsigned(bits >>> 8, 900) - 450);
    SchoolId school = SCHOOLS[(int) Long.remainderUnsigned(bits >>> 20, SCHOOLS.length)];
    SchoolId other = SCHOOLS[(int) Long.remainderUnsigned(bits >>> 24, SCHOOLS.length)];
    Grade grade = Grade.of(1 + (int) Long.remainderUnsigned(bits >>> 28, 9));
    Status.Builder b = Status.builder().schooling(state).since(since);
    boolean closed = (bits >>> 33 & 1) != 0;
    switch (state) {
      case NOT_ENROLLED -> b.record(RecordState.NONE);
      case DEFERRED -> b.record(RecordState.NONE).deferralEnd(since.plusYears(1));
      case COMPLETED ->
        b.record(RecordState.CLOSED)
            .closingReason(ClosingReason.COMPLETED)
            .recordSchool(school)
            .grade(grade);
      case DECEASED, AGED_OUT -> {
        if (closed) {
          b.record(RecordState.CLOSED)
              .closingReason(
                  state == SchoolingState.DECEASED
                      ? ClosingReason.DECEASED
                      : ClosingReason.CANCELLED)
              .recordSchool(school)
              .grade(grade);
        } else {
          b.record(RecordState.NONE);
        }
      }
      default -> {
        boolean pending = state == SchoolingState.ATTENDING && closed;
        b.record(pending ? RecordState.TRANSFER_PENDING : RecordState.ACTIVE)
            .recordSchool(school)
            .grade(grade);
        if (state.attendsSchool()) {
          b.attendingSchool(state == SchoolingState.BORROWED || pending ? other : school);
        }
        if (state == SchoolingState.SUSPENDED) {
          b.suspensionStart(since).suspensionEnd(since.plusMonths(10));
        }
      }
    }
    return b.build();
  }

  /** One student: four statuses (census and count date often the same object) and attributes. */
  record Student(YearStatuses statuses, StudentAttributes attributes) {}

  static Student student(List<Long> bits) {
    Status census = status(bits.get(1));
    long a = bits.get(0);
    Status count = (a & 1) != 0 ? census : status(bits.get(2));
    Status previous = (a >>> 1 & 3) == 0 ? census : status(bits.get(3));
    Status next = (a >>> 3 & 3) == 0 ? census : status(bits.get(4));
    Set<PriorityGroup> groups = EnumSet.noneOf(PriorityGroup.class);
    for (PriorityGroup g : PriorityGroup.values()) {
      if ((a >>> (5 + g.ordinal()) & 7) == 7) {
        groups.add(g);
      }
    }
    // ages about 4 to 18 at the start of the year: below, inside and above compulsory age
    Option<LocalDate> birth = (a >>> 20 & 15) == 0
        ? Option.none()
        : Option.some(
            YEAR.start().minusYears(4).minusDays(Long.remainderUnsigned(a >>> 24, 365 * 14)));
    Option<DivisionCode> household = (a >>> 40 & 7) == 0
        ? Option.none()
        : Option.some(VILLAGES[(int) Long.remainderUnsigned(a >>> 44, VILLAGES.length)]);
    Sex sex = (a >>> 52 & 1) == 0 ? Sex.MALE : Sex.FEMALE;
    return new Student(
        new YearStatuses(previous, census, count, next),
        new StudentAttributes(sex, groups, birth, household));
  }

  static Gen<Student> students() {
    return lists().of(longs().all()).ofSize(5).map(StudentCounterProperties::student);
  }

  static Gen<List<Student>> populations() {
    return lists().of(students()).ofSizeBetween(0, 40);
  }

  private static UnitCounts fast(List<Student> population) {
    StudentCounter counter = StudentCounter.of(DATES, CohortPolicy.NATIONAL, DIRECTORY);
    for (Student s : population) {
      counter.add(s.statuses(), s.attributes());
    }
    return counter.toCounts();
  }

  // R-RATE-14, R-RATE-2: the fast path and the student-year path classify every student alike
  // (rejections included) and add up to the same counts.
  @Test
  @Tag("R-RATE-14")
  @Tag("R-RATE-2")
  void counterEqualsTheSumOfStudentYears() {
    qt().forAll(populations()).checkAssert(population -> {
      StudentCounter counter = StudentCounter.of(DATES, CohortPolicy.NATIONAL, DIRECTORY);
      List<StudentYear> years = new ArrayList<>();
      for (Student s : population) {
        Option<RateRejection> rejected = counter.add(s.statuses(), s.attributes());
        Either<RateRejection, List<StudentYear>> slow = StatusMembership.studentYears(
            s.statuses(), s.attributes(), DATES, CohortPolicy.NATIONAL, DIRECTORY);
        assertThat(rejected.map(RateRejection::message))
            .isEqualTo(slow.swap().toOption().map(RateRejection::message));
        slow.forEach(years::addAll);
      }
      assertThat(counter.toCounts()).isEqualTo(Cohorts.count(years));
    });
  }

  // R-RATE-2: counting in any order, or part by part and merging, equals one pass.
  @Test
  @Tag("R-RATE-2")
  void orderAndPartitionDoNotChangeTheCounts() {
    qt().forAll(populations(), lists().of(integers().between(0, 2)).ofSize(40))
        .checkAssert((population, parts) -> {
          UnitCounts onePass = fast(population);
          List<Student> reversed = new ArrayList<>(population);
          Collections.reverse(reversed);
          assertThat(fast(reversed)).isEqualTo(onePass);
          List<List<Student>> partition =
              List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
          for (int i = 0; i < population.size(); i++) {
            partition.get(parts.get(i)).add(population.get(i));
          }
          UnitCounts merged = UnitCounts.empty(CohortPolicy.NATIONAL.gradeSystem());
          for (List<Student> part : partition) {
            merged = merged.plus(fast(part));
          }
          assertThat(merged).isEqualTo(onePass);
        });
  }
}

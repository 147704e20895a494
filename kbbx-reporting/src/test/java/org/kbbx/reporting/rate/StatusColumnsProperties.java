package org.kbbx.reporting.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.cohort.CohortPolicy;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.person.Sex;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.core.status.RecordState;
import org.kbbx.core.status.SchoolingState;
import org.kbbx.core.status.Status;

/**
 * R-RATE-2, R-RATE-14, R-RATE-16, R-RATE-17, R-RATE-18 properties of the columnar path: {@link
 * StudentCounter#addAll(StatusColumns)} counts exactly what {@link StudentCounter#add} counts for
 * the same students given as value objects — the one classification read through two readers.
 */
class StatusColumnsProperties {

  /** The schools of {@link StudentCounterProperties}, all known here; 5-4 where the mask says. */
  private static final Function<SchoolId, Option<DivisionCode>> DIRECTORY =
      id -> Option.some(DivisionCode.of(id.value().endsWith("1") ? 520527101000L : 520527100000L));

  private static final RateDates DATES = RateDates.of(StudentCounterProperties.YEAR);

  /** The schools the generator uses, in index order. */
  private static final List<SchoolId> SCHOOLS = List.of(StudentCounterProperties.SCHOOLS);

  /** The households the generator uses, in index order. */
  private static final List<DivisionCode> VILLAGES = List.of(StudentCounterProperties.VILLAGES);

  /** A student's statuses with the grade system of their school: 5-4 for schools in the mask. */
  private static YearStatuses withSchoolSystems(
      YearStatuses y, int fiveFourMask, boolean explicit) {
    return new YearStatuses(
        system(y.previousCensus(), fiveFourMask, explicit),
        system(y.census(), fiveFourMask, explicit),
        y.countDay() == y.census()
            ? system(y.census(), fiveFourMask, explicit)
            : system(y.countDay(), fiveFourMask, explicit),
        system(y.nextCensus(), fiveFourMask, explicit));
  }

  private static Status system(Status s, int fiveFourMask, boolean explicit) {
    if (s.recordSchool().isEmpty()) {
      return s;
    }
    boolean fiveFour = (fiveFourMask >>> SCHOOLS.indexOf(s.recordSchool().get()) & 1) != 0;
    if (fiveFour) {
      return Status.builder().from(s).gradeSystem(GradeSystem.FIVE_FOUR).build();
    }
    // a 6-3 school's status may name its system or leave it to the jurisdiction: the same counts
    return explicit
        ? Status.builder().from(s).gradeSystem(GradeSystem.SIX_THREE).build()
        : s;
  }

  private static StatusColumns columns(
      List<StudentCounterProperties.Student> population, int fiveFourMask) {
    int n = population.size();
    StatusColumns.Builder b = StatusColumns.builder();
    for (int k = 0; k < SCHOOLS.size(); k++) {
      if ((fiveFourMask >>> k & 1) != 0) {
        b.school(SCHOOLS.get(k), GradeSystem.FIVE_FOUR);
      } else if (k % 2 == 0) {
        b.school(SCHOOLS.get(k));
      } else {
        b.school(SCHOOLS.get(k), GradeSystem.SIX_THREE);
      }
    }
    VILLAGES.forEach(b::household);
    for (int d = 0; d < 4; d++) {
      SchoolingState[] states = new SchoolingState[n];
      RecordState[] records = new RecordState[n];
      int[] schools = new int[n];
      int[] grades = new int[n];
      int[] since = new int[n];
      for (int i = 0; i < n; i++) {
        YearStatuses y = population.get(i).statuses();
        Status s = d == 0
            ? y.previousCensus()
            : d == 1 ? y.census() : d == 2 ? y.countDay() : y.nextCensus();
        states[i] = s.schooling();
        records[i] = s.record();
        schools[i] = s.recordSchool().map(SCHOOLS::indexOf).orElse(StatusColumns.NO_INDEX);
        grades[i] = s.grade().map(g -> g.number()).orElse(0);
        since[i] = s.since().map(day -> (int) day.toEpochDay()).orElse(StatusColumns.NO_DAY);
      }
      switch (d) {
        case 0 -> b.previousCensus(states, records, schools, grades, since);
        case 1 -> b.census(states, records, schools, grades, since);
        case 2 -> b.countDay(states, records, schools, grades, since);
        default -> b.nextCensus(states, records, schools, grades, since);
      }
    }
    Sex[] sex = new Sex[n];
    int[] birth = new int[n];
    int[] household = new int[n];
    for (int i = 0; i < n; i++) {
      StudentAttributes a = population.get(i).attributes();
      sex[i] = a.sex();
      birth[i] = a.birthDate().map(day -> (int) day.toEpochDay()).getOrElse(StatusColumns.NO_DAY);
      household[i] = a.household().map(VILLAGES::indexOf).getOrElse(StatusColumns.NO_INDEX);
    }
    b.students(sex, birth, household);
    for (PriorityGroup g : PriorityGroup.values()) {
      boolean[] members = new boolean[n];
      for (int i = 0; i < n; i++) {
        members[i] = population.get(i).attributes().groups().contains(g);
      }
      b.group(g, members);
    }
    var built = b.build();
    if (built.isInvalid()) {
      throw new AssertionError(built.getError().toString());
    }
    return built.get();
  }

  // R-RATE-2, R-RATE-14: the columns count every student as the value objects do, and the two
  // inputs merge into one counter; R-RATE-16/17 (completion and intake from the statuses) and
  // R-RATE-18 (schools of another grade system) through the same classification.
  @Test
  @Tag("R-RATE-2")
  @Tag("R-RATE-14")
  @Tag("R-RATE-16")
  @Tag("R-RATE-17")
  @Tag("R-RATE-18")
  void columnsCountAsTheValueObjects() {
    qt().forAll(
            StudentCounterProperties.populations(),
            integers().between(0, (1 << SCHOOLS.size()) - 1),
            lists().of(integers().between(0, 1)).ofSize(40))
        .checkAssert((generated, fiveFourMask, split) -> {
          List<StudentCounterProperties.Student> population = new ArrayList<>();
          for (int i = 0; i < generated.size(); i++) {
            StudentCounterProperties.Student s = generated.get(i);
            population.add(new StudentCounterProperties.Student(
                withSchoolSystems(s.statuses(), fiveFourMask, split.get(i) == 1), s.attributes()));
          }
          StudentCounter objects = StudentCounter.of(DATES, CohortPolicy.NATIONAL, DIRECTORY);
          for (StudentCounterProperties.Student s : population) {
            assertThat(objects.add(s.statuses(), s.attributes()).isEmpty()).isTrue();
          }
          StudentCounter columns = StudentCounter.of(DATES, CohortPolicy.NATIONAL, DIRECTORY);
          assertThat(columns.addAll(columns(population, fiveFourMask)).isEmpty())
              .isTrue();
          assertThat(columns.toCounts()).isEqualTo(objects.toCounts());

          // half as objects, half as columns, into one counter: the same counts again
          List<StudentCounterProperties.Student> first = new ArrayList<>();
          List<StudentCounterProperties.Student> second = new ArrayList<>();
          for (int i = 0; i < population.size(); i++) {
            (split.get(i) == 0 ? first : second).add(population.get(i));
          }
          StudentCounter mixed = StudentCounter.of(DATES, CohortPolicy.NATIONAL, DIRECTORY);
          first.forEach(s -> mixed.add(s.statuses(), s.attributes()));
          mixed.addAll(columns(second, fiveFourMask));
          assertThat(mixed.toCounts()).isEqualTo(objects.toCounts());
        });
  }

  // R-RATE-2: a school missing from the directory adds nothing and is named.
  @Test
  @Tag("R-RATE-2")
  void unknownSchoolAddsNothing() {
    qt().forAll(StudentCounterProperties.populations()).checkAssert(population -> {
      SchoolId missing = SCHOOLS.get(SCHOOLS.size() - 1);
      StudentCounter counter = StudentCounter.of(
          DATES,
          CohortPolicy.NATIONAL,
          id -> id.equals(missing) ? Option.none() : DIRECTORY.apply(id));
      Option<RateRejection> rejected = counter.addAll(columns(population, 0));
      assertThat(rejected.map(RateRejection::code))
          .isEqualTo(Option.some(RateRejection.Code.RATE_UNKNOWN_SCHOOL));
      assertThat(counter.toCounts()).isEqualTo(UnitCounts.empty(GradeSystem.SIX_THREE));
    });
  }
}

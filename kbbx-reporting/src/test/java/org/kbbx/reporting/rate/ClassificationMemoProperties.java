package org.kbbx.reporting.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
import org.kbbx.core.time.DateRange;
import org.kbbx.core.time.SchoolYear;

/**
 * R-RATE-2, R-RATE-14 properties of the memoised classification of {@link
 * StudentCounter#addAll(StatusColumns)}: on hostile random columns (every schooling and record
 * state at every date, transfers between schools of different grade systems, state start days
 * around the first day of the year, the census and the count date, birth days on and next to the
 * cohort's edges, missing households and birth dates, two jurisdictions), {@link
 * ClassificationMemo}'s answer for a student's {@link ClassificationKeys key} is what {@link
 * StatusMembership#classify} answers for the student read through {@link ColumnYearReader}, and
 * {@code addAll} counts what adding each student's classification one by one counts.
 */
class ClassificationMemoProperties {

  private static final SchoolYear YEAR = SchoolYear.of(2022);
  /** Census after the first day of the year, so "since" days fall on each side of each date. */
  private static final RateDates DATES =
      new RateDates(YEAR, LocalDate.of(2022, 9, 15), LocalDate.of(2023, 6, 30));

  private static final CohortPolicy FIVE_FOUR =
      CohortPolicy.of(MonthDay.of(Month.SEPTEMBER, 1), 6, 15, GradeSystem.FIVE_FOUR);

  private static final SchoolId[] SCHOOLS = new SchoolId[5];
  private static final DivisionCode[] VILLAGES = new DivisionCode[4];

  static {
    for (int s = 0; s < SCHOOLS.length; s++) {
      SCHOOLS[s] = SchoolId.of("520527200" + s);
    }
    for (int v = 0; v < VILLAGES.length; v++) {
      VILLAGES[v] = DivisionCode.of(520527100201L + v * 1000L);
    }
  }

  private static final Function<SchoolId, Option<DivisionCode>> DIRECTORY =
      id -> Option.some(DivisionCode.of(id.value().endsWith("1") ? 520527101000L : 520527100000L));

  private static final SchoolingState[] STATES = SchoolingState.values();
  private static final RecordState[] RECORDS = RecordState.values();
  private static final GradeSystem[] SYSTEMS = GradeSystem.values();

  /** Random columns of {@code n} students from a seed; priority groups when {@code groups}. */
  static StatusColumns columns(long seed, int n, CohortPolicy policy, boolean groups) {
    Random random = new Random(seed);
    StatusColumns.Builder b = StatusColumns.builder();
    for (SchoolId school : SCHOOLS) {
      int system = random.nextInt(SYSTEMS.length + 1);
      if (system == SYSTEMS.length) {
        b.school(school);
      } else {
        b.school(school, SYSTEMS[system]);
      }
    }
    for (DivisionCode village : VILLAGES) {
      b.household(village);
    }
    int[] days = interestingDays(policy);
    int[] censusSchool = new int[n];
    int[] censusGrade = new int[n];
    for (int i = 0; i < n; i++) {
      censusSchool[i] = random.nextInt(SCHOOLS.length);
      censusGrade[i] = 1 + random.nextInt(9);
    }
    for (int d = 0; d < 4; d++) {
      SchoolingState[] states = new SchoolingState[n];
      RecordState[] records = new RecordState[n];
      int[] schools = new int[n];
      int[] grades = new int[n];
      int[] since = new int[n];
      for (int i = 0; i < n; i++) {
        // mostly the common facts (attending, an open record), often anything at all
        boolean common = random.nextInt(3) > 0;
        states[i] = common && random.nextBoolean()
            ? SchoolingState.ATTENDING
            : STATES[random.nextInt(STATES.length)];
        records[i] = common ? RecordState.ACTIVE : RECORDS[random.nextInt(RECORDS.length)];
        if (records[i] == RecordState.NONE) {
          schools[i] = StatusColumns.NO_INDEX;
          grades[i] = 0;
        } else {
          // the census school and grade, or a transfer, a repeat, a promotion, anything
          schools[i] = random.nextInt(3) > 0 ? censusSchool[i] : random.nextInt(SCHOOLS.length);
          int grade = censusGrade[i] + (d == 3 ? 1 : d == 0 ? -1 : 0) - 1 + random.nextInt(3);
          grades[i] =
              random.nextInt(4) == 0 ? 1 + random.nextInt(9) : Math.max(1, Math.min(9, grade));
        }
        since[i] =
            random.nextInt(4) == 0 ? StatusColumns.NO_DAY : days[random.nextInt(days.length)];
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
    int[] births = birthDays(policy);
    for (int i = 0; i < n; i++) {
      sex[i] = Sex.values()[random.nextInt(Sex.values().length)];
      birth[i] =
          random.nextInt(8) == 0 ? StatusColumns.NO_DAY : births[random.nextInt(births.length)];
      household[i] =
          random.nextInt(6) == 0 ? StatusColumns.NO_INDEX : random.nextInt(VILLAGES.length);
    }
    b.students(sex, birth, household);
    if (groups) {
      for (PriorityGroup g : PriorityGroup.values()) {
        boolean[] members = new boolean[n];
        for (int i = 0; i < n; i++) {
          members[i] = random.nextInt(10) == 0;
        }
        b.group(g, members);
      }
    }
    var built = b.build();
    if (built.isInvalid()) {
      throw new AssertionError(built.getError().toString());
    }
    return built.get();
  }

  /** Start days on and next to the first day of the year, the census and the count date. */
  private static int[] interestingDays(CohortPolicy policy) {
    long start = YEAR.start().toEpochDay();
    long census = DATES.census().toEpochDay();
    long count = DATES.countDate().toEpochDay();
    return new int[] {
      (int) start - 400,
      (int) start - 1,
      (int) start,
      (int) start + 1,
      (int) census - 1,
      (int) census,
      (int) census + 1,
      (int) count - 1,
      (int) count,
      (int) count + 1,
      (int) count + 200
    };
  }

  /** Birth days on and next to every edge of the policy's age cohort, and far outside it. */
  private static int[] birthDays(CohortPolicy policy) {
    List<Integer> days = new ArrayList<>();
    for (int age = policy.entryAge() - 1; age <= policy.lastCompulsoryAge() + 1; age++) {
      DateRange range = policy.birthRangeForAge(age, YEAR);
      for (LocalDate edge : List.of(range.first(), range.last())) {
        days.add((int) edge.toEpochDay() - 1);
        days.add((int) edge.toEpochDay());
        days.add((int) edge.toEpochDay() + 1);
      }
    }
    days.add((int) LocalDate.of(1990, 1, 1).toEpochDay());
    days.add((int) LocalDate.of(2022, 1, 1).toEpochDay());
    return days.stream().mapToInt(Integer::intValue).toArray();
  }

  private static CohortPolicy policy(int which) {
    return which == 0 ? CohortPolicy.NATIONAL : FIVE_FOUR;
  }

  // R-RATE-2, R-RATE-14: for every student, the memo's places, schools and cells are those of
  // the one classification run on the student itself
  @Test
  @Tag("R-RATE-2")
  @Tag("R-RATE-14")
  void memoAnswersAsTheClassificationOfEachStudent() {
    qt().forAll(longs().all(), integers().between(1, 400), integers().between(0, 1))
        .checkAssert((seed, n, which) -> {
          CohortPolicy policy = policy(which);
          StatusColumns columns = columns(seed, n, policy, false);
          CountingYear year = CountingYear.of(DATES, policy);
          GradeSystem def = policy.gradeSystem();
          ClassificationKeys keys = new ClassificationKeys(columns, year);
          ClassificationMemo memo = new ClassificationMemo(year);
          ColumnYearReader r = new ColumnYearReader(columns);
          long[] block = new long[n];
          keys.of(0, n, block);
          for (int i = 0; i < n; i++) {
            assertThat(block[i]).isEqualTo(keys.of(i));
            int signature = memo.signature(block[i]);
            assertThat(signature).as("every key of the columns is answerable").isNotNegative();
            r.at(i);
            StatusMembership.Parts p =
                StatusMembership.classify(new StatusMembership.Parts(), r, year);
            int sex = columns.sex[i];
            assertThat(memo.places(signature)).isEqualTo(p.places);
            int enrolmentVariants = memo.enrolmentVariants.size();
            int populationVariants = memo.populationVariants.size();
            for (int k = 0; k < p.places; k++) {
              assertThat(columns.school[memo.slot(signature, k)][i])
                  .isEqualTo(r.school(p.slots[k]));
              long c = p.contribution(k, k == 0, sex, 0, def);
              assertThat(memo.enrolmentVariant(signature, sex, k))
                  .isEqualTo(memo.enrolmentVariants.id(c));
            }
            long c = p.contribution(p.places == 0 ? -1 : 0, true, sex, 0, def);
            assertThat(memo.populationVariant(signature, sex))
                .isEqualTo(p.resident ? memo.populationVariants.id(c) : -1);
            // the classification's cells were already numbered: nothing new was seen
            assertThat(memo.enrolmentVariants.size()).isEqualTo(enrolmentVariants);
            assertThat(memo.populationVariants.size()).isEqualTo(populationVariants);
          }
        });
  }

  // R-RATE-2, R-RATE-14: addAll (memoised, priority groups counted one by one) counts what adding
  // each student's own classification counts
  @Test
  @Tag("R-RATE-2")
  @Tag("R-RATE-14")
  void addAllCountsAsEachStudentClassified() {
    qt().forAll(longs().all(), integers().between(0, 400), integers().between(0, 1))
        .checkAssert((seed, n, which) -> {
          CohortPolicy policy = policy(which);
          StatusColumns columns = columns(seed, n, policy, seed % 2 == 0);
          StudentCounter counter = StudentCounter.of(DATES, policy, DIRECTORY);
          assertThat(counter.addAll(columns).isEmpty()).isTrue();
          assertThat(counter.toCounts()).isEqualTo(oneByOne(columns, policy));
        });
  }

  /** The counts of the columns with each student classified and added on its own. */
  private static UnitCounts oneByOne(StatusColumns columns, CohortPolicy policy) {
    CountingYear year = CountingYear.of(DATES, policy);
    GradeSystem def = policy.gradeSystem();
    UnitCounts.Accumulator sum = UnitCounts.accumulator(def);
    ColumnYearReader r = new ColumnYearReader(columns);
    for (int i = 0; i < columns.students; i++) {
      r.at(i);
      StatusMembership.Parts p = StatusMembership.classify(new StatusMembership.Parts(), r, year);
      int groups = columns.groups == null ? 0 : columns.groups[i];
      DivisionCode household = p.resident ? columns.households[columns.household[i]] : null;
      for (int k = 0; k < p.places; k++) {
        SchoolId id = columns.schools[r.school(p.slots[k])];
        sum.add(
            StatusMembership.resolve(DIRECTORY, id),
            k == 0 ? household : null,
            p.contribution(k, k == 0, columns.sex[i], groups, def));
      }
      if (p.places == 0 && p.resident) {
        sum.add(null, household, p.contribution(-1, true, columns.sex[i], groups, def));
      }
    }
    return sum.toCounts();
  }
}

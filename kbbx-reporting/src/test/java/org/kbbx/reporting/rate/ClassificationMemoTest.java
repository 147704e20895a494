package org.kbbx.reporting.rate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.cohort.CohortPolicy;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.person.Sex;
import org.kbbx.core.status.RecordState;
import org.kbbx.core.status.SchoolingState;
import org.kbbx.core.time.SchoolYear;

/**
 * The memo of {@link StudentCounter#addAll(StatusColumns)} stays small on a county-like year: the
 * number of distinct {@link ClassificationKeys keys} (classifications run) depends on the kinds
 * of students, not on how many there are.
 */
class ClassificationMemoTest {

  private static final SchoolYear YEAR = SchoolYear.of(2022);
  private static final RateDates DATES = RateDates.of(YEAR);

  /**
   * A county-like year: nine grades at 30 schools, most attending the same school all year and
   * promoted, with a few new entrants, dropouts of the year, transfers, completers, children with
   * no record, no birth date or no household, birth days spread over each grade's year.
   */
  private static StatusColumns county(int n, long seed) {
    Random random = new Random(seed);
    StatusColumns.Builder b = StatusColumns.builder();
    int schools = 30;
    for (int s = 0; s < schools; s++) {
      b.school(SchoolId.of("520527300" + s));
    }
    int villages = 60;
    for (int v = 0; v < villages; v++) {
      b.household(DivisionCode.of(520527100201L + v));
    }
    SchoolingState[][] states = new SchoolingState[4][n];
    RecordState[][] records = new RecordState[4][n];
    int[][] school = new int[4][n];
    int[][] grade = new int[4][n];
    int[][] since = new int[4][n];
    Sex[] sex = new Sex[n];
    int[] birth = new int[n];
    int[] household = new int[n];
    int old = (int) LocalDate.of(2020, 9, 1).toEpochDay();
    int inYear = (int) LocalDate.of(2023, 3, 1).toEpochDay();
    for (int i = 0; i < n; i++) {
      int g = 1 + random.nextInt(9);
      int s = random.nextInt(schools);
      int kind = random.nextInt(100);
      for (int d = 0; d < 4; d++) {
        int dg = g + d / 3 - (d == 0 ? 1 : 0);
        boolean record = dg >= 1 && dg <= 9;
        states[d][i] = record ? SchoolingState.ATTENDING : SchoolingState.NOT_ENROLLED;
        records[d][i] = record ? RecordState.ACTIVE : RecordState.NONE;
        school[d][i] = record ? s : StatusColumns.NO_INDEX;
        grade[d][i] = record ? dg : 0;
        since[d][i] = old;
      }
      if (kind == 0 && g < 9) { // a dropout of the year
        states[2][i] = SchoolingState.DROPPED_OUT;
        since[2][i] = inYear;
        states[3][i] = SchoolingState.DROPPED_OUT;
        grade[3][i] = g;
      } else if (kind <= 3) { // a transfer
        int to = (s + 1 + random.nextInt(schools - 1)) % schools;
        school[2][i] = to;
        school[3][i] = records[3][i] == RecordState.NONE ? StatusColumns.NO_INDEX : to;
      } else if (kind <= 6) { // a repeater
        grade[0][i] = g;
        records[0][i] = RecordState.ACTIVE;
        states[0][i] = SchoolingState.ATTENDING;
        school[0][i] = s;
      }
      if (g == 9 && kind > 6) { // completed in the year
        states[2][i] = SchoolingState.COMPLETED;
        records[2][i] = RecordState.CLOSED;
        since[2][i] = inYear;
        states[3][i] = SchoolingState.COMPLETED;
        records[3][i] = RecordState.CLOSED;
        school[3][i] = s;
        grade[3][i] = 9;
      }
      sex[i] = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
      LocalDate born = LocalDate.of(2022 - 6 - g + 1, 9, 1).minusDays(1 + random.nextInt(365));
      birth[i] = random.nextInt(200) == 0 ? StatusColumns.NO_DAY : (int) born.toEpochDay();
      household[i] = random.nextInt(12) == 0 ? StatusColumns.NO_INDEX : random.nextInt(villages);
    }
    b.previousCensus(states[0], records[0], school[0], grade[0], since[0]);
    b.census(states[1], records[1], school[1], grade[1], since[1]);
    b.countDay(states[2], records[2], school[2], grade[2], since[2]);
    b.nextCensus(states[3], records[3], school[3], grade[3], since[3]);
    b.students(sex, birth, household);
    var built = b.build();
    if (built.isInvalid()) {
      throw new AssertionError(built.getError().head().toString());
    }
    return built.get();
  }

  private static ClassificationMemo memoOf(StatusColumns columns) {
    CountingYear year = CountingYear.of(DATES, CohortPolicy.NATIONAL);
    ClassificationKeys keys = new ClassificationKeys(columns, year);
    ClassificationMemo memo = new ClassificationMemo(year);
    long[] block = new long[columns.students];
    keys.of(0, columns.students, block);
    for (long key : block) {
      memo.signature(key);
    }
    return memo;
  }

  // R-RATE-2: a county's students are classified a few hundred times, not once each
  @Test
  @Tag("R-RATE-2")
  void distinctKeysDoNotGrowWithTheStudents() {
    ClassificationMemo small = memoOf(county(20_000, 7));
    ClassificationMemo large = memoOf(county(200_000, 7));
    assertThat(large.signatures()).as("every key answerable").isEqualTo(large.size());
    // nine grades × a few kinds × births on each side of the cohort's cut-off × households: about
    // a hundred (113 here), and ten times the students add only rare combinations (92 at 20,000)
    assertThat(large.size()).isLessThan(300);
    assertThat(large.size()).isLessThan(small.size() * 3 / 2);
    assertThat(large.enrolmentVariants.size()).isLessThan(150);
    assertThat(large.populationVariants.size()).isLessThan(100);
  }
}

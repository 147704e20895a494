package org.kbbx.reporting.rate;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.cohort.CohortPolicy;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.person.Sex;
import org.kbbx.core.status.RecordState;
import org.kbbx.core.status.SchoolingState;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.core.validation.Violation;

/** {@link StatusColumns}: what {@code build()} rejects, and one county counted from columns. */
class StatusColumnsTest {

  private static final SchoolId SCHOOL = SchoolId.of("5205271000");
  private static final DivisionCode VILLAGE = DivisionCode.of(520527100201L);
  private static final int OLD = (int) LocalDate.of(2021, 9, 1).toEpochDay();

  /** Two students: one attending grade 3 at school 0, one not enrolled; both on the rolls. */
  private static StatusColumns.Builder twoStudents() {
    StatusColumns.Builder b = StatusColumns.builder().school(SCHOOL).household(VILLAGE);
    SchoolingState[] states = {SchoolingState.ATTENDING, SchoolingState.NOT_ENROLLED};
    RecordState[] records = {RecordState.ACTIVE, RecordState.NONE};
    int[] schools = {0, StatusColumns.NO_INDEX};
    int[] grades = {3, 0};
    int[] since = {OLD, OLD};
    int born = (int) LocalDate.of(2013, 3, 1).toEpochDay();
    return b.previousCensus(states, records, schools, grades, since)
        .census(states, records, schools, grades, since)
        .countDay(states, records, schools, grades, since)
        .nextCensus(states, records, schools, grades, since)
        .students(new Sex[] {Sex.MALE, Sex.FEMALE}, new int[] {born, born}, new int[] {0, 0});
  }

  private static Seq<String> paths(Validation<Seq<Violation>, StatusColumns> v) {
    return v.getError().map(Violation::path);
  }

  @Test
  @Tag("R-RATE-2")
  void countsTheStudentsOfValidColumns() {
    StatusColumns columns = twoStudents().build().get();
    StudentCounter counter = StudentCounter.of(
        RateDates.of(SchoolYear.of(2022)),
        CohortPolicy.NATIONAL,
        id -> Option.some(DivisionCode.of(520527100000L)));
    assertThat(counter.addAll(columns).isEmpty()).isTrue();
    RateCounts total = counter.toCounts().total().total();
    assertThat(total.get(Counter.ENROLLED)).isEqualTo(1);
    assertThat(total.get(Counter.POPULATION)).isEqualTo(2);
    assertThat(total.get(Counter.POPULATION_ENROLLED)).isEqualTo(1);
  }

  @Test
  void rejectsASchoolIndexOutOfRangeAndAGradeWithoutARecord() {
    StatusColumns.Builder b = twoStudents();
    SchoolingState[] states = {SchoolingState.ATTENDING, SchoolingState.NOT_ENROLLED};
    RecordState[] records = {RecordState.ACTIVE, RecordState.NONE};
    b.census(states, records, new int[] {5, StatusColumns.NO_INDEX}, new int[] {3, 2}, new int[2]);
    Validation<Seq<Violation>, StatusColumns> v = b.build();
    assertThat(v.isInvalid()).isTrue();
    assertThat(paths(v)).containsExactlyInAnyOrder("census[0].school", "census[1]");
  }

  @Test
  void rejectsAGradeOutOfRangeAndAHouseholdIndexOutOfRange() {
    StatusColumns.Builder b = twoStudents();
    SchoolingState[] states = {SchoolingState.ATTENDING, SchoolingState.NOT_ENROLLED};
    RecordState[] records = {RecordState.ACTIVE, RecordState.NONE};
    b.countDay(
        states, records, new int[] {0, StatusColumns.NO_INDEX}, new int[] {10, 0}, new int[2]);
    b.students(new Sex[] {Sex.MALE, Sex.FEMALE}, new int[2], new int[] {0, 1});
    Validation<Seq<Violation>, StatusColumns> v = b.build();
    assertThat(paths(v)).containsExactlyInAnyOrder("countDay[0].grade", "students.household[1]");
  }

  @Test
  void rejectsAShortColumnAndAMissingDate() {
    StatusColumns.Builder b = StatusColumns.builder().school(SCHOOL);
    SchoolingState[] states = {SchoolingState.ATTENDING};
    RecordState[] records = {RecordState.ACTIVE};
    b.census(states, records, new int[] {0}, new int[] {3}, new int[] {OLD})
        .countDay(states, records, new int[] {0}, new int[] {3}, new int[] {OLD})
        .nextCensus(states, records, new int[] {0}, new int[] {3}, new int[] {OLD})
        .students(new Sex[] {Sex.MALE, Sex.MALE}, new int[2], new int[] {-1, -1});
    Validation<Seq<Violation>, StatusColumns> v = b.build();
    assertThat(paths(v))
        .contains("previousCensus", "census.schooling", "countDay.grade", "nextCensus.sinceDay");
  }

  @Test
  void rejectsMissingStudents() {
    assertThat(paths(StatusColumns.builder().build())).containsExactly("students");
  }
}

package org.kbbx.spark.rate;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.junit.jupiter.api.Test;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.validation.Violation;
import org.kbbx.reporting.rate.StudentYear;

/** Untrusted rows: every problem is listed with its column, nothing throws. */
class StudentYearRowsTest {

  private static StudentYearRow valid() {
    StudentYearRow row = new StudentYearRow();
    row.setSchoolYear(2025);
    row.setSchoolId("S1");
    row.setSchoolDivision(520527100201L);
    row.setHouseholdDivision(520527100202L);
    row.setSex("FEMALE");
    row.setPriorityGroups(new String[] {"REGISTERED_POOR"});
    row.setGrade(7);
    row.setExpectedGrade(7);
    row.setCompulsoryAge(true);
    row.setEnrolled(true);
    row.setEnrolledForPopulation(true);
    return row;
  }

  @Test
  void validRowBecomesTheSameFacts() {
    StudentYear student = StudentYearRows.toStudentYear(valid()).get();
    assertThat(student.school().get().id().value()).isEqualTo("S1");
    assertThat(student.household().get().toString()).isEqualTo("520527100202");
    assertThat(student.priorityGroups()).containsExactly(PriorityGroup.REGISTERED_POOR);
    assertThat(student.enrolled()).isTrue();
  }

  @Test
  void everyProblemIsListedWithItsColumn() {
    StudentYearRow row = valid();
    row.setSchoolYear(1);
    row.setSchoolDivision(123L);
    row.setHouseholdDivision(null);
    row.setSex("X");
    row.setPriorityGroups(new String[] {"REGISTERED_POOR", "NOPE"});
    row.setGrade(10);
    row.setExpectedGrade(0);
    Validation<Seq<Violation>, StudentYear> result = StudentYearRows.toStudentYear(row);
    assertThat(result.getError().map(Violation::path))
        .containsExactlyInAnyOrder(
            "schoolYear", "schoolDivision", "sex", "priorityGroups[1]", "grade", "expectedGrade");
  }

  @Test
  void inconsistentFactsAreAProblemNotAnException() {
    StudentYearRow row = valid();
    row.setHouseholdDivision(null);
    assertThat(StudentYearRows.toStudentYear(row).getError().map(Violation::path))
        .containsExactly("row");
    assertThat(StudentYearRows.toStudentYear(null).isInvalid()).isTrue();
  }
}

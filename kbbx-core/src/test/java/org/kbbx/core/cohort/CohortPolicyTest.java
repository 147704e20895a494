package org.kbbx.core.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kbbx.core.school.Grade;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.core.time.DateRange;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.core.validation.Violation;

/** Example tests for the age cohort (R-AGE-1..6), with the examples of the domain text. */
@Tag("R-AGE-5")
class CohortPolicyTest {

  private static final CohortPolicy NATIONAL = CohortPolicy.NATIONAL;
  private static final SchoolYear Y2022 = SchoolYear.of(2022);

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  @Test
  @Tag("R-AGE-4")
  void nationalPolicyValues() {
    assertThat(NATIONAL.cutOff()).isEqualTo(MonthDay.of(9, 1));
    assertThat(NATIONAL.entryAge()).isEqualTo(6);
    assertThat(NATIONAL.lastCompulsoryAge()).isEqualTo(15);
    assertThat(NATIONAL.gradeSystem()).isEqualTo(GradeSystem.SIX_THREE);
    assertThat(NATIONAL.referenceDay(Y2022)).isEqualTo(d(2022, 8, 31));
  }

  @ParameterizedTest(name = "born {0} -> age {1} in 2022")
  @CsvSource({
    "2016-08-31, 6",
    "2016-09-01, 5",
    "2006-09-01, 15",
    "2006-08-31, 16",
    "2016-02-29, 6",
    "2022-08-31, 0",
    "2022-09-01, -1",
    "2023-08-31, -1",
    "2023-09-01, -2",
  })
  @Tag("R-AGE-1")
  void ageForSchoolYearIsFullYearsOnTheDayBeforeTheCutOff(LocalDate birth, int age) {
    assertThat(NATIONAL.ageFor(birth, Y2022)).isEqualTo(age);
  }

  @Test
  @Tag("R-AGE-2")
  void compulsoryBirthRangeFor2022() {
    // seed 003: 2006年9月1日至2016年8月31日出生, both inclusive
    assertThat(NATIONAL.compulsoryBirthRange(Y2022))
        .isEqualTo(DateRange.of(d(2006, 9, 1), d(2016, 8, 31)));
  }

  @ParameterizedTest(name = "born {0} -> {1}")
  @CsvSource({
    "2016-08-31, G1",
    "2015-09-01, G1",
    "2015-08-31, G2",
    "2008-08-31, G9",
    "2007-09-01, G9",
    "2007-08-31, SHOULD_HAVE_COMPLETED",
    "2006-09-01, SHOULD_HAVE_COMPLETED",
  })
  @Tag("R-AGE-3")
  void expectedGradeIsAgeMinusEntryAgePlusOne(LocalDate birth, String expected) {
    assertThat(NATIONAL.expectedGrade(birth, Y2022).map(ExpectedGrade::toString))
        .isEqualTo(Option.some(expected));
  }

  @Test
  @Tag("R-AGE-6")
  void ageClassesAroundTheRange() {
    assertThat(NATIONAL.classify(d(2016, 9, 1), Y2022))
        .isEqualTo(new AgeClassification(5, AgeClass.BELOW_AGE, Option.none()));
    assertThat(NATIONAL.classify(d(2016, 8, 31), Y2022))
        .isEqualTo(new AgeClassification(
            6, AgeClass.COMPULSORY_AGE, Option.some(ExpectedGrade.of(Grade.of(1)))));
    assertThat(NATIONAL.classify(d(2006, 9, 1), Y2022))
        .isEqualTo(new AgeClassification(
            15, AgeClass.COMPULSORY_AGE, Option.some(ExpectedGrade.SHOULD_HAVE_COMPLETED)));
    assertThat(NATIONAL.classify(d(2006, 8, 31), Y2022))
        .isEqualTo(new AgeClassification(16, AgeClass.ABOVE_AGE, Option.none()));
    assertThat(NATIONAL.expectedGrade(d(2006, 8, 31), Y2022)).isEqualTo(Option.none());
  }

  @Test
  void gradeTableFor2022() {
    assertThat(NATIONAL.birthRangeForGrade(Grade.of(1), Y2022))
        .isEqualTo(DateRange.of(d(2015, 9, 1), d(2016, 8, 31)));
    assertThat(NATIONAL.birthRangeForGrade(Grade.of(9), Y2022))
        .isEqualTo(DateRange.of(d(2007, 9, 1), d(2008, 8, 31)));
    assertThat(NATIONAL.shouldHaveCompletedBirthRange(Y2022))
        .isEqualTo(Option.some(DateRange.of(d(2006, 9, 1), d(2007, 8, 31))));
    assertThat(NATIONAL.withLastCompulsoryAge(14).shouldHaveCompletedBirthRange(Y2022))
        .isEqualTo(Option.none());
  }

  @Test
  @Tag("R-AGE-6")
  void overAgeAndUnderAgeForTheActualGrade() {
    LocalDate born = d(2010, 3, 1); // 12 in 2022: expected grade 7
    assertThat(NATIONAL.yearsOverAge(born, Y2022, Grade.of(7))).isZero();
    assertThat(NATIONAL.gradeAgeFit(born, Y2022, Grade.of(7))).isEqualTo(GradeAgeFit.ON_AGE);
    assertThat(NATIONAL.yearsOverAge(born, Y2022, Grade.of(5))).isEqualTo(2);
    assertThat(NATIONAL.gradeAgeFit(born, Y2022, Grade.of(5))).isEqualTo(GradeAgeFit.OVER_AGE);
    assertThat(NATIONAL.gradeAgeFit(born, Y2022, Grade.of(8))).isEqualTo(GradeAgeFit.UNDER_AGE);
    assertThat(GradeAgeFit.OVER_AGE.chineseLabel()).isEqualTo("超龄");
  }

  @Test
  @Tag("R-AGE-4")
  void entryAtSevenShiftsTheCohort() {
    CohortPolicy seven = CohortPolicy.of(MonthDay.of(9, 1), 7, 16, GradeSystem.SIX_THREE);
    assertThat(seven.compulsoryBirthRange(Y2022))
        .isEqualTo(DateRange.of(d(2005, 9, 1), d(2015, 8, 31)));
    assertThat(seven.expectedGrade(d(2015, 8, 31), Y2022))
        .isEqualTo(Option.some(ExpectedGrade.of(Grade.of(1))));
    assertThat(seven.classify(d(2016, 8, 31), Y2022).ageClass()).isEqualTo(AgeClass.BELOW_AGE);
  }

  @Test
  @Tag("R-AGE-4")
  void cutOffOnFebruary29IsRejected() {
    assertThatThrownBy(() -> NATIONAL.withCutOff(MonthDay.of(2, 29)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid cut-off --02-29: the day does not exist in common years; choose another day");
    assertThatThrownBy(() -> NATIONAL.withCutOff(MonthDay.of(3, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("children born on 02-29 would skip an age");
  }

  @Test
  void otherCutOffsWork() {
    CohortPolicy august = NATIONAL.withCutOff(MonthDay.of(8, 31));
    assertThat(august.compulsoryBirthRange(Y2022))
        .isEqualTo(DateRange.of(d(2006, 8, 31), d(2016, 8, 30)));
  }

  @Test
  @Tag("R-AGE-4")
  void validateListsEveryProblem() {
    assertThat(
            CohortPolicy.validate(MonthDay.of(2, 29), 9, 20, null).getError().map(Violation::path))
        .containsExactly("cutOff", "entryAge", "gradeSystem");
    assertThat(CohortPolicy.validate(null, null, null, null).getError().map(Violation::path))
        .containsExactlyInAnyOrder("cutOff", "entryAge", "lastCompulsoryAge", "gradeSystem");
    assertThat(CohortPolicy.validate(MonthDay.of(9, 1), 6, 13, GradeSystem.FIVE_FOUR)
            .getError()
            .head()
            .message())
        .isEqualTo(
            "Invalid value for last compulsory age (valid values 14 - 18 for entry age 6): 13");
    assertThat(CohortPolicy.validate(MonthDay.of(9, 1), 6, 15, GradeSystem.SIX_THREE)
            .get())
        .isEqualTo(NATIONAL);
  }

  @Test
  void nullsAreNamed() {
    assertThatThrownBy(() -> NATIONAL.ageFor(null, Y2022)).hasMessage("birthDate");
    assertThatThrownBy(() -> NATIONAL.ageFor(d(2010, 1, 1), null)).hasMessage("year");
    assertThatThrownBy(() -> NATIONAL.birthRangeForAge(-1, Y2022))
        .hasMessage("Invalid value for age (valid values 0 or more): -1");
  }
}

package org.kbbx.core.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.collection.List;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.school.Grade;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.core.time.DateRange;
import org.kbbx.core.time.SchoolYear;
import org.quicktheories.core.Gen;

/** Properties of the age cohort (R-AGE-1..6) over random policies, school years and birth dates. */
@Tag("R-AGE-5")
class CohortProperties {

  /** Any valid policy: every cut-off but 02-29 and 03-01, entry ages 5-8, every allowed last age. */
  static Gen<CohortPolicy> policies() {
    Gen<MonthDay> cutOffs = integers()
        .between(1, 365)
        .map(day -> MonthDay.from(LocalDate.ofYearDay(2023, day)))
        .map(md -> md.equals(MonthDay.of(3, 1)) ? MonthDay.of(9, 1) : md);
    Gen<Integer> entryAges =
        integers().between(CohortPolicy.MIN_ENTRY_AGE, CohortPolicy.MAX_ENTRY_AGE);
    return cutOffs.zip(
        entryAges,
        integers().between(0, 10),
        integers().between(0, 1),
        (cutOff, entry, extra, system) -> CohortPolicy.of(
            cutOff,
            entry,
            entry + 8 + extra % (CohortPolicy.MAX_LAST_COMPULSORY_AGE - entry - 8 + 1),
            GradeSystem.values()[system]));
  }

  static Gen<SchoolYear> years() {
    return integers().between(1950, 2150).map(SchoolYear::of);
  }

  /** Birth dates from 25 years before to 2 years after the reference day of the year. */
  static LocalDate birthNear(CohortPolicy policy, SchoolYear year, int daysBack) {
    return policy.referenceDay(year).minusDays(daysBack);
  }

  static Gen<Integer> daysBack() {
    return integers().between(-800, 25 * 366);
  }

  @Test
  @Tag("R-AGE-2")
  void rangeForNextYearIsThisYearsShiftedByOneYear() {
    qt().forAll(policies(), years())
        .checkAssert((policy, year) -> assertThat(policy.compulsoryBirthRange(year.next()))
            .isEqualTo(policy.compulsoryBirthRange(year).plusYears(1)));
  }

  @Test
  @Tag("R-AGE-2")
  @Tag("R-AGE-6")
  void inRangeIffCompulsoryAge() {
    qt().forAll(policies(), years(), daysBack()).checkAssert((policy, year, back) -> {
      LocalDate birth = birthNear(policy, year, back);
      assertThat(policy.compulsoryBirthRange(year).contains(birth))
          .isEqualTo(policy.classify(birth, year).ageClass() == AgeClass.COMPULSORY_AGE);
    });
  }

  @Test
  @Tag("R-AGE-3")
  void everyBirthInRangeHasExactlyOneExpectedGradeOrShouldHaveCompleted() {
    qt().forAll(policies(), years(), daysBack()).checkAssert((policy, year, back) -> {
      LocalDate birth = birthNear(policy, year, back);
      if (!policy.compulsoryBirthRange(year).contains(birth)) {
        return;
      }
      ExpectedGrade expected = policy.expectedGrade(birth, year).get();
      int age = policy.ageFor(birth, year);
      List<Grade> containing = List.rangeClosed(Grade.FIRST, Grade.LAST)
          .map(Grade::of)
          .filter(grade -> policy.birthRangeForGrade(grade, year).contains(birth));
      boolean completed =
          policy.shouldHaveCompletedBirthRange(year).exists(range -> range.contains(birth));
      assertThat(containing.size() + (completed ? 1 : 0))
          .as("exactly one row of the grade table")
          .isEqualTo(1);
      if (completed) {
        assertThat(expected.shouldHaveCompleted()).isTrue();
        assertThat(age).isBetween(policy.entryAge() + 9, policy.lastCompulsoryAge());
      } else {
        assertThat(expected.grade()).containsExactly(containing.head());
        assertThat(containing.head().number()).isEqualTo(age - policy.entryAge() + 1);
      }
    });
  }

  @Test
  @Tag("R-AGE-4")
  void februaryTwentyNinthBirthsNeverThrow() {
    Gen<LocalDate> leapDays = integers()
        .between(0, 73)
        .map(k -> 1904 + 4 * k)
        .map(y -> LocalDate.of(y == 2100 ? 2104 : y, 2, 29));
    qt().forAll(policies(), years(), leapDays, integers().between(1, 9))
        .checkAssert((policy, year, birth, grade) -> {
          AgeClassification classification = policy.classify(birth, year);
          assertThat(policy.yearsOverAge(birth, year, Grade.of(grade)))
              .isEqualTo(classification.age() - policy.expectedAgeOf(Grade.of(grade)));
          assertThat(policy.ageFor(birth, year.next())).isEqualTo(classification.age() + 1);
        });
  }

  @Test
  @Tag("R-AGE-2")
  void rangesForOneAgeTileTheTimeline() {
    qt().forAll(policies(), years(), integers().between(0, 20)).checkAssert((policy, year, age) -> {
      DateRange thisYear = policy.birthRangeForAge(age, year);
      DateRange nextYear = policy.birthRangeForAge(age, year.next());
      assertThat(nextYear.first())
          .as("no gap, no overlap")
          .isEqualTo(thisYear.last().plusDays(1));
    });
  }

  @Test
  @Tag("R-AGE-1")
  void eachBirthDateHasTheAgeExactlyOnce() {
    qt().forAll(policies(), years(), daysBack(), integers().between(0, 20))
        .checkAssert((policy, year, back, age) -> {
          LocalDate birth = birthNear(policy, year, back);
          List<SchoolYear> window = List.rangeClosed(-25, 25).map(year::plusYears);
          List<SchoolYear> holding =
              window.filter(y -> policy.birthRangeForAge(age, y).contains(birth));
          assertThat(holding).hasSize(1);
          assertThat(policy.ageFor(birth, holding.head())).isEqualTo(age);
        });
  }

  @Test
  @Tag("R-AGE-1")
  void ageRangeAgreesWithPeriodAge() {
    qt().forAll(policies(), years(), daysBack()).checkAssert((policy, year, back) -> {
      LocalDate birth = birthNear(policy, year, back);
      int age = policy.ageFor(birth, year);
      if (age >= 0) {
        assertThat(policy.birthRangeForAge(age, year).contains(birth)).isTrue();
      }
      assertThat(policy.ageFor(birth.plusDays(1), year))
          .as("age never grows with a later birth")
          .isLessThanOrEqualTo(age);
      assertThat(policy.ageFor(birth, year.next()))
          .as("one year older each school year")
          .isEqualTo(age + 1);
    });
  }
}

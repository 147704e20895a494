package org.kbbx.reporting.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.cohort.AgeClassification;
import org.kbbx.core.cohort.CohortPolicy;
import org.kbbx.core.cohort.ExpectedGrade;
import org.kbbx.core.school.Grade;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.core.time.SchoolYear;

class AgeLookupProperties {

  // R-AGE-2, R-AGE-3: the precomputed birth-date bounds classify exactly as CohortPolicy does,
  // for any birth date (29 February included), school year, entry age and cut-off.
  @Test
  @Tag("R-AGE-2")
  @Tag("R-AGE-3")
  void agreesWithCohortPolicyClassify() {
    qt().forAll(
            integers().between(0, 365 * 30),
            integers().between(2000, 2030),
            integers().between(5, 8),
            integers().between(0, 2))
        .checkAssert((dayOffset, year, entryAge, cutOffChoice) -> {
          MonthDay cutOff = new MonthDay[] {
                MonthDay.of(9, 1), MonthDay.of(8, 31), MonthDay.of(1, 15)
              }
              [cutOffChoice];
          CohortPolicy policy =
              CohortPolicy.of(cutOff, entryAge, entryAge + 9, GradeSystem.SIX_THREE);
          SchoolYear schoolYear = SchoolYear.of(year);
          LocalDate birth = LocalDate.of(year - 25, 1, 1).plusDays(dayOffset);
          AgeClassification expected = policy.classify(birth, schoolYear);
          AgeLookup lookup = AgeLookup.of(policy, schoolYear);
          int row = lookup.populationRow(birth);
          // the columns' lookup by epoch day agrees with the lookup by date
          assertThat(lookup.populationRowOfDay(birth.toEpochDay())).isEqualTo(row);
          if (!expected.isCompulsoryAge()) {
            assertThat(row).isEqualTo(AgeLookup.NOT_COMPULSORY);
          } else {
            assertThat(row)
                .isEqualTo(expected
                    .expectedGrade()
                    .flatMap(ExpectedGrade::grade)
                    .map(Grade::number)
                    .getOrElse(0));
          }
        });
  }
}

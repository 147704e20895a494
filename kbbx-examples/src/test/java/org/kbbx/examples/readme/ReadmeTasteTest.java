package org.kbbx.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kbbx.core.cohort.CohortPolicy;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.ResidentId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.rate.Rate;
import org.kbbx.core.school.Grade;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.core.school.SchoolLevel;
import org.kbbx.core.time.SchoolCalendar;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.core.time.Term;

/** The README's "taste of the API", line by line, with the results its comments promise. */
class ReadmeTasteTest {

  @Test
  void theReadmeTasteRunsAsWritten() {
    SchoolYear year = SchoolYear.of(2022);
    assertThat(year.toString()).isEqualTo("2022-2023");
    assertThat(year.start()).isEqualTo("2022-09-01");
    assertThat(year.end()).isEqualTo("2023-08-31");
    assertThat(CohortPolicy.NATIONAL.compulsoryBirthRange(year).toString())
        .contains("2006-09-01")
        .contains("2016-08-31");
    assertThat(
            CohortPolicy.NATIONAL.expectedGrade(LocalDate.of(2016, 8, 31), year).toString())
        .isEqualTo("Some(G1)");
    assertThat(GradeSystem.FIVE_FOUR.levelOf(Grade.of(6))).isEqualTo(SchoolLevel.JUNIOR_SECONDARY);

    ResidentId id = ResidentId.parse("11010519491231002X");
    assertThat(id.birthDate()).isEqualTo("1949-12-31");
    assertThat(id.toString()).isEqualTo("110105********002X");
    assertThat(StudentId.of("G11010519491231002X").toString()).isEqualTo("G11010*********002X");

    DivisionCode village = DivisionCode.parse("520527100201");
    assertThat(village.township()).isEqualTo(DivisionCode.parse("520527100000"));
    assertThat(village.isWithin(DivisionCode.parse("520527"))).isTrue();

    SchoolCalendar calendar = SchoolCalendar.builder()
        .term(Term.autumn(LocalDate.of(2023, 9, 1), LocalDate.of(2024, 1, 19)))
        .holidays(LocalDate.of(2023, 9, 29), LocalDate.of(2023, 10, 6))
        .makeUpDay(LocalDate.of(2023, 10, 7))
        .build();
    assertThat(calendar.plusSchoolDays(LocalDate.of(2023, 9, 28), 1).toString())
        .isEqualTo("Some(2023-10-07)");

    assertThat(Rate.of(3, 500).format()).isEqualTo("0.60%");
  }
}

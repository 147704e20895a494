package org.kbbx.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.validation.Violation;

/** School years (R-TIME-1): examples and properties. */
class SchoolYearTest {

  @Test
  @Tag("R-TIME-1")
  void schoolYear2022RunsFromSeptemberToAugust() {
    SchoolYear year = SchoolYear.of(2022);
    assertThat(year.start()).isEqualTo(LocalDate.of(2022, 9, 1));
    assertThat(year.end()).isEqualTo(LocalDate.of(2023, 8, 31));
    assertThat(year.toString()).isEqualTo("2022-2023");
    assertThat(SchoolYear.containing(LocalDate.of(2022, 9, 1))).isEqualTo(year);
    assertThat(SchoolYear.containing(LocalDate.of(2023, 8, 31))).isEqualTo(year);
    assertThat(SchoolYear.containing(LocalDate.of(2022, 8, 31))).isEqualTo(SchoolYear.of(2021));
    assertThat(SchoolYear.parse("2022-2023")).isEqualTo(year);
    assertThat(SchoolYear.parse("2022")).isEqualTo(year);
  }

  @Test
  void badTextIsRejectedWithTheExpectedForm() {
    assertThatThrownBy(() -> SchoolYear.parse("2022-2024"))
        .hasMessage("Invalid school year '2022-2024': the second year must be 2023");
    assertThatThrownBy(() -> SchoolYear.parse("22-23"))
        .hasMessageContaining("expected the form 2022-2023");
    assertThatThrownBy(() -> SchoolYear.of(1899))
        .hasMessage("Invalid value for SchoolYear start year (valid values 1900 - 2200): 1899");
    assertThat(SchoolYear.validate(null).getError().map(Violation::path))
        .containsExactly("schoolYear");
    assertThatThrownBy(() -> SchoolYear.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }

  @Test
  @Tag("R-TIME-1")
  void parseOfToStringRoundTrips() {
    qt().forAll(integers().between(SchoolYear.MIN_START_YEAR, SchoolYear.MAX_START_YEAR))
        .checkAssert(start -> {
          SchoolYear year = SchoolYear.of(start);
          assertThat(SchoolYear.parse(year.toString())).isEqualTo(year);
          assertThat(year.toString()).isEqualTo(start + "-" + (start + 1));
        });
  }

  @Test
  @Tag("R-TIME-1")
  void everyDateBelongsToTheYearContainingIt() {
    qt().forAll(integers().between((int) LocalDate.of(1901, 1, 1).toEpochDay(), (int)
            LocalDate.of(2200, 12, 31).toEpochDay()))
        .checkAssert(day -> {
          LocalDate date = LocalDate.ofEpochDay(day);
          SchoolYear year = SchoolYear.containing(date);
          assertThat(year.contains(date)).isTrue();
          assertThat(year.contains(year.start().minusDays(1))).isFalse();
          assertThat(year.start()).isBeforeOrEqualTo(date);
          assertThat(year.end()).isAfterOrEqualTo(date);
        });
  }

  @Test
  @Tag("R-TIME-1")
  void consecutiveYearsTileTheTimeline() {
    qt().forAll(integers().between(SchoolYear.MIN_START_YEAR, SchoolYear.MAX_START_YEAR - 1))
        .checkAssert(start -> {
          SchoolYear year = SchoolYear.of(start);
          assertThat(year.next().start()).isEqualTo(year.end().plusDays(1));
          assertThat(year.next().previous()).isEqualTo(year);
          assertThat(year.isBefore(year.next())).isTrue();
        });
  }
}

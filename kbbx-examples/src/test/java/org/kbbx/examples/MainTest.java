package org.kbbx.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The example program's output and exit status. */
class MainTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(LocalDate today, String... args) {
    return Main.run(args, today,
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsTheBirthRangeAndGradeTableForTheGivenYear_R_AGE_2() {
    assertThat(run(LocalDate.of(2030, 1, 1), "2022")).isZero();
    assertThat(out())
        .contains("School year 2022-2023")
        .contains("born 2006-09-01 .. 2016-08-31, both inclusive")
        .contains("Policy: cut-off 09-01 (ages counted on 2022-08-31), entry age 6, compulsory ages 6-15, 六三制")
        .containsPattern("G1 +6 +2015-09-01 \\.\\. 2016-08-31 +primary 小学")
        .containsPattern("G6 +11 +2010-09-01 \\.\\. 2011-08-31 +primary 小学")
        .containsPattern("G7 +12 +2009-09-01 \\.\\. 2010-08-31 +junior secondary 初中")
        .containsPattern("G9 +14 +2007-09-01 \\.\\. 2008-08-31 +junior secondary 初中")
        .containsPattern("- +15 +2006-09-01 \\.\\. 2007-08-31 +should have completed 应已完成");
    assertThat(err()).isEmpty();
  }

  @Test
  void acceptsTheLongForm() {
    assertThat(run(LocalDate.of(2030, 1, 1), "2024-2025")).isZero();
    assertThat(out()).contains("School year 2024-2025").contains("born 2008-09-01 .. 2018-08-31");
  }

  @Test
  void defaultsToTheSchoolYearContainingToday() {
    assertThat(run(LocalDate.of(2025, 3, 1))).isZero();
    assertThat(out()).contains("School year 2024-2025");
  }

  @Test
  void badArgumentGoesToStandardErrorWithStatusOne() {
    assertThat(run(LocalDate.of(2025, 3, 1), "20x4")).isEqualTo(1);
    assertThat(out()).isEmpty();
    assertThat(err()).contains("kbbx: Invalid school year '20x4': expected the form 2022-2023").contains("Usage:");
  }

  @Test
  void tooManyArgumentsAreRejected() {
    assertThat(run(LocalDate.of(2025, 3, 1), "2024", "2025")).isEqualTo(1);
    assertThat(err()).contains("expected at most one argument (a school year), found 2");
  }

  @Test
  void nonConsecutiveYearsAreRejected() {
    assertThat(run(LocalDate.of(2025, 3, 1), "2024-2026")).isEqualTo(1);
    assertThat(err()).contains("the second year must be 2025");
  }
}

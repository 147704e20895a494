package org.kbbx.core.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Grades and grade systems (R-AGE-5). */
class GradeSystemTest {

  @ParameterizedTest(name = "{0} grade {1} -> {2}")
  @CsvSource({
    "SIX_THREE, 1, PRIMARY",
    "SIX_THREE, 6, PRIMARY",
    "SIX_THREE, 7, JUNIOR_SECONDARY",
    "SIX_THREE, 9, JUNIOR_SECONDARY",
    "FIVE_FOUR, 5, PRIMARY",
    "FIVE_FOUR, 6, JUNIOR_SECONDARY",
    "FIVE_FOUR, 9, JUNIOR_SECONDARY",
  })
  @Tag("R-AGE-5")
  void levelOfAGradeDependsOnTheSystem(GradeSystem system, int grade, SchoolLevel level) {
    assertThat(system.levelOf(Grade.of(grade))).isEqualTo(level);
  }

  @Test
  @Tag("R-AGE-5")
  void levelBoundaries() {
    assertThat(GradeSystem.SIX_THREE.lastGradeOf(SchoolLevel.PRIMARY)).isEqualTo(Grade.of(6));
    assertThat(GradeSystem.SIX_THREE.firstGradeOf(SchoolLevel.JUNIOR_SECONDARY))
        .isEqualTo(Grade.of(7));
    assertThat(GradeSystem.FIVE_FOUR.lastGradeOf(SchoolLevel.PRIMARY)).isEqualTo(Grade.of(5));
    assertThat(GradeSystem.FIVE_FOUR.firstGradeOf(SchoolLevel.JUNIOR_SECONDARY))
        .isEqualTo(Grade.of(6));
    assertThat(GradeSystem.FIVE_FOUR.juniorYears()).isEqualTo(4);
    assertThat(GradeSystem.SIX_THREE.crossesLevelBoundary(Grade.of(5), Grade.of(7)))
        .isTrue();
    assertThat(GradeSystem.FIVE_FOUR.crossesLevelBoundary(Grade.of(6), Grade.of(8)))
        .isFalse();
  }

  @Test
  @Tag("R-AGE-5")
  void eachGradeIsInExactlyTheLevelWhoseBoundsHoldIt() {
    qt().forAll(integers().between(0, 1), integers().between(Grade.FIRST, Grade.LAST))
        .checkAssert((index, number) -> {
          GradeSystem system = GradeSystem.values()[index];
          Grade grade = Grade.of(number);
          SchoolLevel level = system.levelOf(grade);
          assertThat(grade).isBetween(system.firstGradeOf(level), system.lastGradeOf(level));
          assertThat(system.primaryYears() + system.juniorYears()).isEqualTo(Grade.LAST);
        });
  }

  @Test
  void gradesRunFromOneToNine() {
    assertThatThrownBy(() -> Grade.of(0))
        .hasMessage("Invalid value for Grade (valid values 1 - 9): 0");
    assertThatThrownBy(() -> Grade.of(10))
        .hasMessage("Invalid value for Grade (valid values 1 - 9): 10");
    assertThat(Grade.of(8).plus(1).isLast()).isTrue();
    assertThatThrownBy(() -> Grade.of(9).plus(1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Grade.of(3)).hasToString("G3").isEqualTo(Grade.of(3));
    assertThat(Grade.isValid(0)).isFalse();
    assertThat(Grade.isValid(9)).isTrue();
  }
}

package org.kbbx.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.collection.Vector;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.ResidentId;
import org.kbbx.core.id.ResidentIdProblem;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.core.time.SchoolYear;

/** The generators make what they promise; QT_EXAMPLES examples each. */
class GeneratorsTest {

  @Test
  void residentIdsAreValidAndCarryTheirBirthDate() {
    qt().forAll(KbbxGens.residentIds()).checkAssert(id -> {
      assertThat(ResidentId.isValid(id.unmasked())).isTrue();
      assertThat(id.birthDate().getYear())
          .isBetween(CoreGenerators.FIRST_BIRTH_YEAR, CoreGenerators.LAST_BIRTH_YEAR);
    });
  }

  @Test
  void brokenResidentIdsFailTheirNamedCheck() {
    qt().forAll(KbbxGens.brokenResidentIds()).checkAssert(broken -> {
      assertThat(ResidentId.check(broken.text()).isInvalid()).as(broken.text()).isTrue();
      assertThat(ResidentId.check(broken.text()).getError().map(ResidentIdProblem::check))
          .as(broken.text())
          .contains(broken.defect());
    });
  }

  @Test
  @Tag("R-AGE-2")
  void compulsoryAgeBirthDatesMatch() {
    qt().forAll(KbbxGens.schoolYears().flatMap(KbbxGens::compulsoryAgeBirthDates))
        .checkAssert(born -> assertThat(born)
            .isBetween(
                LocalDate.of(born.getYear(), 1, 1).minusYears(1), LocalDate.of(2085, 8, 31)));
    SchoolYear y2022 = SchoolYear.of(2022);
    qt().forAll(KbbxGens.compulsoryAgeBirthDates(y2022))
        .checkAssert(born ->
            assertThat(born).isBetween(LocalDate.of(2006, 9, 1), LocalDate.of(2016, 8, 31)));
  }

  @Test
  void cohortPoliciesGiveCompulsoryAgeBirthDatesOfCompulsoryAge() {
    qt().forAll(KbbxGens.cohortPolicies(), KbbxGens.schoolYears()).checkAssert((policy, year) -> {
      LocalDate born = CoreGenerators.compulsoryAgeBirthDates(policy, year)
          .next(new SplittableRandom(year.startYear()));
      assertThat(policy.classify(born, year).isCompulsoryAge()).isTrue();
    });
  }

  @Test
  void divisionCodesRoundTripThroughTheirText() {
    qt().forAll(KbbxGens.divisionCodes())
        .checkAssert(code -> assertThat(DivisionCode.parse(code.toString())).isEqualTo(code));
  }

  @Test
  void calendarsHaveSchoolDaysInBothTerms() {
    qt().forAll(KbbxGens.schoolCalendars()).checkAssert(calendar -> {
      assertThat(calendar.terms()).hasSize(2);
      calendar.terms().forEach(term -> assertThat(calendar.schoolDaysIn(term)).isPositive());
    });
  }

  @Test
  void seededGenerationIsReproducible() {
    StudentId student = StudentId.of("G7");
    Generator<Vector<StatusEvent>> sequences = StatusGenerators.arbitrarySequences(student);
    assertThat(sequences.next(new SplittableRandom(42)))
        .isEqualTo(sequences.next(new SplittableRandom(42)));
    assertThat(CoreGenerators.residentIds().next(new SplittableRandom(7)))
        .isEqualTo(CoreGenerators.residentIds().next(new SplittableRandom(7)));
  }

  @Test
  void shuffledIsAPermutation() {
    qt().forAll(KbbxGens.legalSequences()).checkAssert(events -> {
      Vector<StatusEvent> shuffled =
          StatusGenerators.shuffled(events).next(new SplittableRandom(events.size()));
      assertThat(shuffled).containsExactlyInAnyOrderElementsOf(events);
    });
  }

  @Test
  void choicesStayWithinBounds() {
    Choices choices = Choices.of(new SplittableRandom(1));
    for (int i = 0; i < 1000; i++) {
      assertThat(choices.between(-3, 3)).isBetween(-3L, 3L);
      assertThat(choices.between(Long.MAX_VALUE - 1, Long.MAX_VALUE))
          .isGreaterThanOrEqualTo(Long.MAX_VALUE - 1);
    }
    assertThat(choices.between(5, 5)).isEqualTo(5);
  }
}

package org.kbbx.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.division.DivisionLevel;
import org.kbbx.core.mask.IdMask;
import org.kbbx.core.person.Sex;
import org.kbbx.core.validation.Violation;

/** Example tests for resident IDs (R-ID-1, R-ID-2, R-ID-3). */
class ResidentIdTest {

  /** The example number of GB 11643 itself. */
  static final String STANDARD_EXAMPLE = "11010519491231002X";

  static String withCheck(String first17) {
    return first17 + ResidentId.checkCharacterOf(first17);
  }

  @Test
  @Tag("R-ID-1")
  void parsesTheStandardsExample() {
    ResidentId id = ResidentId.parse(STANDARD_EXAMPLE);
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(id.sex()).isEqualTo(Sex.FEMALE);
    assertThat(id.addressCode()).isEqualTo("110105");
    assertThat(id.county()).isEqualTo(DivisionCode.parse("110105000000"));
    assertThat(id.county().level()).isEqualTo(DivisionLevel.COUNTY);
    assertThat(id.unmasked()).isEqualTo(STANDARD_EXAMPLE);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "11010519491231002, X",
    "52242820100301123, 5",
    "52242820100301124, 3",
    "00000000000000000, 1",
    "10000000000000000, 5",
  })
  @Tag("R-ID-1")
  void checkCharacterByIso7064Mod112(String first17, char expected) {
    // 10000000000000000: 1 * 7 = 7, 7 mod 11 = 7 -> '5'; all zeros: remainder 0 -> '1'.
    assertThat(ResidentId.checkCharacterOf(first17)).isEqualTo(expected);
  }

  @Test
  @Tag("R-ID-1")
  void lowerCaseXIsNormalised() {
    ResidentId id = ResidentId.parse("11010519491231002x");
    assertThat(id.unmasked()).isEqualTo(STANDARD_EXAMPLE);
    assertThat(id).isEqualTo(ResidentId.parse(STANDARD_EXAMPLE));
  }

  @Test
  @Tag("R-ID-1")
  void sexFollowsTheParityOfTheSequence() {
    assertThat(ResidentId.parse(withCheck("52242820100301123")).sex()).isEqualTo(Sex.MALE);
    assertThat(ResidentId.parse(withCheck("52242820100301124")).sex()).isEqualTo(Sex.FEMALE);
  }

  @Test
  @Tag("R-ID-1")
  @Tag("R-ID-5")
  void impossibleBirthDateNamesTheCheckNotTheDigits() {
    String text = withCheck("52242819990231123");
    assertThatThrownBy(() -> ResidentId.parse(text))
        .isInstanceOf(InvalidResidentIdException.class)
        .hasMessage("Invalid resident ID '522428********123" + text.charAt(17)
            + "': birth date (positions 7-14) is not a real calendar date");
  }

  @Test
  @Tag("R-ID-1")
  void issueExampleFailsOnDateAndCheckCharacter() {
    InvalidResidentIdException e = catchThrowableOfType(
        InvalidResidentIdException.class, () -> ResidentId.parse("52242819990231123X"));
    assertThat(e.getMessage())
        .isEqualTo("Invalid resident ID '522428********123X': "
            + "birth date (positions 7-14) is not a real calendar date; "
            + "check character (position 18) does not match positions 1-17 (ISO 7064 MOD 11-2)");
    assertThat(e.failedChecks())
        .containsExactly(ResidentIdCheck.DATE, ResidentIdCheck.CHECK_CHARACTER);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "11010519491231002   | LENGTH          | has 17 characters, expected 18",
        "110105194912310020X | LENGTH          | has 19 characters, expected 18",
        "1101051949123100XX  | CHARACTER       | position 17 is not allowed there",
        "11O10519491231002X  | CHARACTER       | position 3 is not allowed there",
        "110105194912310021  | CHECK_CHARACTER | check character (position 18) does not match",
        "110105194913310027  | DATE            | birth date (positions 7-14) is not a real calendar date",
      })
  @Tag("R-ID-1")
  @Tag("R-ID-5")
  void reportsWhichCheckFailedAndWhereButNotTheCharacters(
      String text, ResidentIdCheck check, String reason) {
    InvalidResidentIdException e =
        catchThrowableOfType(InvalidResidentIdException.class, () -> ResidentId.parse(text));
    assertThat(e.failedChecks()).contains(check);
    assertThat(e.getMessage())
        .startsWith("Invalid resident ID '" + IdMask.mask(text) + "': ")
        .contains(reason)
        .doesNotContain(text)
        .doesNotContain("1949")
        .doesNotContain("'O'");
    assertThat(ResidentId.isValid(text)).isFalse();
  }

  @Test
  void addressCodeMustBeADivisionCode() {
    String text = withCheck("00000020100301123");
    Validation<Seq<ResidentIdProblem>, ResidentId> result = ResidentId.check(text);
    assertThat(result.getError().map(ResidentIdProblem::check))
        .containsExactly(ResidentIdCheck.ADDRESS_CODE);
  }

  @Test
  @Tag("R-ID-1")
  void everyIndependentProblemIsListed() {
    // bad address, bad date and bad check character at once
    Validation<Seq<Violation>, ResidentId> result = ResidentId.validate("000000199902311230");
    assertThat(result.getError()).hasSize(3);
    assertThat(result.getError().map(Violation::path)).containsOnly("residentId");
    assertThat(ResidentId.check("000000199902311230").getError().map(ResidentIdProblem::check))
        .containsExactly(
            ResidentIdCheck.ADDRESS_CODE, ResidentIdCheck.DATE, ResidentIdCheck.CHECK_CHARACTER);
    // wrong length and a letter at once
    assertThat(ResidentId.check("1101a5").getError().map(ResidentIdProblem::check))
        .containsExactly(ResidentIdCheck.LENGTH, ResidentIdCheck.CHARACTER);
    assertThat(ResidentId.validate(null).getError().head().message())
        .isEqualTo("Invalid resident ID null: missing (null)");
  }

  @Test
  void parseNullNamesTheParameter() {
    assertThatThrownBy(() -> ResidentId.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }

  @Test
  @Tag("R-ID-2")
  void toStringIsMaskedAndUnmaskedIsExplicit() {
    ResidentId id = ResidentId.parse(STANDARD_EXAMPLE);
    assertThat(id.toString()).isEqualTo("110105********002X");
    assertThat(id.masked()).isEqualTo(id.toString());
    assertThat(id.toString()).doesNotContain("19491231");
  }

  @Test
  void checkCharacterOfRejectsAnythingButSeventeenDigits() {
    assertThatThrownBy(() -> ResidentId.checkCharacterOf("1234"))
        .hasMessage("Invalid value for first17 (expected 17 digits): '****'");
    assertThatThrownBy(() -> ResidentId.checkCharacterOf("1101051949123100X"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @Tag("R-ID-3")
  @Tag("R-ID-5")
  void birthDateCrossCheckReportsAndNeverFixes() {
    ResidentId id = ResidentId.parse(STANDARD_EXAMPLE);
    assertThat(BirthDateMismatch.check(id, LocalDate.of(1949, 12, 31))).isEqualTo(Option.none());
    BirthDateMismatch finding =
        BirthDateMismatch.check(id, LocalDate.of(1950, 1, 1)).get();
    assertThat(finding.code()).isEqualTo("BIRTH_DATE_MISMATCH");
    assertThat(finding.birthDateInId()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(finding.recordedBirthDate()).isEqualTo(LocalDate.of(1950, 1, 1));
    // the masked ID next to the date it encodes would be the full number (R-ID-5)
    assertThat(finding.message())
        .isEqualTo(
            "Resident ID 110105********002X encodes a birth date other than the recorded 1950-01-01");
    assertThat(finding.toString()).doesNotContain("1949").doesNotContain("19491231");
    assertThat(id.birthDate()).as("the ID is unchanged").isEqualTo(LocalDate.of(1949, 12, 31));
    assertThatThrownBy(() -> new BirthDateMismatch(id, LocalDate.of(1949, 12, 31)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

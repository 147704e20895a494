package org.kbbx.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.person.Sex;
import org.quicktheories.core.Gen;

/** Properties of resident IDs (R-ID-1, R-ID-2). */
class ResidentIdProperties {

  /** The first 17 characters of valid IDs: a real county code, a real date, any sequence. */
  static Gen<String> first17s() {
    Gen<String> address = integers()
        .between(11, 65)
        .zip(
            integers().between(1, 30),
            integers().between(1, 99),
            (province, city, county) -> String.format("%02d%02d%02d", province, city, county));
    Gen<LocalDate> birth =
        integers().between(-25_000, 30_000).map(day -> LocalDate.ofEpochDay(day));
    Gen<String> sequence = integers().between(0, 999).map(n -> String.format("%03d", n));
    return address.zip(
        birth,
        sequence,
        (a, b, s) -> a
            + String.format("%04d%02d%02d", b.getYear(), b.getMonthValue(), b.getDayOfMonth())
            + s);
  }

  @Test
  @Tag("R-ID-1")
  void anyIdBuiltWithItsCheckCharacterParsesBack() {
    qt().forAll(first17s()).checkAssert(first17 -> {
      String text = first17 + ResidentId.checkCharacterOf(first17);
      ResidentId id = ResidentId.parse(text);
      assertThat(id.unmasked()).isEqualTo(text);
      assertThat(id.birthDate().toString().replace("-", "")).isEqualTo(first17.substring(6, 14));
      assertThat(id.sex()).isEqualTo((first17.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE);
      assertThat(id.county().countyPrefix()).isEqualTo(first17.substring(0, 6));
      assertThat(ResidentId.parse(text.toLowerCase(java.util.Locale.ROOT))).isEqualTo(id);
    });
  }

  @Test
  @Tag("R-ID-1")
  void everySingleCharacterChangeIsCaught() {
    qt().forAll(first17s(), integers().between(0, 17), integers().between(1, 10))
        .checkAssert((first17, position, shift) -> {
          String text = first17 + ResidentId.checkCharacterOf(first17);
          char original = text.charAt(position);
          int value = original == 'X' ? 10 : original - '0';
          int alphabet = position < 17 ? 10 : 11; // positions 1-17 hold digits only, 18 also X
          int changed = (value + 1 + (shift - 1) % (alphabet - 1)) % alphabet;
          char replacement = changed == 10 ? 'X' : (char) ('0' + changed);
          String corrupted =
              text.substring(0, position) + replacement + text.substring(position + 1);
          assertThat(corrupted).isNotEqualTo(text);
          assertThat(ResidentId.isValid(corrupted)).as(corrupted).isFalse();
        });
  }

  @Test
  @Tag("R-ID-2")
  void maskedFormKeepsOnlyTheFirstSixAndLastFour() {
    qt().forAll(first17s()).checkAssert(first17 -> {
      ResidentId id = ResidentId.parse(first17 + ResidentId.checkCharacterOf(first17));
      String masked = id.toString();
      assertThat(masked)
          .hasSize(18)
          .startsWith(first17.substring(0, 6))
          .endsWith(id.unmasked().substring(14));
      assertThat(masked.substring(6, 14)).isEqualTo("********");
    });
  }
}

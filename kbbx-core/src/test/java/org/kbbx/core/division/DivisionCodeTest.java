package org.kbbx.core.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.control.Option;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

/** Division codes and roll-ups (R-DIV-1). */
class DivisionCodeTest {

  @Test
  @Tag("R-DIV-1")
  void villageRollsUpByItsDigits() {
    DivisionCode village = DivisionCode.parse("520527100201");
    assertThat(village.level()).isEqualTo(DivisionLevel.VILLAGE);
    assertThat(village.township()).isEqualTo(DivisionCode.parse("520527100000"));
    assertThat(village.county()).isEqualTo(DivisionCode.parse("520527"));
    assertThat(village.at(DivisionLevel.CITY)).hasToString("520500000000");
    assertThat(village.province()).hasToString("520000000000");
    assertThat(village.parent()).isEqualTo(Option.some(village.township()));
    assertThat(village.province().parent()).isEqualTo(Option.none());
    assertThat(village.isWithin(village.county())).isTrue();
    assertThat(village.county().isWithin(village)).isFalse();
    assertThat(village.isWithin(DivisionCode.parse("520528"))).isFalse();
    assertThat(village.county().countyPrefix()).isEqualTo("520527");
  }

  @Test
  @Tag("R-DIV-1")
  void truncationPutsNarrowerCodesUnderTheLevelAndLeavesWiderOnesAlone() {
    DivisionCode village = DivisionCode.parse("520527100201");
    DivisionCode county = DivisionCode.parse("520527");
    assertThat(village.truncatedTo(DivisionLevel.TOWNSHIP)).isEqualTo(village.township());
    assertThat(village.truncatedTo(DivisionLevel.VILLAGE)).isSameAs(village);
    assertThat(county.truncatedTo(DivisionLevel.TOWNSHIP)).isSameAs(county);
    assertThat(county.truncatedTo(DivisionLevel.PROVINCE)).isEqualTo(village.province());
  }

  @Test
  @Tag("R-DIV-1")
  void sixDigitCountyCodeIsPadded() {
    assertThat(DivisionCode.parse("522428")).hasToString("522428000000");
    assertThat(DivisionCode.parse("522428").level()).isEqualTo(DivisionLevel.COUNTY);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"52052710020", "5205271002a1", "000000000000", "520500100000", "520527000201", ""})
  @Tag("R-DIV-1")
  void malformedCodesAreRejected(String text) {
    assertThat(DivisionCode.validate(text).isInvalid()).isTrue();
    assertThatThrownBy(() -> DivisionCode.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Invalid division code '" + text + "': ");
  }

  @Test
  void atRejectsANarrowerLevel() {
    assertThatThrownBy(() -> DivisionCode.parse("520527").township())
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Valid codes of every level: each group non-zero down to the level, zero below it. */
  static Gen<DivisionCode> codes() {
    return integers()
        .between(11, 82)
        .zip(
            integers().between(1, 99),
            integers().between(1, 99),
            integers().between(1, 999),
            integers().between(1, 999),
            (p, c, k, t, v) -> new long[] {p, c, k, t, v})
        .zip(integers().between(1, 5), (groups, depth) -> {
          String digits = String.format(
              "%02d%02d%02d%03d%03d",
              groups[0],
              depth > 1 ? groups[1] : 0,
              depth > 2 ? groups[2] : 0,
              depth > 3 ? groups[3] : 0,
              depth > 4 ? groups[4] : 0);
          return DivisionCode.parse(digits);
        });
  }

  @Test
  @Tag("R-DIV-1")
  void parseOfToStringRoundTrips() {
    qt().forAll(codes()).checkAssert(code -> {
      assertThat(DivisionCode.parse(code.toString())).isEqualTo(code);
      assertThat(DivisionCode.of(code.value())).isEqualTo(code);
    });
  }

  @Test
  @Tag("R-DIV-1")
  void parentChainClimbsOneLevelAtATimeToTheProvince() {
    qt().forAll(codes()).checkAssert(code -> {
      DivisionCode current = code;
      int steps = 0;
      while (current.parent().isDefined()) {
        DivisionCode parent = current.parent().get();
        assertThat(parent.level().ordinal()).isEqualTo(current.level().ordinal() - 1);
        assertThat(code.isWithin(parent)).isTrue();
        assertThat(code.at(parent.level())).isEqualTo(parent);
        assertThat(parent.isWithin(current)).isFalse();
        current = parent;
        steps++;
      }
      assertThat(current).isEqualTo(code.province());
      assertThat(steps).isEqualTo(code.level().ordinal());
      assertThat(code.isWithin(code)).isTrue();
    });
  }

  @Test
  @Tag("R-DIV-1")
  void ofANumberAgreesWithParsingItsDigits() {
    Gen<Long> groups = integers()
        .between(0, 99)
        .zip(
            integers().between(0, 99),
            integers().between(0, 99),
            integers().between(0, 999),
            integers().between(0, 999),
            (p, c, k, t, v) ->
                p * 10_000_000_000L + c * 100_000_000L + k * 1_000_000L + t * 1_000L + v);
    Gen<Long> sparse = groups.zip(integers().between(0, 31), (value, mask) -> {
      long[] units = {10_000_000_000L, 100_000_000L, 1_000_000L, 1_000L, 1L};
      long[] widths = {100L, 100L, 100L, 1000L, 1000L};
      long out = value;
      for (int g = 1; g < 5; g++) {
        if ((mask >> g & 1) == 1) {
          out -= out / units[g] % widths[g] * units[g];
        }
      }
      return out;
    });
    qt().forAll(sparse).checkAssert(value -> {
      // the 12 digits, a leading zero kept: province codes 01 to 09 are numbers below 10^11
      String digits = String.format("%012d", value);
      boolean parses = DivisionCode.validate(digits).isValid();
      if (parses) {
        assertThat(DivisionCode.of(value)).isEqualTo(DivisionCode.parse(digits));
        assertThat(DivisionCode.of(value).level())
            .isEqualTo(DivisionCode.parse(digits).level());
      } else {
        assertThatThrownBy(() -> DivisionCode.of(value))
            .isInstanceOf(IllegalArgumentException.class);
      }
    });
  }
}

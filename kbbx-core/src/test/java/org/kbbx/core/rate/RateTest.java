package org.kbbx.core.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateTest {

  // R-RATE-1: counts are kept, rounding only when formatting (default 2 decimals, HALF_UP).
  @ParameterizedTest(name = "{0}/{1} formats as {2}")
  @CsvSource({
    "3, 500, 0.60%",
    "0, 30786, 0.00%",
    "1, 3, 33.33%",
    "2, 3, 66.67%",
    "1, 8, 12.50%",
    "1, 800, 0.13%",
    "1, 1600, 0.06%",
    "7, 7, 100.00%",
    "12, 10, 120.00%",
    "5, 0, undefined",
    "0, 0, undefined"
  })
  @Tag("R-RATE-1")
  void formatsAsPercentWithTwoDecimalsHalfUp(long numerator, long denominator, String expected) {
    assertThat(Rate.of(numerator, denominator).format()).isEqualTo(expected);
  }

  @Test
  @Tag("R-RATE-3")
  @Tag("R-RATE-1")
  void zeroDropoutsAmongHanzhongsCheckedStudentsIsExactlyZeroPercent() {
    // R-RATE-3 / R-RATE-1: 30,786 checked students, none dropped out.
    Rate rate = Rate.of(0, 30_786);
    assertThat(rate.percent(2, RoundingMode.HALF_UP).get()).isEqualTo(new BigDecimal("0.00"));
    assertThat(rate.value().get()).isEqualTo(Fraction.ZERO);
  }

  @Test
  @Tag("R-RATE-1")
  void zeroDenominatorIsUndefinedNeverNaNOrException() {
    // R-RATE-1
    Rate rate = Rate.of(0, 0);
    assertThat(rate.isDefined()).isFalse();
    assertThat(rate.isUndefined()).isTrue();
    assertThat(rate.percent(2, RoundingMode.HALF_UP).isEmpty()).isTrue();
    assertThat(rate.value().isEmpty()).isTrue();
    assertThat(rate.compareTo(Fraction.ZERO).isEmpty()).isTrue();
    assertThat(rate.toString()).isEqualTo("0/0 (undefined)");
  }

  @Test
  void percentHonoursScaleAndRoundingMode() {
    Rate rate = Rate.of(1, 3);
    assertThat(rate.percent(4, RoundingMode.DOWN).get()).isEqualTo(new BigDecimal("33.3333"));
    assertThat(rate.percent(0, RoundingMode.UP).get()).isEqualTo(new BigDecimal("34"));
    assertThat(rate.format(1, RoundingMode.FLOOR)).isEqualTo("33.3%");
    assertThatThrownBy(() -> rate.percent(2, RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void negativeCountsAreProgrammerErrorsNamingTheValue() {
    assertThatThrownBy(() -> Rate.of(-1, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("numerator")
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> Rate.of(1, -5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("denominator")
        .hasMessageContaining("-5");
  }

  @Test
  void equalityIsByCountsSameValueIsByValue() {
    assertThat(Rate.of(3, 500)).isEqualTo(Rate.of(3, 500)).isNotEqualTo(Rate.of(6, 1000));
    assertThat(Rate.of(3, 500).isSameValueAs(Rate.of(6, 1000))).isTrue();
    assertThat(Rate.of(3, 500).isSameValueAs(Rate.of(0, 0))).isFalse();
    assertThat(Rate.of(1, 0).isSameValueAs(Rate.of(0, 0))).isTrue();
  }

  @Test
  void compareValueIsExactEvenWhenProductsOverflowLong() {
    long big = Long.MAX_VALUE;
    assertThat(Rate.of(big - 1, big).compareValueTo(Rate.of(big - 2, big - 1))).isPositive();
    assertThat(Rate.of(big, big).compareValueTo(Rate.of(1, 1))).isZero();
    assertThat(Rate.of(big - 1, big).compareValueTo(Rate.of(big, big))).isNegative();
    assertThatThrownBy(() -> Rate.of(0, 0).compareValueTo(Rate.of(1, 2)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("undefined");
  }

  @Test
  @Tag("R-RATE-11")
  void capAtHundredPercentLowersOnlyTheNumerator() {
    // R-RATE-11 optional cap
    assertThat(Rate.of(105, 100).cappedAtHundredPercent()).isEqualTo(Rate.of(100, 100));
    assertThat(Rate.of(95, 100).cappedAtHundredPercent()).isEqualTo(Rate.of(95, 100));
    assertThat(Rate.of(3, 0).cappedAtHundredPercent()).isEqualTo(Rate.of(3, 0));
  }
}

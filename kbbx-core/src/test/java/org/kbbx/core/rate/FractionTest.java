package org.kbbx.core.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class FractionTest {

  @Test
  void isKeptInLowestTermsWithPositiveDenominator() {
    assertThat(Fraction.of(6, 1000)).isEqualTo(Fraction.of(3, 500));
    assertThat(Fraction.of(3, -6).toString()).isEqualTo("-1/2");
    assertThat(Fraction.of(0, -7)).isEqualTo(Fraction.ZERO);
    assertThat(Fraction.of(4, 2).toString()).isEqualTo("2");
  }

  @Test
  void arithmeticIsExact() {
    Fraction p = Fraction.of(9, 10);
    Fraction r = Fraction.of(1, 20);
    assertThat(Fraction.ONE.minus(p).minus(r)).isEqualTo(Fraction.of(1, 20));
    assertThat(p.times(r)).isEqualTo(Fraction.of(9, 200));
    assertThat(p.dividedBy(r)).isEqualTo(Fraction.ofWhole(18));
    assertThat(p.timesWhole(1000)).isEqualTo(Fraction.ofWhole(900));
    assertThat(Fraction.of(-1, 3).abs()).isEqualTo(Fraction.of(1, 3));
    assertThat(Fraction.of(1, 3).max(Fraction.of(1, 2))).isEqualTo(Fraction.of(1, 2));
    assertThat(Fraction.of(1, 3).min(Fraction.of(1, 2))).isEqualTo(Fraction.of(1, 3));
  }

  @Test
  void staysExactBeyondLong() {
    Fraction big = Fraction.of(Long.MAX_VALUE, Long.MAX_VALUE - 1);
    Fraction square = big.times(big);
    assertThat(square.numerator()).isEqualTo(BigInteger.valueOf(Long.MAX_VALUE).pow(2));
    assertThat(square.compareTo(big)).isPositive();
  }

  @Test
  void decimalAndPercentFactoriesAreExact() {
    assertThat(Fraction.of(new BigDecimal("0.006"))).isEqualTo(Fraction.of(3, 500));
    assertThat(Fraction.of(new BigDecimal("1E+2"))).isEqualTo(Fraction.ofWhole(100));
    assertThat(Fraction.ofPercent("0.6")).isEqualTo(Fraction.of(3, 500));
    assertThat(Fraction.ofPercent(" 95 ")).isEqualTo(Fraction.of(19, 20));
    assertThatThrownBy(() -> Fraction.ofPercent("six"))
        .isInstanceOf(NumberFormatException.class)
        .hasMessageContaining("'six'");
  }

  @Test
  void roundsOnlyWhenAskedWithTheCallersMode() {
    assertThat(Fraction.of(2, 3).toPercent(2, RoundingMode.HALF_UP))
        .isEqualTo(new BigDecimal("66.67"));
    assertThat(Fraction.of(2, 3).toBigDecimal(3, RoundingMode.DOWN))
        .isEqualTo(new BigDecimal("0.666"));
    assertThat(Fraction.of(-1, 8).toPercent(1, RoundingMode.HALF_UP))
        .isEqualTo(new BigDecimal("-12.5"));
  }

  @Test
  void zeroDenominatorIsProgrammerError() {
    assertThatThrownBy(() -> Fraction.of(1, 0))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("1/0");
    assertThatThrownBy(() -> Fraction.ONE.dividedBy(Fraction.ZERO))
        .isInstanceOf(ArithmeticException.class);
  }
}

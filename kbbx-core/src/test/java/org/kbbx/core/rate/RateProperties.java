package org.kbbx.core.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class RateProperties {

  // R-RATE-1: 128-bit cross-multiplication agrees with BigInteger for every pair of counts.
  @Test
  @Tag("R-RATE-1")
  void compareValueAgreesWithBigIntegerCrossMultiplication() {
    qt().forAll(
            longs().between(0, Long.MAX_VALUE),
            longs().between(1, Long.MAX_VALUE),
            longs().between(0, Long.MAX_VALUE),
            longs().between(1, Long.MAX_VALUE))
        .checkAssert((a, b, c, d) -> {
          int expected = BigInteger.valueOf(a)
              .multiply(BigInteger.valueOf(d))
              .compareTo(BigInteger.valueOf(c).multiply(BigInteger.valueOf(b)));
          assertThat(Integer.signum(Rate.of(a, b).compareValueTo(Rate.of(c, d))))
              .isEqualTo(expected);
          assertThat(Rate.of(a, b).compareTo(Fraction.of(c, d)).get()).isEqualTo(expected);
        });
  }

  // R-RATE-1: the percentage is the exact value rounded once; HALF_UP never differs by more than
  // half a unit.
  @Test
  @Tag("R-RATE-1")
  void percentIsTheExactValueRoundedOnce() {
    qt().forAll(longs().between(0, 1_000_000_000L), longs().between(0, 1_000_000_000L))
        .checkAssert((n, d) -> {
          Rate rate = Rate.of(n, d);
          if (d == 0) {
            assertThat(rate.percent(2, RoundingMode.HALF_UP).isEmpty()).isTrue();
            return;
          }
          assertThat(rate.percent(2, RoundingMode.HALF_UP).get())
              .isEqualTo(rate.value().get().toPercent(2, RoundingMode.HALF_UP));
          Fraction error = Fraction.of(rate.percent(6, RoundingMode.HALF_UP).get())
              .minus(Fraction.of(n * 100, d))
              .abs();
          assertThat(error.compareTo(Fraction.of(5, 10_000_000))).isLessThanOrEqualTo(0);
        });
  }

  // R-RATE-3: exactly one of MET/MISSED for a defined rate; shortfall is zero iff met.
  @Test
  @Tag("R-RATE-3")
  void shortfallIsZeroExactlyWhenTheTargetIsMet() {
    qt().forAll(
            longs().between(0, 10_000),
            longs().between(0, 10_000),
            longs().between(0, 1000),
            longs().between(0, 2))
        .checkAssert((n, d, perMille, op) -> {
          Target target =
              new Target(Comparison.values()[op.intValue()], Fraction.of(perMille, 1000));
          TargetCheck check = target.check(Rate.of(n, d));
          if (d == 0) {
            assertThat(check.outcome()).isEqualTo(TargetOutcome.UNDEFINED);
            assertThat(check.shortfall().isEmpty()).isTrue();
          } else {
            assertThat(check.shortfall().get().signum() == 0).isEqualTo(check.isMet());
            assertThat(check.shortfall().get().signum()).isGreaterThanOrEqualTo(0);
            assertThat(check.difference().get().plus(target.threshold()))
                .isEqualTo(Fraction.of(n, d));
          }
        });
  }
}

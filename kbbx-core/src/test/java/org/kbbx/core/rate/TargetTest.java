package org.kbbx.core.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TargetTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "'<= 0.6%', AT_MOST, 3/500",
    "'≤1.8 %', AT_MOST, 9/500",
    "'>= 95%', AT_LEAST, 19/20",
    "'≥ 99%', AT_LEAST, 99/100",
    "'= 0%', EQUALS, 0",
    "'== 100%', EQUALS, 1",
    "'<= 0.006', AT_MOST, 3/500",
    "'  >=  0.95  ', AT_LEAST, 19/20"
  })
  void parsesOperatorAndExactThreshold(String text, Comparison comparison, String threshold) {
    Target target = Target.parse(text);
    assertThat(target.comparison()).isEqualTo(comparison);
    assertThat(target.threshold().toString()).isEqualTo(threshold);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "0.6%", "< 0.6%", "<= -1%", "<= abc", "<= 0.6%%", "<= .6%"})
  void rejectsMalformedTargetsWithAViolation(String text) {
    assertThat(Target.validate(text).isInvalid()).isTrue();
    assertThat(Target.validate(text).getError().head().path()).isEqualTo("target");
  }

  @Test
  void parseThrowsNamingTheTextAndTheForm() {
    assertThatThrownBy(() -> Target.parse("about 1%"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'about 1%'")
        .hasMessageContaining("<= 0.6%");
  }

  @Test
  void negativeThresholdIsProgrammerError() {
    assertThatThrownBy(() -> new Target(Comparison.AT_MOST, Fraction.of(-1, 100)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1/100");
  }

  @Test
  void formsRoundTrip() {
    assertThat(Target.parse("<= 0.6%").toString()).isEqualTo("<= 0.6%");
    assertThat(Target.parse(">= 95%").toString()).isEqualTo(">= 95%");
    assertThat(Target.parse("= 0%").toString()).isEqualTo("= 0%");
    assertThat(new Target(Comparison.AT_LEAST, Fraction.of(1, 3)).toString()).isEqualTo(">= 1/3");
    assertThat(Target.parse("<= 0.6%").thresholdPercent().get()).isEqualTo(new BigDecimal("0.6"));
  }

  // R-RATE-3: Hezhang 2018, primary dropout <= 0.6 %, junior <= 1.8 %; hand-computed examples.
  @ParameterizedTest(name = "{0}/{1} against {2}: {3}, shortfall {4}")
  @CsvSource({
    "3, 500, '<= 0.6%', MET, 0, -0",
    "4, 500, '<= 0.6%', MISSED, 1/500, 1/500",
    "2, 500, '<= 0.6%', MET, 0, -1/500",
    "9, 500, '<= 1.8%', MET, 0, 0",
    "10, 500, '<= 1.8%', MISSED, 1/500, 1/500",
    "0, 30786, '<= 0.6%', MET, 0, -3/500",
    "0, 30786, '= 0%', MET, 0, 0",
    "1, 30786, '= 0%', MISSED, 1/30786, 1/30786",
    "95, 100, '>= 95%', MET, 0, 0",
    "94, 100, '>= 95%', MISSED, 1/100, -1/100",
    "0, 0, '<= 0.6%', UNDEFINED, , "
  })
  @Tag("R-RATE-3")
  void hezhangTargetsAreJudgedExactly(
      long dropouts,
      long enrolled,
      String target,
      TargetOutcome outcome,
      String shortfall,
      String difference) {
    TargetCheck check = Target.parse(target).check(Rate.of(dropouts, enrolled));
    assertThat(check.outcome()).isEqualTo(outcome);
    assertThat(check.isMet()).isEqualTo(outcome == TargetOutcome.MET);
    assertThat(check.shortfall().map(Fraction::toString).getOrNull()).isEqualTo(shortfall);
    String expectedDifference = "-0".equals(difference) ? "0" : difference;
    assertThat(check.difference().map(Fraction::toString).getOrNull())
        .isEqualTo(expectedDifference);
  }

  @Test
  void hezhangPrimaryTargetIsSixPerThousandAndJuniorEighteenPerThousand() {
    assertThat(Target.atMostPercent("0.6").threshold()).isEqualTo(Fraction.of(6, 1000));
    assertThat(Target.atMostPercent("1.8").threshold()).isEqualTo(Fraction.of(18, 1000));
    assertThat(Target.atLeastPercent("95")).isEqualTo(Target.parse(">=95%"));
    assertThat(Target.equalsPercent("0")).isEqualTo(Target.parse("=0%"));
  }
}

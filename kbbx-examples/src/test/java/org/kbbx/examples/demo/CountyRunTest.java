package org.kbbx.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.examples.synthetic.CountySpec;
import org.kbbx.examples.synthetic.SyntheticCounty;

class CountyRunTest {

  private static final SyntheticCounty COUNTY =
      SyntheticCounty.generate(CountySpec.builder().students(6_000).seed(3).build());

  private static DemoReport run(String profile) {
    return CountyRun.of(COUNTY, profile).get().run(Progress.silent());
  }

  @Test
  @Tag("R-CASE-2")
  @Tag("R-ID-2")
  void reportCoversEverySection() throws Exception {
    DemoReport report = run("NATIONAL");
    assertThat(report.population().students()).isEqualTo(6_000);
    assertThat(report.rates()).hasSize(3);
    assertThat(report.cases().opened()).isEqualTo(report.alerts().get("SUSPECTED_DROPOUT"));
    assertThat(report.cases().byState().values().stream()
            .mapToLong(Long::longValue)
            .sum())
        .isEqualTo(report.cases().opened()); // R-CASE-2: no case disappears
    report.rates().forEach(r -> assertThat(r.numerator()).isBetween(0L, r.denominator()));
    assertThat(report.rates().get(0).denominator() + report.rates().get(1).denominator())
        .isLessThanOrEqualTo(6_000);
    assertThat(report.registers()).hasSize(2);
    assertThat(report.alerts()).containsKey("SUSPECTED_DROPOUT");
    assertThat(report.warnings())
        .isNotEmpty()
        .allSatisfy(w -> assertThat(w.residentId()).contains("********")); // R-ID-2
    JsonNode json = new ObjectMapper().readTree(DemoText.json(report));
    assertThat(json.fieldNames())
        .toIterable()
        .containsExactly(
            "header",
            "population",
            "rates",
            "alerts",
            "registers",
            "cases",
            "coverage",
            "warnings");
  }

  @Test
  @Tag("R-RATE-10")
  @Tag("R-LED-0")
  void dropoutsInTheRatesAreTheOpenDropoutRegister() { // R-RATE-10 and R-LED-0 agree
    DemoReport report = run("XX_COUNTY_2023");
    long dropouts = report.rates().get(0).numerator() + report.rates().get(1).numerator();
    assertThat(report.registers().get(1).open()).isGreaterThanOrEqualTo(dropouts);
    assertThat(dropouts).isPositive();
  }

  @Test
  @Tag("R-ABS-3")
  void hezhangConfirmsDropoutsSoNoneAreAutomatic() {
    DemoReport hezhang = run("HEZHANG_2018");
    assertThat(hezhang.alerts())
        .doesNotContainKey("AUTO_DROPOUT")
        .containsKey("DROPOUT_CONFIRMATION_REQUIRED");
    assertThat(hezhang.rates()).allSatisfy(r -> assertThat(r.numerator()).isZero());
    assertThat(run("NATIONAL").alerts()).containsKey("AUTO_DROPOUT");
  }

  @Test
  void theSeedDecidesTheCountyAndSoTheReport() {
    SyntheticCounty other =
        SyntheticCounty.generate(CountySpec.builder().students(6_000).seed(4).build());
    DemoReport otherReport = CountyRun.of(other, "NATIONAL").get().run(Progress.silent());
    assertThat(otherReport.population().students()).isEqualTo(6_000);
    assertThat(DemoText.json(otherReport)).isNotEqualTo(DemoText.json(run("NATIONAL")));
  }

  @Test
  void unknownProfileIsAProblemNotAnException() {
    assertThat(CountyRun.of(COUNTY, "NOPE").getLeft()).contains("NOPE").contains("NATIONAL");
  }
}

package org.kbbx.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.testkit.county.CountySpec;
import org.kbbx.testkit.county.SyntheticCounty;

class CountyRunTest {

  private static final SyntheticCounty COUNTY =
      SyntheticCounty.generate(CountySpec.builder().students(6_000).seed(3).build());

  private static final Map<String, DemoReport> RUNS = new ConcurrentHashMap<>();

  private static DemoReport run(String profile) {
    return RUNS.computeIfAbsent(profile, p -> CountyRun.of(COUNTY, p).get().run(Progress.silent()));
  }

  private static RatesSection.Line line(RatesSection.Unit unit, String kind) {
    return unit.lines().stream()
        .filter(l -> l.kind().equals(kind))
        .findFirst()
        .orElseThrow(() -> new AssertionError(kind + " missing in " + unit.name()));
  }

  private static RatesSection.Unit county(DemoReport report) {
    return report.rates().units().get(0);
  }

  @Test
  @Tag("R-CASE-2")
  @Tag("R-ID-2")
  void reportCoversEverySection() throws Exception {
    DemoReport report = run("NATIONAL");
    assertThat(report.population().students()).isEqualTo(6_000);
    assertThat(report.rates().units()).hasSize(1 + COUNTY.townships().size());
    assertThat(county(report).level()).isEqualTo("COUNTY");
    assertThat(report.rates().units().subList(1, report.rates().units().size()))
        .allSatisfy(u -> assertThat(u.level()).isEqualTo("TOWNSHIP"))
        .extracting(RatesSection.Unit::name)
        .containsExactlyElementsOf(
            COUNTY.townships().stream().map(t -> t.name()).toList());
    assertThat(report.cases().opened()).isEqualTo(report.alerts().get("SUSPECTED_DROPOUT"));
    assertThat(report.cases().byState().values().stream()
            .mapToLong(Long::longValue)
            .sum())
        .isEqualTo(report.cases().opened()); // R-CASE-2: no case disappears
    for (RatesSection.Unit unit : report.rates().units()) {
      assertThat(unit.lines())
          .extracting(RatesSection.Line::kind)
          .contains(
              "PRIMARY_DROPOUT",
              "JUNIOR_DROPOUT",
              "NINE_YEAR_CONSOLIDATION",
              "PRIMARY_CONSOLIDATION",
              "JUNIOR_CONSOLIDATION",
              "COMPULSORY_AGE_ENROLMENT",
              "PRIMARY_NET_ENROLMENT",
              "JUNIOR_GROSS_ENROLMENT",
              "REGISTERED_POOR_OR_MONITORED_DROPOUT");
    }
    RatesSection.Line primary = line(county(report), "PRIMARY_DROPOUT");
    RatesSection.Line junior = line(county(report), "JUNIOR_DROPOUT");
    assertThat(primary.numerator()).isBetween(0L, primary.denominator());
    // The census counts the roll of 1 September; a few late entrants come after it.
    assertThat(primary.denominator() + junior.denominator()).isBetween(5_800L, 6_000L);
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
    assertThat(json.at("/rates/units/1/lines/0/kind").asText()).isEqualTo("PRIMARY_DROPOUT");
  }

  @Test
  @Tag("R-RATE-2")
  void townshipsAddUpToTheCounty() {
    DemoReport report = run("NATIONAL");
    List<RatesSection.Unit> townships =
        report.rates().units().subList(1, report.rates().units().size());
    for (String kind : List.of(
        "PRIMARY_DROPOUT",
        "JUNIOR_DROPOUT",
        "NINE_YEAR_CONSOLIDATION",
        "JUNIOR_CONSOLIDATION",
        "REGISTERED_POOR_OR_MONITORED_DROPOUT")) {
      RatesSection.Line whole = line(county(report), kind);
      assertThat(whole.state()).isEqualTo("COMPUTED");
      assertThat(townships.stream().mapToLong(t -> line(t, kind).numerator()).sum())
          .as(kind)
          .isEqualTo(whole.numerator());
      assertThat(townships.stream().mapToLong(t -> line(t, kind).denominator()).sum())
          .as(kind)
          .isEqualTo(whole.denominator());
    }
  }

  @Test
  @Tag("R-RATE-11")
  @Tag("R-RATE-17")
  void tenYearsOfHistoryGiveConsolidationAndPrimaryCompletionIsPending() {
    RatesSection.Unit county = county(run("NATIONAL"));
    RatesSection.Line nine = line(county, "NINE_YEAR_CONSOLIDATION");
    assertThat(nine.state()).isEqualTo("COMPUTED");
    // Most of a cohort completes; arrivals and repeaters keep the rate near, not at, 100 %.
    assertThat(nine.numerator() * 100).isBetween(85 * nine.denominator(), 105 * nine.denominator());
    assertThat(line(county, "JUNIOR_CONSOLIDATION").state()).isEqualTo("COMPUTED");
    RatesSection.Line primary = line(county, "PRIMARY_CONSOLIDATION");
    assertThat(primary.state()).isEqualTo("PENDING");
    assertThat(primary.note()).contains("2025-09-01");
    RatesSection.Line enrolment = line(county, "COMPULSORY_AGE_ENROLMENT");
    assertThat(enrolment.state()).isEqualTo("COMPUTED");
    assertThat(enrolment.numerator()).isPositive();
  }

  @Test
  @Tag("R-RATE-10")
  @Tag("R-LED-0")
  void dropoutsInTheRatesAreTheOpenDropoutRegister() { // R-RATE-10 and R-LED-0 agree
    DemoReport report = run("XX_COUNTY_2023");
    long dropouts = line(county(report), "PRIMARY_DROPOUT").numerator()
        + line(county(report), "JUNIOR_DROPOUT").numerator();
    assertThat(report.registers().get(1).open()).isGreaterThanOrEqualTo(dropouts);
    assertThat(dropouts).isPositive();
  }

  @Test
  @Tag("R-ABS-3")
  @Tag("R-RATE-3")
  void hezhangConfirmsDropoutsAndCountsThemAgainstItsTargets() {
    DemoReport hezhang = run("HEZHANG_2018");
    assertThat(hezhang.alerts())
        .doesNotContainKey("AUTO_DROPOUT")
        .containsKey("DROPOUT_CONFIRMATION_REQUIRED");
    RatesSection.Line primary = line(county(hezhang), "PRIMARY_DROPOUT");
    RatesSection.Line junior = line(county(hezhang), "JUNIOR_DROPOUT");
    assertThat(primary.numerator() + junior.numerator()).isPositive();
    assertThat(primary.targets()).extracting(RatesSection.Check::target).containsExactly("<= 0.6%");
    assertThat(junior.targets()).extracting(RatesSection.Check::target).containsExactly("<= 1.8%");
    assertThat(line(county(hezhang), "NINE_YEAR_CONSOLIDATION").targets())
        .singleElement()
        .satisfies(c -> assertThat(c.outcome()).isIn("MET", "MISSED"));
    assertThat(run("NATIONAL").alerts()).containsKey("AUTO_DROPOUT");
  }

  @Test
  @Tag("R-RATE-20")
  void bishanJudgesEnrolmentAndConsolidationInEveryTownship() {
    DemoReport bishan = run("BISHAN_2024");
    for (RatesSection.Unit unit : bishan.rates().units()) {
      assertThat(line(unit, "COMPULSORY_AGE_ENROLMENT").targets()).isNotEmpty();
      assertThat(line(unit, "NINE_YEAR_CONSOLIDATION").targets())
          .singleElement()
          .satisfies(c -> {
            assertThat(c.target()).isEqualTo(">= 99%");
            assertThat(c.outcome()).isIn("MET", "MISSED");
            assertThat(c.gap()).matches("\\d+\\.\\d\\d");
          });
    }
    assertThat(DemoText.text(bishan)).contains("By township").contains(">= 99%");
  }

  @Test
  void sameCountyGivesTheSameReport() {
    SyntheticCounty again =
        SyntheticCounty.generate(CountySpec.builder().students(6_000).seed(3).build());
    assertThat(DemoText.json(CountyRun.of(again, "NATIONAL").get().run(Progress.silent())))
        .isEqualTo(DemoText.json(run("NATIONAL")));
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

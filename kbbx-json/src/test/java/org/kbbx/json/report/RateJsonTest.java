package org.kbbx.json.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.person.Sex;
import org.kbbx.core.rate.Rate;
import org.kbbx.core.rate.Target;
import org.kbbx.core.school.Grade;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.reporting.rate.Compliance;
import org.kbbx.reporting.rate.ComplianceRow;
import org.kbbx.reporting.rate.CountsTable;
import org.kbbx.reporting.rate.RateDates;
import org.kbbx.reporting.rate.RatePolicy;
import org.kbbx.reporting.rate.RateRejection;
import org.kbbx.reporting.rate.SchoolRef;
import org.kbbx.reporting.rate.Slice;
import org.kbbx.reporting.rate.StudentYear;
import org.kbbx.reporting.rate.UnitRates;
import org.kbbx.rules.profile.EffectiveProfile;
import org.kbbx.rules.profile.Profiles;

/** Every report value a county publishes is written as JSON (R-LED-7, R-RATE-20): golden file. */
class RateJsonTest {

  static final String GOLDEN = "/golden/county-rates.json";

  /**
   * One county, 2022-2023: 4 primary dropouts of 500 enrolled (grade 3), 9 junior of 450 (grade 8),
   * a nine-year cohort 180 of 190 — judged against
   * HEZHANG_2018; primary consolidation pending before 2023-09-01.
   */
  static Map<String, Object> report() {
    Map<SchoolYear, CountsTable> history = new TreeMap<>();
    CountsTable.Accumulator intake = CountsTable.accumulator(GradeSystem.SIX_THREE);
    add(intake, 2014, 1, 190, b -> b.entrant(true));
    history.put(SchoolYear.of(2014), intake.toTable());
    CountsTable.Accumulator now = CountsTable.accumulator(GradeSystem.SIX_THREE);
    add(now, 2022, 3, 496, b -> b.enrolled(true));
    add(now, 2022, 3, 4, b -> b.enrolled(true).droppedOut(true));
    add(now, 2022, 8, 441, b -> b.enrolled(true));
    add(now, 2022, 8, 9, b -> b.enrolled(true).droppedOut(true));
    add(now, 2022, 9, 180, b -> b.completer(true));
    history.put(SchoolYear.of(2022), now.toTable());
    RateDates dates = RateDates.of(SchoolYear.of(2022));
    UnitRates rates =
        UnitRates.of(history, dates, dates.countDate(), Slice.all(), RatePolicy.PLAIN);
    EffectiveProfile hezhang = Profiles.builtIn().effective("HEZHANG_2018").get();
    Map<String, UnitRates> units = new LinkedHashMap<>();
    units.put("522428", rates);
    List<ComplianceRow<String>> rows = Compliance.check(units, hezhang, SchoolYear.of(2022));
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("county", "522428");
    report.put("rates", rates);
    report.put("compliance", rows);
    report.put("undefinedCheck", Target.atMostPercent("0.6").check(Rate.of(0, 0)));
    report.put(
        "pending",
        Either.left(new RateRejection.Pending(
            SchoolYear.of(2022), "小学巩固率 completers", java.time.LocalDate.of(2023, 9, 1))));
    return report;
  }

  /** Adds {@code n} children of one grade of the county's school with the facts {@code facts} sets. */
  private static void add(
      CountsTable.Accumulator table,
      int year,
      int grade,
      int n,
      UnaryOperator<StudentYear.Builder> facts) {
    StudentYear child = facts
        .apply(StudentYear.builder()
            .schoolYear(SchoolYear.of(year))
            .school(SchoolRef.of("5224280001", DivisionCode.parse("522428")))
            .sex(Sex.FEMALE)
            .grade(Grade.of(grade)))
        .build();
    for (int i = 0; i < n; i++) {
      table.add(child.contribution(GradeSystem.SIX_THREE));
    }
  }

  static String json() throws JsonProcessingException {
    ObjectMapper mapper = new ObjectMapper()
        .registerModule(KbbxReportModule.masked())
        .enable(SerializationFeature.INDENT_OUTPUT);
    return mapper.writeValueAsString(report()).replace("\r\n", "\n") + "\n";
  }

  /** Regenerate with {@code -Dkbbx.golden.update=true} from the module directory; review the diff. */
  @Test
  @Tag("R-LED-7")
  @Tag("R-RATE-20")
  void goldenJsonOfCountyRatesAndCompliance() throws IOException {
    if (Boolean.getBoolean("kbbx.golden.update")) {
      java.nio.file.Files.writeString(java.nio.file.Path.of("src/test/resources" + GOLDEN), json());
    }
    String expected;
    try (InputStream in = RateJsonTest.class.getResourceAsStream(GOLDEN)) {
      assertThat(in).as("golden file %s", GOLDEN).isNotNull();
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
    assertThat(json()).isEqualTo(expected);
  }

  @Test
  @Tag("R-LED-7")
  void ratesCarryExactCountsPercentTextOutcomeAndGap() throws IOException {
    JsonNode root = new ObjectMapper().readTree(json());
    JsonNode primary = root.path("rates").path("PRIMARY_DROPOUT").path("value");
    assertThat(primary.path("numerator").asLong()).isEqualTo(4);
    assertThat(primary.path("denominator").asLong()).isEqualTo(500);
    assertThat(primary.path("percent").asText()).isEqualTo("0.80%");
    JsonNode nine = root.path("rates").path("NINE_YEAR_CONSOLIDATION").path("value");
    assertThat(nine.path("numerator").asLong()).isEqualTo(180);
    assertThat(nine.path("denominator").asLong()).isEqualTo(190);
    assertThat(root.path("rates")
            .path("PRIMARY_CONSOLIDATION")
            .path("rejection")
            .path("code")
            .asText())
        .isEqualTo("RATE_PENDING");
    JsonNode first = root.path("compliance").get(0);
    assertThat(first.path("kind").path("code").asText()).isEqualTo("PRIMARY_DROPOUT");
    assertThat(first.path("kind").path("zh").asText()).isEqualTo("小学年辍学率");
    assertThat(first.path("outcome").path("code").asText()).isEqualTo("MISSED");
    assertThat(first.path("target").path("text").asText()).isEqualTo("<= 0.6%");
    assertThat(first.path("check").path("shortfall").path("text").asText()).isEqualTo("1/500");
    assertThat(first.path("check").path("shortfallPoints").asText()).isEqualTo("0.20");
    assertThat(first.path("rejection").isNull()).isTrue();
    assertThat(root.path("compliance")).hasSize(3);
    JsonNode undefined = root.path("undefinedCheck");
    assertThat(undefined.path("outcome").path("code").asText()).isEqualTo("UNDEFINED");
    assertThat(undefined.path("rate").path("percent").asText()).isEqualTo("undefined");
    assertThat(undefined.path("difference").isNull()).isTrue();
    assertThat(root.path("pending").path("rejection").path("message").asText())
        .contains("2023-09-01");
  }
}

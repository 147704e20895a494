package org.kbbx.json.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.mask.IdMask;

/** JSON output of reports (R-LED-7, R-ID-2): golden file, masking, labels, suppression. */
class KbbxReportModuleTest {

  static final String GOLDEN = "/golden/small-county-report.json";

  static String json(KbbxReportModule module) throws JsonProcessingException {
    ObjectMapper mapper =
        new ObjectMapper().registerModule(module).enable(SerializationFeature.INDENT_OUTPUT);
    return mapper.writeValueAsString(SmallCounty.report()).replace("\r\n", "\n") + "\n";
  }

  /**
   * Pins the JSON of {@link SmallCounty}. After a deliberate change, regenerate with
   * {@code -Dkbbx.golden.update=true} (run from the module directory) and review the diff.
   */
  @Test
  @Tag("R-LED-7")
  void goldenJsonOfASmallCountyReport() throws IOException {
    if (Boolean.getBoolean("kbbx.golden.update")) {
      java.nio.file.Files.writeString(
          java.nio.file.Path.of("src/test/resources" + GOLDEN), json(KbbxReportModule.masked()));
    }
    String expected;
    try (InputStream in = KbbxReportModuleTest.class.getResourceAsStream(GOLDEN)) {
      assertThat(in).as("golden file %s", GOLDEN).isNotNull();
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
    assertThat(json(KbbxReportModule.masked())).isEqualTo(expected);
  }

  @Test
  @Tag("R-ID-2")
  @Tag("R-ID-5")
  void idsAreMaskedByDefaultEvenInvalidOnesInInputRows() throws IOException {
    String masked = json(KbbxReportModule.masked());
    for (String id : new String[] {
      SmallCounty.A, SmallCounty.B, SmallCounty.C, SmallCounty.D, "52242820120315999"
    }) {
      assertThat(masked).doesNotContain(id);
    }
    assertThat(masked)
        .contains(SmallCounty.A.substring(0, 6) + "********" + SmallCounty.A.substring(14));
    // the one rule: a 17-character ID keeps 5 and 4, hides 8 (R-ID-5)
    assertThat(masked).contains("52242********5999").contains(IdMask.mask("52242820120315999"));
  }

  @Test
  @Tag("R-LED-7")
  void unmaskedOnlyWhenTheCallerAsks() throws IOException {
    String unmasked = json(KbbxReportModule.masked().withUnmaskedIds());
    assertThat(unmasked)
        .contains(SmallCounty.A)
        .contains(SmallCounty.B)
        .contains("52242820120315999");
  }

  @Test
  @Tag("R-LED-7")
  void labelsDatesAndStableFieldNames() throws IOException {
    JsonNode root = new ObjectMapper().readTree(json(KbbxReportModule.masked()));
    assertThat(root.path("asOf").asText()).isEqualTo("2023-10-15");
    assertThat(root.path("county").asText()).isEqualTo("522428000000");
    JsonNode firstPerson = root.path("reconciliation").path("persons").get(0);
    assertThat(firstPerson.path("personClass").path("code").asText()).isEqualTo("CONSISTENT");
    assertThat(firstPerson.path("personClass").path("zh").asText()).isEqualTo("人籍一致");
    assertThat(firstPerson.path("personClass").path("en").asText()).isEqualTo("consistent");
    JsonNode table = root.path("ledger").path("villageTable");
    assertThat(table.path("columns").get(0).path("zh").asText()).isEqualTo("学龄人口数");
    assertThat(table.path("rows").get(0).path("counts").path("POPULATION").asLong())
        .isEqualTo(2);
  }

  @Test
  @Tag("R-LED-7")
  void smallCellSuppressionWritesCountsBelowKAsText() throws IOException {
    JsonNode root =
        new ObjectMapper().readTree(json(KbbxReportModule.masked().withSmallCellSuppression(3)));
    JsonNode table = root.path("ledger").path("villageTable");
    assertThat(table.path("suppressedBelow").asInt()).isEqualTo(3);
    JsonNode total = table.path("rows").get(2).path("counts");
    assertThat(total.path("POPULATION").asLong()).isEqualTo(3);
    assertThat(total.path("ATTENDING_LOCALLY").asText()).isEqualTo("<3");
    assertThat(total.path("OUT_OF_SCHOOL").asText()).isEqualTo("<3");
  }

  @Test
  @Tag("R-LED-7")
  void thresholdOfOneIsRejected() {
    assertThatThrownBy(() -> KbbxReportModule.masked().withSmallCellSuppression(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1");
  }
}

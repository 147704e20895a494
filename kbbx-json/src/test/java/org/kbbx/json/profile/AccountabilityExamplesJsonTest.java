package org.kbbx.json.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.validation.Violation;
import org.kbbx.rules.profile.EffectiveProfile;
import org.kbbx.rules.profile.ProfileExamples;

/** Accountability examples in profile JSON (R-PROF-2, R-PROF-3, R-RC-9, R-RC-16, R-RC-17). */
@Tag("R-RC-9")
class AccountabilityExamplesJsonTest {

  @Test
  @Tag("R-PROF-3")
  @Tag("R-RC-17")
  void xxCountysExamplesAreInTheResolvedJsonWithNames() throws Exception {
    JsonNode resolved = DutiesJsonTest.MAPPER.readTree(DutiesJsonTest.JSON.writeResolved(
        DutiesJsonTest.BUILT_IN.effective("XX_COUNTY_2023").get()));
    JsonNode examples = resolved.get("accountabilityExamples");
    assertThat(examples).hasSize(2);
    assertThat(examples.get(0).get("description").textValue()).startsWith("工作不力 (R-RC-17)");
    assertThat(examples.get(0).get("fires").toString())
        .contains("{\"rule\":\"PUBLIC_CRITICISM\",\"unit\":{\"kind\":\"SCHOOL\",\"id\":\"XX-S1\","
            + "\"name\":\"示例甲镇中心校\"}}")
        .doesNotContain("COUNTY");
    assertThat(examples.get(1).get("results").get(0).get("unit").toString())
        .isEqualTo("{\"kind\":\"PERSON\",\"seat\":{\"role\":\"TEACHER\",\"school\":\"XX-S1\","
            + "\"person\":\"XX-T1\"},\"name\":\"师长@示例甲镇中心校/示例班主任\"}");
  }

  /** Hanzhong's profile as a vendor's, with its own example of a veto over a named child. */
  static ObjectNode vendorWithVetoExample(String expectedRule) throws Exception {
    ObjectNode node = DutiesJsonTest.vendorFrom("HANZHONG_2018");
    ArrayNode examples = node.putArray("accountabilityExamples");
    ObjectNode example = examples.addObject();
    example.put("description", "一票否决 over a named registered-poor child");
    example.put("year", "2023-2024");
    ObjectNode result = example.putArray("results").addObject();
    result.putObject("unit").put("kind", "TOWNSHIP").put("code", "610729101000").put("name", "示例镇");
    result.put("year", "2023-2024");
    ObjectNode dropout = result.putArray("dropouts").addObject();
    dropout.put("student", "G610729201001011234");
    dropout.putArray("groups").add("REGISTERED_POOR");
    result
        .putArray("dropoutRates")
        .addObject()
        .put("level", "JUNIOR_SECONDARY")
        .put("rate", "1/300");
    result
        .putArray("dropoutTargets")
        .addObject()
        .put("level", "JUNIOR_SECONDARY")
        .put("comparison", "AT_MOST")
        .put("threshold", "9/500");
    ObjectNode fires = example.putArray("fires").addObject();
    fires.put("rule", expectedRule);
    fires.putObject("unit").put("kind", "TOWNSHIP").put("code", "610729101000");
    return node;
  }

  @Test
  @Tag("R-PROF-2")
  @Tag("R-PROF-3")
  @Tag("R-RC-16")
  void aVendorWritesAccountabilityExamplesWithoutJavaAndTheyAreChecked() throws Exception {
    var read = DutiesJsonTest.JSON.readInto(
        DutiesJsonTest.BUILT_IN, List.of(vendorWithVetoExample("ONE_VOTE_VETO").toString()));
    assertThat(read.isValid()).as("%s", read).isTrue();
    EffectiveProfile vendor = read.get().effective("VENDOR_2025").get();
    assertThat(ProfileExamples.accountabilityFailures(vendor)).isEmpty();
    String written = DutiesJsonTest.JSON.write(read.get().get("VENDOR_2025").get());
    assertThat(DutiesJsonTest.JSON.write(DutiesJsonTest.JSON.read(written).get()))
        .isEqualTo(written);
    assertThat(written).contains("G610729201001011234", "1/300");

    var wrong = DutiesJsonTest.JSON.readInto(
        DutiesJsonTest.BUILT_IN,
        List.of(vendorWithVetoExample("PUBLIC_CRITICISM").toString()));
    assertThat(ProfileExamples.accountabilityFailures(
            wrong.get().effective("VENDOR_2025").get()))
        .singleElement()
        .asString()
        .contains("expected [PUBLIC_CRITICISM → township 610729101000]")
        .contains("fired [ONE_VOTE_VETO → township 示例镇 (610729101000)]");
  }

  @Test
  @Tag("R-PROF-2")
  void badAccountabilityExamplesAreListedWithTheirPaths() throws Exception {
    ObjectNode node = vendorWithVetoExample("SCOLD");
    ObjectNode example = (ObjectNode) node.get("accountabilityExamples").get(0);
    ObjectNode result = (ObjectNode) example.get("results").get(0);
    ((ObjectNode) result.get("dropoutRates").get(0)).put("rate", "-1/3");
    result.putArray("failures").addObject().put("cause", "LAZY").put("detail", "x");
    example
        .putArray("fires")
        .addObject()
        .put("rule", "SCOLD")
        .putObject("unit")
        .put("kind", "PERSON")
        .putObject("seat")
        .put("role", "TEACHER")
        .put("school", "S1");
    var problems = DutiesJsonTest.JSON
        .readInto(DutiesJsonTest.BUILT_IN, List.of(node.toString()))
        .getError()
        .map(Violation::toString);
    assertThat(problems)
        .anyMatch(p -> p.startsWith("$.accountabilityExamples[0].results[0].dropoutRates[0].rate:"))
        .anyMatch(p -> p.startsWith("$.accountabilityExamples[0].results[0].failures[0].cause:"))
        .anyMatch(p -> p.startsWith("$.accountabilityExamples[0].fires[0].unit.seat:")
            && p.contains("needs person"))
        .noneMatch(p -> p.contains("201001011234"));
  }
}

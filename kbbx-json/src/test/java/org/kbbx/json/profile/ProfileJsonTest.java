package org.kbbx.json.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.Seq;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kbbx.core.validation.Violation;
import org.kbbx.rules.profile.JurisdictionProfile;
import org.kbbx.rules.profile.Profiles;

class ProfileJsonTest {

  static final ProfileJson JSON = ProfileJson.create();
  static final Profiles BUILT_IN = Profiles.builtIn();
  static final ObjectMapper MAPPER = new ObjectMapper();

  static Stream<String> profileIds() {
    return BUILT_IN.ids().toJavaStream();
  }

  @ParameterizedTest
  @MethodSource("profileIds")
  @Tag("R-PROF-2")
  void everyBuiltInProfileRoundTripsToAnEqualProfile(String id) {
    JurisdictionProfile profile = BUILT_IN.get(id).get();
    String json = JSON.write(profile);
    assertThat(JSON.read(json).get()).isEqualTo(profile);
    assertThat(JSON.write(JSON.read(json).get())).isEqualTo(json);
  }

  /** A vendor profile derived from Hanzhong's JSON, renamed, as a mutable tree. */
  static ObjectNode vendor() throws Exception {
    ObjectNode node =
        (ObjectNode) MAPPER.readTree(JSON.write(BUILT_IN.get("HANZHONG_2018").get()));
    node.put("id", "VENDOR_2025");
    return node;
  }

  static Seq<Violation> problems(ObjectNode node) {
    var result = JSON.readInto(BUILT_IN, List.of(node.toString()));
    assertThat(result.isInvalid()).as("expected problems").isTrue();
    return result.getError();
  }

  @Test
  @Tag("R-PROF-2")
  void aValidVendorProfileJoinsTheBuiltIns() throws Exception {
    var result = JSON.readInto(BUILT_IN, List.of(vendor().toString()));
    assertThat(result.isValid()).isTrue();
    assertThat(result.get().effective("VENDOR_2025").get().suspected().fromProfile())
        .isEqualTo("NATIONAL");
  }

  @Test
  @Tag("R-PROF-2")
  void unknownFieldIsListedWithItsPath() throws Exception {
    ObjectNode node = vendor();
    node.put("colour", "red");
    ((ObjectNode) node.get("settings").get("homeVisits").get("value").get(0)).put("days", 2);
    assertThat(problems(node).map(Violation::path))
        .containsExactlyInAnyOrder("$.colour", "$.settings.homeVisits.value[0].days");
  }

  @Test
  @Tag("R-PROF-2")
  void wrongTypesAreListedWithTheirPaths() throws Exception {
    ObjectNode node = vendor();
    node.put("validFrom", 20180101);
    ((ObjectNode) node.get("settings").get("homeVisits").get("value").get(0))
        .put("schoolDays", "two");
    Seq<Violation> problems = problems(node);
    assertThat(problems.map(Violation::path))
        .containsExactlyInAnyOrder("$.validFrom", "$.settings.homeVisits.value[0].schoolDays");
    assertThat(problems.map(Violation::message).mkString())
        .contains("found a number", "expected a whole number, found a string");
  }

  @Test
  @Tag("R-PROF-2")
  void negativeThresholdIsRejected() throws Exception {
    ObjectNode node = vendor();
    ((ObjectNode) node.get("settings").get("homeVisits").get("value").get(0)).put("schoolDays", -2);
    assertThat(problems(node))
        .extracting(Violation::path, Violation::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(
            "$.settings.homeVisits.value[0].schoolDays", "must be 0 or more, found -2"));
  }

  @Test
  @Tag("R-PROF-2")
  void unknownParentIsRejected() throws Exception {
    ObjectNode node = vendor();
    node.put("parent", "ATLANTIS");
    assertThat(problems(node).map(Violation::path)).containsExactly("$.parent");
  }

  @Test
  @Tag("R-PROF-2")
  void missingParentIsRejectedUnlessTheProfileSetsEverything() throws Exception {
    ObjectNode node = vendor();
    node.remove("parent");
    Seq<Violation> problems = problems(node);
    assertThat(problems.map(Violation::path)).containsExactly("$.parent");
    assertThat(problems.head().message()).startsWith("Missing parent");
  }

  @Test
  @Tag("R-PROF-2")
  void parentCycleIsRejected() throws Exception {
    ObjectNode a = vendor();
    a.put("id", "A");
    a.put("parent", "B");
    ObjectNode b = vendor();
    b.put("id", "B");
    b.put("parent", "A");
    var result = JSON.readInto(BUILT_IN, List.of(a.toString(), b.toString()));
    assertThat(result.getError().map(Violation::path))
        .containsExactlyInAnyOrder("[0]$.parent", "[1]$.parent");
    assertThat(result.getError().head().message()).startsWith("Parent cycle");
  }

  @Test
  @Tag("R-PROF-2")
  void tenMegabyteStringIsAProblemNotAnException() throws Exception {
    ObjectNode node = vendor();
    node.put("name", "长".repeat(10 * 1024 * 1024));
    Seq<Violation> problems = problems(node);
    assertThat(problems.map(Violation::path)).containsExactly("$.name");
    assertThat(problems.head().message()).contains("10485760 characters");
  }

  @Test
  @Tag("R-PROF-2")
  void everyProblemIsListedAtOnceAndNothingIsHalfBuilt() throws Exception {
    ObjectNode node = vendor();
    node.put("extra", true);
    node.put("parent", "ATLANTIS");
    node.remove("name");
    ((ObjectNode) node.get("settings").get("weeklyReports").get("value").get(0))
        .put("dueDay", "FUNDAY");
    Seq<Violation> problems = problems(node);
    assertThat(problems.map(Violation::path))
        .containsExactlyInAnyOrder(
            "$.extra", "$.name", "$.settings.weeklyReports.value[0].dueDay", "$.parent");
  }

  @Test
  @Tag("R-PROF-2")
  void malformedAndNullInputAreProblems() {
    assertThat(JSON.read("{\"id\": ").getError().head().path()).isEqualTo("$");
    assertThat(JSON.read(null).getError().head().path()).isEqualTo("$");
    assertThat(JSON.read("[]").getError().head().message()).contains("expected an object");
    assertThat(JSON.read("").isInvalid()).isTrue();
  }

  @Test
  @Tag("R-PROF-2")
  void crossFieldRuleInAValueIsAProblemAtItsPath() throws Exception {
    ObjectNode node = vendor();
    node.put("validTo", "2000-01-01");
    assertThat(problems(node).map(Violation::path)).containsExactly("$.validTo");
  }

  @Test
  @Tag("R-PROF-2")
  void badTargetsCapsAndAccountabilityRulesAreListed() throws Exception {
    ObjectNode node = vendor();
    ObjectNode target =
        (ObjectNode) node.get("settings").get("targets").get("value").get(0).get("target");
    target.put("threshold", "1/0");
    ObjectNode cap =
        (ObjectNode) node.get("settings").get("guaranteeCaps").get("value").get(0);
    cap.put("maximum", 0);
    ObjectNode rule =
        (ObjectNode) node.get("settings").get("accountability").get("value").get(0);
    rule.put("code", "FIRE_EVERYONE");
    assertThat(problems(node).map(Violation::path))
        .containsExactlyInAnyOrder(
            "$.settings.targets.value[0].target.threshold",
            "$.settings.guaranteeCaps.value[0].maximum",
            "$.settings.accountability.value[0].code");
  }

  @Test
  @Tag("R-RC-14")
  void hezhangRoutingRoundTripsWithTheCentreConfirmingTheDropout() throws Exception {
    JurisdictionProfile hezhang = BUILT_IN.get("HEZHANG_2018").get();
    ObjectNode tree = (ObjectNode) MAPPER.readTree(JSON.write(hezhang));
    var row = tree.at("/settings/routing/value/alerts").findParents("alert").stream()
        .filter(n -> n.get("alert").asText().equals("DROPOUT_CONFIRMATION_REQUIRED"))
        .findFirst()
        .get();
    assertThat(row.get("acting").toString()).isEqualTo("[\"TOWNSHIP_EDUCATION_CENTRE\"]");
    assertThat(row.get("informed").get(0).asText()).isEqualTo("TOWNSHIP_GOVERNMENT");
    JurisdictionProfile back = JSON.read(tree.toString()).get();
    assertThat(back.routing()).isEqualTo(hezhang.routing());
    assertThat(back.routing().get().source().document()).isEqualTo("赫府办发〔2018〕151号");
  }

  @Test
  @Tag("R-RC-14")
  @Tag("R-PROF-2")
  void routingWithAMissingRowAnUnknownSeatOrNobodyActingIsListed() throws Exception {
    ObjectNode node =
        (ObjectNode) MAPPER.readTree(JSON.write(BUILT_IN.get("HEZHANG_2018").get()));
    node.put("id", "VENDOR_2025");
    var alerts =
        (com.fasterxml.jackson.databind.node.ArrayNode) node.at("/settings/routing/value/alerts");
    alerts.remove(0); // FIRST_DAY_CONTACT
    var steps = (com.fasterxml.jackson.databind.node.ArrayNode)
        node.at("/settings/routing/value/caseSteps");
    ((com.fasterxml.jackson.databind.node.ArrayNode) steps.get(0).get("acting"))
        .removeAll()
        .add("PRINCIPLE");
    ((com.fasterxml.jackson.databind.node.ArrayNode) steps.get(1).get("acting")).removeAll();
    Seq<Violation> problems = problems(node);
    assertThat(problems.map(Violation::path))
        .containsExactlyInAnyOrder(
            "$.settings.routing.value.caseSteps[0].acting[0]",
            "$.settings.routing.value.caseSteps[1]",
            "$.settings.routing.value.alerts");
    assertThat(problems.map(Violation::message).mkString(" | "))
        .contains(
            "PRINCIPLE", "at least one role must act", "Missing row for alert FIRST_DAY_CONTACT");
  }
}

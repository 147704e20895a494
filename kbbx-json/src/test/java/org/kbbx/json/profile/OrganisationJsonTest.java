package org.kbbx.json.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.responsibility.AccountabilityRule;
import org.kbbx.core.responsibility.ChainLink;
import org.kbbx.core.responsibility.WorkFailure;
import org.kbbx.core.validation.Violation;
import org.kbbx.rules.profile.ProfileExamples;

/** The organisation setting and the 工作不力 causes in profile JSON (R-RC-11, R-RC-17, R-PROF-2). */
class OrganisationJsonTest {

  static ObjectNode organisation(ObjectNode profile) {
    return (ObjectNode) profile.get("settings").get("organisation").get("value");
  }

  @Test
  @Tag("R-RC-11")
  @Tag("R-PROF-2")
  void lueyangSevenPlusOneLettersAreAVendorProfileWithoutJava() throws Exception {
    ObjectNode node = DutiesJsonTest.vendorFrom("HANZHONG_2018");
    assertThat(organisation(node).toString())
        .contains("\"letters\":[\"COUNTY_TOWNSHIP\",\"BUREAU_SCHOOL\"]", "ONE_HEAD_POSITION");
    ArrayNode letters = organisation(node).putArray("letters");
    for (String link : List.of(
        "COUNTY_TOWNSHIP",
        "TOWNSHIP_VILLAGE",
        "BUREAU_SCHOOL",
        "SCHOOL_TEACHER",
        "TEACHER_PARENT")) {
      letters.add(link);
    }
    organisation(node).put("holding", "SEVERAL_HEAD_POSITIONS");
    ArrayNode examples = organisation(node).putArray("examples");
    examples
        .addObject()
        .put("kind", "LETTER")
        .put("description", "7+1: 村委会—家长 is not signed")
        .put("link", "VILLAGE_HOUSEHOLD")
        .put("required", false);
    examples
        .addObject()
        .put("kind", "TWO_SEATS")
        .put("description", "a principal may also lead the centre")
        .put("first", "PRINCIPAL")
        .put("second", "EDUCATION_CENTRE_DIRECTOR")
        .put("allowed", true);
    var read = DutiesJsonTest.JSON.readInto(DutiesJsonTest.BUILT_IN, List.of(node.toString()));
    assertThat(read.isValid()).as("%s", read).isTrue();
    var effective = read.get().effective("VENDOR_2025").get();
    assertThat(effective.responsibility().lettersRequired())
        .isEqualTo(EnumSet.complementOf(EnumSet.of(ChainLink.VILLAGE_HOUSEHOLD)));
    assertThat(ProfileExamples.organisationFailures(effective)).isEmpty();

    // round trip: written again, read again, equal
    String again = DutiesJsonTest.JSON.write(read.get().get("VENDOR_2025").get());
    var reread = DutiesJsonTest.JSON.readInto(DutiesJsonTest.BUILT_IN, List.of(again));
    assertThat(reread.get().get("VENDOR_2025")).isEqualTo(read.get().get("VENDOR_2025"));

    // a wrong example is caught by the generic self-test
    ((ObjectNode) examples.get(0)).put("required", true);
    var wrong = DutiesJsonTest.JSON.readInto(DutiesJsonTest.BUILT_IN, List.of(node.toString()));
    assertThat(ProfileExamples.organisationFailures(
            wrong.get().effective("VENDOR_2025").get()))
        .singleElement()
        .asString()
        .contains("7+1", "to be a finding but it was not");
  }

  @Test
  @Tag("R-RC-11")
  void badOrganisationValuesAreEachListedWithTheirPath() throws Exception {
    ObjectNode node = DutiesJsonTest.vendorFrom("HANZHONG_2018");
    organisation(node).put("holding", "MANY");
    organisation(node)
        .putArray("letters")
        .add("COUNTY_TOWNSHIP")
        .add("COUNTY_TOWNSHIP")
        .add("X");
    assertThat(DutiesJsonTest.problems(node).map(Violation::path))
        .containsExactlyInAnyOrder(
            "$.settings.organisation.value.holding",
            "$.settings.organisation.value.letters[1]",
            "$.settings.organisation.value.letters[2]");
  }

  @Test
  @Tag("R-RC-17")
  void xxCountyWorkFailureCausesRoundTripAndDefaultToSeedTwo() throws Exception {
    ObjectNode node = DutiesJsonTest.vendorFrom("XX_COUNTY_2023");
    ObjectNode rule =
        (ObjectNode) node.get("settings").get("accountability").get("value").get(0);
    assertThat(rule.get("causes").toString())
        .isEqualTo("[\"PRIORITY_CHILD_DROPOUT\",\"WEEKLY_REPORT_MISSING_OR_LATE\","
            + "\"TERM_START_ROSTER_MISSING_OR_LATE\",\"RETURN_STEP_OVERDUE\"]");
    rule.remove("causes");
    ObjectNode second =
        (ObjectNode) node.get("settings").get("accountability").get("value").get(1);
    second.putArray("causes").add("COVERAGE_FINDING");
    var read = DutiesJsonTest.JSON.readInto(DutiesJsonTest.BUILT_IN, List.of(node.toString()));
    assertThat(read.isValid()).as("%s", read).isTrue();
    assertThat(read.get().effective("VENDOR_2025").get().accountability().value())
        .containsExactly(
            new AccountabilityRule.OrderSelfExamination(1, WorkFailure.seed002()),
            new AccountabilityRule.PublicCriticism(1, EnumSet.of(WorkFailure.COVERAGE_FINDING)));
    second.putArray("causes");
    assertThat(DutiesJsonTest.problems(node).map(Violation::path))
        .contains("$.settings.accountability.value[1].causes");
  }

  @Test
  @Tag("R-RC-13")
  @Tag("R-RC-15")
  @Tag("R-RC-16")
  @Tag("R-PROF-2")
  @Tag("R-PROF-3")
  void behaviourExamplesRoundTripAndTheSelfTestStillHolds() throws Exception {
    for (String id : List.of("NATIONAL", "HEZHANG_2018", "YUNDOU_2022", "HANZHONG_2018")) {
      ObjectNode node = DutiesJsonTest.vendorFrom(id);
      String text = organisation(node).get("examples").toString();
      var read = DutiesJsonTest.JSON.readInto(DutiesJsonTest.BUILT_IN, List.of(node.toString()));
      assertThat(read.isValid()).as("%s %s", id, read).isTrue();
      var vendor = read.get().effective("VENDOR_2025").get();
      assertThat(vendor.organisation().value())
          .isEqualTo(DutiesJsonTest.BUILT_IN.effective(id).get().organisation().value());
      assertThat(ProfileExamples.organisationFailures(vendor)).as(id).isEmpty();
      if (id.equals("YUNDOU_2022")) {
        assertThat(text).contains("\"kind\":\"SURVEY\"", "\"齐建村\":[\"熨斗初级中学\",\"熨斗镇中心小学\"]");
      }
      if (id.equals("HANZHONG_2018")) {
        assertThat(text)
            .contains(
                "\"kind\":\"VACANCY\"",
                "\"acting\":[\"校长 for TEACHER\"]",
                "\"guaranteeKind\":\"VILLAGE_OFFICER_STUDENT\"");
      }
    }
  }

  @Test
  @Tag("R-RC-13")
  @Tag("R-PROF-2")
  void badBehaviourExamplesAreEachListedWithTheirPath() throws Exception {
    ObjectNode node = DutiesJsonTest.vendorFrom("YUNDOU_2022");
    ArrayNode examples = organisation(node).putArray("examples");
    ObjectNode survey = examples.addObject().put("kind", "SURVEY").put("description", "x");
    survey.putObject("surveys").put("齐建村", "熨斗初级中学");
    survey.putArray("findings").add(1);
    examples
        .addObject()
        .put("kind", "VACANCY")
        .put("description", "y")
        .put("vacant", "PARENT")
        .put("alert", "NO_SUCH_ALERT")
        .putArray("findings");
    ((ObjectNode) examples.get(1)).putArray("acting");
    ((ObjectNode) examples.get(1)).putArray("informed");
    examples
        .addObject()
        .put("kind", "HOUSEHOLD")
        .put("description", "z")
        .put("children", 0)
        .put("link", "TEACHER_PARENT")
        .put("missingLetters", -1);
    examples
        .addObject()
        .put("kind", "OTHER_GUARANTOR")
        .put("description", "w")
        .put("guaranteeKind", "TEACHER_STUDENT")
        .putArray("guarantors");
    examples.addObject().put("kind", "NOPE").put("description", "v");
    String base = "$.settings.organisation.value.examples";
    assertThat(DutiesJsonTest.problems(node).map(Violation::path))
        .containsExactlyInAnyOrder(
            base + "[0].surveys.齐建村",
            base + "[0].findings[0]",
            base + "[1].alert",
            base + "[2].children",
            base + "[2].missingLetters",
            base + "[3]",
            base + "[4].kind");
  }
}

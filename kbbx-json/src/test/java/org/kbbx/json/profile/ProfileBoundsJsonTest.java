package org.kbbx.json.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.Seq;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.validation.Violation;
import org.kbbx.rules.profile.Profiles;

/** A JSON profile with values outside their ranges is rejected, every value listed with its range. */
class ProfileBoundsJsonTest {

  static final ProfileJson JSON = ProfileJson.create();
  static final Profiles BUILT_IN = Profiles.builtIn();
  static final ObjectMapper MAPPER = new ObjectMapper();

  /** NATIONAL's JSON (which sets every setting), renamed, as a mutable tree. */
  static ObjectNode root() throws Exception {
    ObjectNode node =
        (ObjectNode) MAPPER.readTree(JSON.write(BUILT_IN.get("NATIONAL").get()));
    node.put("id", "VENDOR_ROOT");
    return node;
  }

  static ObjectNode value(ObjectNode profile, String setting) {
    return (ObjectNode) profile.get("settings").get(setting).get("value");
  }

  static Seq<Violation> problems(ObjectNode node) {
    var result = JSON.readInto(BUILT_IN, List.of(node.toString()));
    assertThat(result.isInvalid()).as("expected problems").isTrue();
    return result.getError();
  }

  @Test
  @Tag("R-PROF-5")
  void theUnmodifiedRootProfileIsAccepted() throws Exception {
    assertThat(JSON.readInto(BUILT_IN, List.of(root().toString())).isValid()).isTrue();
  }

  @Test
  @Tag("R-PROF-5")
  void everyValueOutOfRangeIsListedWithItsPathAndRange() throws Exception {
    ObjectNode node = root();
    value(node, "suspected").put("schoolDays", 0);
    value(node, "firstContact").put("schoolDays", 400);
    value(node, "dropout").put("months", 400);
    value(node, "suspension").put("maxLength", "P999999999Y");
    value(node, "suspension").put("maxTotal", "P999999999Y");
    ((ObjectNode) value(node, "recordDeadlines").get("transfer")).put("amount", Integer.MAX_VALUE);
    value(node, "screeningWeights").put("minimumStreakDays", 61);
    ((ObjectNode) node.get("settings").get("homeEducationVisitsPerWeek")).put("value", 8);

    Seq<Violation> problems = problems(node);

    assertThat(problems.map(Violation::path))
        .containsExactlyInAnyOrder(
            "$.settings.suspected.value.schoolDays",
            "$.settings.firstContact.value.schoolDays",
            "$.settings.dropout.value.months",
            "$.settings.suspension.value.maxLength",
            "$.settings.suspension.value.maxTotal",
            "$.settings.recordDeadlines.value.transfer",
            "$.settings.screeningWeights.value.minimumStreakDays",
            "$.settings.homeEducationVisitsPerWeek.value");
    assertThat(problems.map(Violation::message))
        .contains(
            "out of range (valid values 1 - 60): 0",
            "out of range (valid values 1 - 60): 400",
            "out of range (valid values 1 - 12): 400",
            "out of range (valid values P1D - P2Y): P999999999Y",
            "deadline longer than one school year (valid values 0 - 200 school_days): 2147483647",
            "out of range (valid values 1 - 60): 61",
            "out of range (valid values 0 - 7): 8");
  }

  @Test
  @Tag("R-PROF-5")
  void aValueJustInsideEachRangeIsAccepted() throws Exception {
    ObjectNode node = root();
    value(node, "suspected").put("schoolDays", 60);
    value(node, "dropout").put("months", 12);
    value(node, "suspension").put("maxLength", "P2Y");
    value(node, "suspension").put("maxTotal", "P2Y");
    ((ObjectNode) value(node, "recordDeadlines").get("transfer")).put("amount", 200);
    ((ObjectNode) node.get("settings").get("homeEducationVisitsPerWeek")).put("value", 7);

    var result = JSON.readInto(BUILT_IN, List.of(node.toString()));

    assertThat(result.isValid()).as("%s", result).isTrue();
  }
}

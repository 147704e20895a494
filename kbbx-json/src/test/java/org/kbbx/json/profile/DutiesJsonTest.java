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

/** The duties setting in profile JSON (R-OBL-1..5, R-PROF-2, R-PROF-5). */
@Tag("R-OBL-2")
@Tag("R-OBL-3")
@Tag("R-OBL-4")
@Tag("R-OBL-5")
@Tag("R-PROF-2")
class DutiesJsonTest {

  static final ProfileJson JSON = ProfileJson.create();
  static final Profiles BUILT_IN = Profiles.builtIn();
  static final ObjectMapper MAPPER = new ObjectMapper();

  static ObjectNode vendorFrom(String id) throws Exception {
    ObjectNode node = (ObjectNode) MAPPER.readTree(JSON.write(BUILT_IN.get(id).get()));
    node.put("id", "VENDOR_2025");
    return node;
  }

  static ObjectNode duties(ObjectNode profile) {
    return (ObjectNode) profile.get("settings").get("duties").get("value");
  }

  static Seq<Violation> problems(ObjectNode node) {
    var result = JSON.readInto(BUILT_IN, List.of(node.toString()));
    assertThat(result.isInvalid()).as("expected problems").isTrue();
    return result.getError();
  }

  @Test
  @Tag("R-OBL-1")
  void aVendorCampaignWithTimeOfDayRoundTrips() throws Exception {
    ObjectNode node = vendorFrom("YUNDOU_2022");
    assertThat(duties(node).toString()).contains("\"dueBefore\":\"18:00\"", "冯海军");
    var read = JSON.readInto(BUILT_IN, List.of(node.toString()));
    assertThat(read.isValid()).as("%s", read).isTrue();
    var effective = read.get().effective("VENDOR_2025").get();
    assertThat(effective.duties().value())
        .isEqualTo(BUILT_IN.effective("YUNDOU_2022").get().duties().value());
  }

  @Test
  @Tag("R-PROF-5")
  void outOfRangeDutiesAreRejectedWithTheRange() throws Exception {
    ObjectNode xx = vendorFrom("XX_COUNTY_2023");
    ((ObjectNode) duties(xx).get("unannounced")).put("maxSchoolsPerDay", 0);
    assertThat(problems(xx))
        .extracting(Violation::path, Violation::message)
        .singleElement()
        .asString()
        .contains("$.settings.duties.value.unannounced", "valid values 1 to 50");

    ObjectNode hezhang = vendorFrom("HEZHANG_2018");
    duties(hezhang).put("fundingFloor", 5000);
    assertThat(problems(hezhang).map(Violation::message).mkString())
        .contains("valid values 0 or 1 to 1000");

    ObjectNode yundou = vendorFrom("YUNDOU_2022");
    ObjectNode stage =
        (ObjectNode) duties(yundou).get("campaigns").get(0).get("stages").get(0);
    stage.put("to", "2022-10-01");
    stage.put("dueBefore", "late");
    assertThat(problems(yundou).map(Violation::path))
        .containsExactly("$.settings.duties.value.campaigns[0].stages[0].dueBefore");
    stage.put("dueBefore", "18:00");
    assertThat(problems(yundou).map(Violation::message).mkString())
        .contains("准备阶段", "valid values: to 0 to 366 days after from");
  }
}

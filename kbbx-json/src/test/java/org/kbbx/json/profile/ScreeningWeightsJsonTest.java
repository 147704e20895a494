package org.kbbx.json.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.validation.Violation;
import org.kbbx.rules.profile.EffectiveProfile;
import org.kbbx.rules.profile.ScreeningWeights;
import org.kbbx.rules.profile.Source;

/** Screening weights as profile data (R-LED-3): set on NATIONAL, inherited, read and checked. */
class ScreeningWeightsJsonTest {

  static final ScreeningWeights KBBX_DEFAULTS = new ScreeningWeights(1, 2, 5, 3, 4, 2, 2, 2);

  @Test
  @Tag("R-LED-3")
  void nationalSetsKbbxDefaultsSourcedAsAKbbxChoiceAndEveryProfileInheritsThem() {
    for (String id : ProfileJsonTest.BUILT_IN.ids()) {
      EffectiveProfile p = ProfileJsonTest.BUILT_IN.effective(id).get();
      assertThat(p.screeningWeights().value()).as(id).isEqualTo(KBBX_DEFAULTS);
      assertThat(p.screeningWeights().fromProfile()).as(id).isEqualTo("NATIONAL");
      assertThat(p.screeningWeights().source().document()).startsWith("kbbx default");
    }
  }

  static ObjectNode weights(ObjectNode vendor) {
    ObjectNode setting = ((ObjectNode) vendor.get("settings")).putObject("screeningWeights");
    ObjectNode value = setting.putObject("value");
    value.put("priorityGroup", 2);
    value.put("absenceStreak", 3);
    value.put("suspectedStatus", 8);
    value.put("missingExclusionEvidence", 1);
    value.put("transitionNotMade", 4);
    value.put("overAgeForGrade", 0);
    value.put("repeatedGrade", 1);
    value.put("minimumStreakDays", 3);
    ObjectNode source = setting.putObject("source");
    source.put("document", "vendor screening policy");
    source.put("section", "2");
    return value;
  }

  @Test
  @Tag("R-LED-3")
  void aVendorProfileSetsItsOwnWeightsAndTheyRoundTrip() throws Exception {
    ObjectNode vendor = ProfileJsonTest.vendor();
    weights(vendor);
    var read = ProfileJsonTest.JSON.readInto(
        ProfileJsonTest.BUILT_IN, java.util.List.of(vendor.toString()));
    assertThat(read.isValid()).isTrue();
    EffectiveProfile p = read.get().effective("VENDOR_2025").get();
    assertThat(p.screeningWeights().value())
        .isEqualTo(new ScreeningWeights(2, 3, 8, 1, 4, 0, 1, 3));
    assertThat(p.screeningWeights().fromProfile()).isEqualTo("VENDOR_2025");
    assertThat(p.screeningWeights().source()).isEqualTo(Source.of("vendor screening policy", "2"));
    var own = read.get().get("VENDOR_2025").get();
    assertThat(ProfileJsonTest.JSON.read(ProfileJsonTest.JSON.write(own)).get()).isEqualTo(own);
  }

  @Test
  @Tag("R-LED-3")
  void negativeWeightsAndAZeroMinimumStreakAreListedWithTheirPaths() throws Exception {
    ObjectNode vendor = ProfileJsonTest.vendor();
    ObjectNode value = weights(vendor);
    value.put("suspectedStatus", -1);
    value.put("priorityGroup", -5);
    value.put("minimumStreakDays", 0);
    value.remove("repeatedGrade");
    assertThat(ProfileJsonTest.problems(vendor))
        .extracting(Violation::path, Violation::message)
        .containsExactlyInAnyOrder(
            tuple(
                "$.settings.screeningWeights.value.suspectedStatus", "must be 0 or more, found -1"),
            tuple("$.settings.screeningWeights.value.priorityGroup", "must be 0 or more, found -5"),
            tuple(
                "$.settings.screeningWeights.value.minimumStreakDays",
                "must be 1 or more, found 0"),
            tuple(
                "$.settings.screeningWeights.value.repeatedGrade",
                ProfileJsonTest.problems(missingOnly()).head().message()));
  }

  /** A vendor profile whose weights lack only repeatedGrade, for the missing-field message. */
  static ObjectNode missingOnly() throws Exception {
    ObjectNode vendor = ProfileJsonTest.vendor();
    weights(vendor).remove("repeatedGrade");
    return vendor;
  }

  @Test
  @Tag("R-LED-3")
  void aNegativeWeightIsAProgrammerErrorNamingTheWeight() {
    assertThatThrownBy(() -> new ScreeningWeights(1, 2, 5, 3, -4, 2, 2, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("transitionNotMade")
        .hasMessageContaining("-4");
    assertThatThrownBy(() -> new ScreeningWeights(1, 2, 5, 3, 4, 2, 2, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minimumStreakDays");
  }
}

package org.kbbx.json.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.rules.profile.EffectiveProfile;
import org.kbbx.rules.profile.ProfileSetting;
import org.kbbx.rules.profile.Profiles;

/** A profile resolved along its parent chain as JSON, each setting naming its profile (R-PROF-1). */
class ResolvedProfileJsonTest {

  static final ProfileJson JSON = ProfileJson.create();
  static final Profiles BUILT_IN = Profiles.builtIn();

  static JsonNode tree(String text) throws Exception {
    return new ObjectMapper().readTree(text);
  }

  @Test
  @Tag("R-PROF-1")
  void everySettingHasValueSourceAndTheProfileItCameFrom() throws Exception {
    EffectiveProfile hezhang = BUILT_IN.effective("HEZHANG_2018").get();
    JsonNode resolved = tree(JSON.writeResolved(hezhang));
    assertThat(resolved.get("id").asText()).isEqualTo("HEZHANG_2018");
    assertThat(resolved.get("chain").toString()).isEqualTo("[\"HEZHANG_2018\",\"NATIONAL\"]");
    assertThat(resolved.get("validTo").isNull()).isTrue();
    JsonNode settings = resolved.get("settings");
    assertThat(settings.size()).isEqualTo(ProfileSetting.values().length);
    for (ProfileSetting s : ProfileSetting.values()) {
      JsonNode node = settings.get(s.key());
      assertThat(node.get("from").asText()).as(s.key()).isEqualTo(s.in(hezhang).fromProfile());
      assertThat(node.get("source").get("document").asText())
          .as(s.key())
          .isEqualTo(s.in(hezhang).source().document());
    }
    // HEZHANG_2018 sets its own suspected threshold (达三天) and inherits the suspension limits.
    assertThat(settings.get("suspected").get("from").asText()).isEqualTo("HEZHANG_2018");
    assertThat(settings.get("suspected").get("value").get("schoolDays").asInt()).isEqualTo(3);
    assertThat(settings.get("suspension").get("from").asText()).isEqualTo("NATIONAL");
  }

  @Test
  @Tag("R-PROF-1")
  void valuesAreWrittenAsTheProfileThatSetThemWritesThem() throws Exception {
    for (String id : BUILT_IN.ids()) {
      EffectiveProfile effective = BUILT_IN.effective(id).get();
      JsonNode settings = tree(JSON.writeResolved(effective)).get("settings");
      for (ProfileSetting s : ProfileSetting.values()) {
        String from = s.in(effective).fromProfile();
        JsonNode own =
            tree(JSON.write(BUILT_IN.get(from).get())).get("settings").get(s.key());
        assertThat(settings.get(s.key()).get("value"))
            .as(id + " " + s.key())
            .isEqualTo(own.get("value"));
        assertThat(settings.get(s.key()).get("source"))
            .as(id + " " + s.key())
            .isEqualTo(own.get("source"));
      }
    }
  }

  @Test
  @Tag("R-PROF-2")
  void theFlattenedProfileRoundTripsAndResolvesToTheSameValues() {
    EffectiveProfile xx = BUILT_IN.effective("XX_COUNTY_2023").get();
    var read = JSON.read(JSON.write(xx.flattened()));
    assertThat(read.isValid()).isTrue();
    assertThat(read.get()).isEqualTo(xx.flattened());
    assertThat(read.get().parent()).isEmpty();
  }
}

package org.kbbx.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.responsibility.ChainLink;
import org.kbbx.core.responsibility.PositionHolding;
import org.kbbx.core.responsibility.Role;

/** Seat holding and letters as sourced profile settings with self-testing examples (R-RC-11). */
class OrganisationSettingsTest {

  static final Profiles BUILT_IN = Profiles.builtIn();

  @Test
  @Tag("R-RC-11")
  @Tag("R-RC-3")
  void hanzhongNeedsTwoLevelLettersAndNationalEveryLink() {
    EffectiveProfile hanzhong = BUILT_IN.effective("HANZHONG_2018").get();
    assertThat(hanzhong.responsibility().lettersRequired())
        .containsExactly(ChainLink.COUNTY_TOWNSHIP, ChainLink.BUREAU_SCHOOL);
    assertThat(hanzhong.organisation().source().toString()).contains("两级责任书");
    EffectiveProfile hezhang = BUILT_IN.effective("HEZHANG_2018").get();
    assertThat(hezhang.responsibility().lettersRequired())
        .isEqualTo(EnumSet.allOf(ChainLink.class));
    assertThat(hezhang.responsibility().holding()).isEqualTo(PositionHolding.ONE_HEAD_POSITION);
    assertThat(hezhang.organisation().fromProfile()).isEqualTo("HEZHANG_2018");
    assertThat(hezhang.organisation().source().toString()).contains("赫府办发〔2018〕151号");
  }

  @Test
  @Tag("R-RC-11")
  @Tag("R-PROF-3")
  void theProfilesThatSetTheSettingCarryExamplesThatHold() {
    for (String id : List.of("NATIONAL", "HANZHONG_2018", "HEZHANG_2018", "YUNDOU_2022")) {
      EffectiveProfile profile = BUILT_IN.effective(id).get();
      assertThat(profile.organisation().value().examples()).as(id).isNotEmpty();
      assertThat(ProfileExamples.organisationFailures(profile)).as(id).isEmpty();
    }
  }

  @Test
  @Tag("R-RC-11")
  @Tag("R-PROF-3")
  void aWrongExampleIsReported() {
    JurisdictionProfile vendor = JurisdictionProfile.builder()
        .from(BUILT_IN.get("HANZHONG_2018").get())
        .id("VENDOR_2025")
        .organisation(Sourced.of(
            new OrganisationSettings(
                PositionHolding.SEVERAL_HEAD_POSITIONS,
                EnumSet.of(ChainLink.BUREAU_SCHOOL),
                List.of(
                    new OrganisationExample.TwoSeats(
                        "one person, two seats", Role.PRINCIPAL, Role.TOWNSHIP_HEAD, false),
                    new OrganisationExample.Letter(
                        "县长对镇长 required", ChainLink.COUNTY_TOWNSHIP, true))),
            Source.of("vendor", "test")))
        .build();
    Profiles profiles = BUILT_IN.with(List.of(vendor)).get();
    assertThat(ProfileExamples.organisationFailures(
            profiles.effective("VENDOR_2025").get()))
        .containsExactly(
            "VENDOR_2025: one person, two seats: expected the organisation to be rejected but it built",
            "VENDOR_2025: 县长对镇长 required: expected a missing 县政府—乡镇政府 letter to be a finding but it was not");
  }
}

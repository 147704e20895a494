package org.kbbx.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.validation.Violation;
import org.kbbx.rules.escalation.Comparison;
import org.kbbx.rules.escalation.DropoutMode;

class ProfilesTest {

  final Profiles profiles = Profiles.builtIn();

  EffectiveProfile effective(String id) {
    return profiles.effective(id).get();
  }

  @Test
  @Tag("R-PROF-4")
  void sixBuiltInProfilesFromAProviderNotARegistry() {
    assertThat(profiles.ids())
        .containsExactly(
            "NATIONAL",
            "HEZHANG_2018",
            "BISHAN_2024",
            "XX_COUNTY_2023",
            "YUNDOU_2022",
            "HANZHONG_2018");
    assertThat(Profiles.builtIn()).isNotSameAs(profiles);
    assertThat(profiles.effective("NOWHERE").getLeft().code())
        .isEqualTo(ProfileRejection.Code.PROFILE_UNKNOWN);
    assertThat(profiles.effective(null).isLeft()).isTrue();
  }

  @Test
  @Tag("R-PROF-1")
  void childOverridesOnlyWhatItsSeedSaysAndInheritsTheRest() {
    EffectiveProfile hezhang = effective("HEZHANG_2018");
    assertThat(hezhang.chain()).containsExactly("HEZHANG_2018", "NATIONAL");
    assertThat(hezhang.suspected().fromProfile()).isEqualTo("HEZHANG_2018");
    assertThat(hezhang.suspected().value().schoolDays()).isEqualTo(3);
    assertThat(hezhang.suspected().value().comparison()).isEqualTo(Comparison.REACHES);
    assertThat(hezhang.suspected().source().document()).isEqualTo("赫府办发〔2018〕151号");
    assertThat(hezhang.dropout().value().mode()).isEqualTo(DropoutMode.CONFIRMATION_REQUIRED);
    assertThat(hezhang.recordDeadlines().fromProfile()).isEqualTo("NATIONAL");

    EffectiveProfile hanzhong = effective("HANZHONG_2018");
    assertThat(hanzhong.homeVisits().fromProfile()).isEqualTo("HANZHONG_2018");
    assertThat(hanzhong.homeVisits().value()).hasSize(1);
    assertThat(hanzhong.homeVisits().value().get(0).firingStreak()).isEqualTo(2);
    assertThat(hanzhong.suspected().fromProfile()).isEqualTo("NATIONAL");
    assertThat(hanzhong.suspected().value().firingStreak()).isEqualTo(6);
  }

  @Test
  @Tag("R-ABS-2")
  void bishanAndYundouSetNoThresholdAndInheritNational() {
    for (String id : List.of("BISHAN_2024", "YUNDOU_2022")) {
      EffectiveProfile p = effective(id);
      assertThat(p.suspected().fromProfile()).isEqualTo("NATIONAL");
      assertThat(p.suspected().value().firingStreak()).isEqualTo(6);
      assertThat(p.dropout().value().mode()).isEqualTo(DropoutMode.AUTOMATIC);
    }
    assertThat(effective("XX_COUNTY_2023").suspected().value().firingStreak()).isEqualTo(6);
    assertThat(effective("XX_COUNTY_2023").suspected().fromProfile()).isEqualTo("XX_COUNTY_2023");
  }

  @Test
  @Tag("R-PROF-1")
  void everyValueOfEveryProfileHasASource() {
    for (String id : profiles.ids()) {
      JurisdictionProfile p = profiles.get(id).get();
      for (ProfileSetting s : ProfileSetting.values()) {
        s.in(p).forEach(v -> assertThat(v.source().document()).isNotBlank());
      }
      assertThat(p.validFrom()).isAfter(LocalDate.of(2000, 1, 1));
    }
  }

  @Test
  @Tag("R-PROF-1")
  void theSeedsOwnSettingsCiteTheDocumentsOwnNumbersOrTitlesWithASection() {
    java.util.Map<String, String> documents = java.util.Map.of(
        "HEZHANG_2018", "赫府办发〔2018〕151号",
        "YUNDOU_2022", "熨政发〔2022〕68号",
        "XX_COUNTY_2023", "XX县2023年控辍保学提高义务教育巩固水平实施方案",
        "BISHAN_2024", "重庆市璧山区义务教育控辍保学实施方案（2024）",
        "HANZHONG_2018", "汉中市教育局 2018-11-20 报道");
    documents.forEach((id, document) -> {
      JurisdictionProfile p = profiles.get(id).get();
      assertThat(p.document().document()).as(id).startsWith(document);
      assertThat(p.document().section()).as(id).isNotBlank().isNotEqualTo(document);
      for (ProfileSetting s : ProfileSetting.values()) {
        s.in(p).forEach(v -> {
          assertThat(v.source().document()).as("%s %s", id, s.key()).startsWith(document);
          assertThat(v.source().section()).as("%s %s", id, s.key()).isNotBlank();
        });
      }
    });
    assertThat(profiles.get("NATIONAL").get().document().document()).isEqualTo("国办发〔2017〕72号");
  }

  @Test
  @Tag("R-PROF-1")
  void validityPeriodIsInclusive() {
    EffectiveProfile hezhang = effective("HEZHANG_2018");
    assertThat(hezhang.isValidOn(LocalDate.of(2018, 5, 28))).isTrue();
    assertThat(hezhang.isValidOn(LocalDate.of(2018, 5, 27))).isFalse();
  }

  @Test
  @Tag("R-PROF-2")
  void unknownParentCycleAndMissingParentAreAllListed() {
    JurisdictionProfile orphan = JurisdictionProfile.builder()
        .from(BuiltInProfiles.hanzhong())
        .id("ORPHAN")
        .parent("NOWHERE")
        .build();
    JurisdictionProfile a = JurisdictionProfile.builder()
        .from(BuiltInProfiles.hanzhong())
        .id("A")
        .parent("B")
        .build();
    JurisdictionProfile b = JurisdictionProfile.builder()
        .from(BuiltInProfiles.hanzhong())
        .id("B")
        .parent("A")
        .build();
    JurisdictionProfile rootless = JurisdictionProfile.builder()
        .id("ROOTLESS")
        .name("x")
        .validFrom(LocalDate.of(2020, 1, 1))
        .document(Source.of("x", ""))
        .build();
    var result = profiles.with(List.of(orphan, a, b, rootless));
    assertThat(result.isInvalid()).isTrue();
    assertThat(result.getError().map(Violation::path))
        .contains("ORPHAN.parent", "A.parent", "B.parent", "ROOTLESS.parent");
    assertThat(result.getError().map(Violation::message).mkString("\n"))
        .contains("Unknown parent 'NOWHERE'", "Parent cycle: A -> B -> A", "Missing parent");
  }

  @Test
  @Tag("R-RATE-3")
  void targetsAreExactProfileData() {
    var hezhang = effective("HEZHANG_2018").targets().value();
    assertThat(hezhang)
        .extracting(t -> t.target().toString())
        .containsExactly("<= 0.6%", "<= 1.8%", ">= 95%");
    assertThat(hezhang.get(2).byYear()).contains(2020);
    assertThat(effective("BISHAN_2024").targets().value())
        .extracting(t -> t.target().toString())
        .containsExactly("= 100%", ">= 99%");
    assertThat(effective("HANZHONG_2018").targets().value().get(0).indicator())
        .isEqualTo(TargetIndicator.REGISTERED_POOR_DROPOUT_RATE);
    assertThat(effective("XX_COUNTY_2023").targets().value().get(0).indicator())
        .isEqualTo(TargetIndicator.DROPOUT_FOR_POVERTY_RATE);
    assertThat(effective("YUNDOU_2022").targets().fromProfile()).isEqualTo("YUNDOU_2022");
  }

  @Test
  @Tag("R-RC-4")
  @Tag("R-RC-9")
  void guaranteeCapsAndAccountabilityRulesAreProfileData() {
    var hanzhong = effective("HANZHONG_2018").responsibility();
    assertThat(hanzhong
            .capFor(org.kbbx.core.responsibility.GuaranteeKind.TEACHER_STUDENT)
            .get())
        .isEqualTo(org.kbbx.core.responsibility.GuaranteeCap.of(6, 8));
    assertThat(hanzhong.accountability())
        .extracting(r -> r.code())
        .containsExactly("ONE_VOTE_VETO");
    assertThat(effective("HEZHANG_2018").accountability().value())
        .extracting(r -> r.code())
        .containsExactly(
            "TOWNSHIP_HEAD_INTERVIEW", "TOWNSHIP_HEAD_INTERVIEW", "PRINCIPAL_PAY_FORFEIT");
    assertThat(effective("XX_COUNTY_2023").accountability().value())
        .extracting(r -> r.code())
        .containsExactly("ORDER_SELF_EXAMINATION", "PUBLIC_CRITICISM");
    assertThat(effective("BISHAN_2024").guaranteeCaps().value()).isEmpty();
  }

  @Test
  @Tag("R-ABS-3")
  void machineParametersAgreeWithTheEscalationDropoutDate() {
    var xx = effective("XX_COUNTY_2023");
    LocalDate suspected = LocalDate.of(2023, 10, 9);
    assertThat(xx.machineParameters().automaticDropout()).isTrue();
    assertThat(xx.machineParameters().automaticDropoutDate(suspected))
        .isEqualTo(xx.dropout().value().dueAfter(suspected))
        .isEqualTo("2023-11-10");
    assertThat(effective("HEZHANG_2018").machineParameters().automaticDropout()).isFalse();
    assertThat(effective("NATIONAL").machineParameters().maxSuspensionExtensions())
        .isEqualTo(1);
  }
}

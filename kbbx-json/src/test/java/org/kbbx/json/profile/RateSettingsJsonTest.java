package org.kbbx.json.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.core.validation.Violation;
import org.kbbx.rules.profile.EffectiveProfile;
import org.kbbx.rules.profile.RateSettings;

/** Rate settings are sourced profile data with NATIONAL defaults and a JSON round trip (R-RATE-19). */
class RateSettingsJsonTest {

  @Test
  @Tag("R-RATE-19")
  void nationalDefaultsAreSourcedAndInherited() {
    EffectiveProfile hezhang =
        ProfileJsonTest.BUILT_IN.effective("HEZHANG_2018").get();
    assertThat(hezhang.rateSettings().value()).isEqualTo(RateSettings.NATIONAL);
    assertThat(hezhang.rateSettings().fromProfile()).isEqualTo("NATIONAL");
    assertThat(hezhang.rateSettings().source().document()).isEqualTo("国办发〔2017〕72号");
    RateSettings n = RateSettings.NATIONAL;
    assertThat(n.censusIn(SchoolYear.of(2022))).isEqualTo(LocalDate.of(2022, 9, 1));
    assertThat(n.countIn(SchoolYear.of(2022))).isEqualTo(LocalDate.of(2023, 8, 31));
    assertThat(n.deathsAreDecreases() && n.suspensionsAreDecreases()).isTrue();
    assertThat(n.deferralsLeaveDenominator()
            || n.consolidationAdjustedForTransfers()
            || n.consolidationCappedAtHundredPercent())
        .isFalse();
  }

  @Test
  @Tag("R-RATE-19")
  void yundouTakesDeferralsOutOfTheEnrolmentDenominator() {
    EffectiveProfile yundou = ProfileJsonTest.BUILT_IN.effective("YUNDOU_2022").get();
    assertThat(yundou.rateSettings().value().deferralsLeaveDenominator()).isTrue();
    assertThat(yundou.rateSettings().fromProfile()).isEqualTo("YUNDOU_2022");
  }

  @Test
  @Tag("R-RATE-19")
  void settingsRoundTripThroughJson() throws Exception {
    ObjectNode node = ProfileJsonTest.vendor();
    ObjectNode settings = ((ObjectNode) node.get("settings")).putObject("rateSettings");
    ObjectNode value = settings.putObject("value");
    value
        .put("censusDate", "09-15")
        .put("countDate", "06-30")
        .put("deferralsLeaveDenominator", true)
        .put("deathsAreDecreases", false)
        .put("suspensionsAreDecreases", true)
        .put("consolidationAdjustedForTransfers", true)
        .put("consolidationCappedAtHundredPercent", true);
    settings.putObject("source").put("document", "某县统计口径").put("section", "一");
    var profiles =
        ProfileJsonTest.JSON.readInto(ProfileJsonTest.BUILT_IN, java.util.List.of(node.toString()));
    RateSettings read =
        profiles.get().effective("VENDOR_2025").get().rateSettings().value();
    assertThat(read)
        .isEqualTo(new RateSettings(
            MonthDay.of(9, 15), MonthDay.of(6, 30), true, false, true, true, true));
    assertThat(read.countIn(SchoolYear.of(2022))).isEqualTo(LocalDate.of(2023, 6, 30));
    String json = ProfileJsonTest.JSON.write(profiles.get().get("VENDOR_2025").get());
    assertThat(json).containsPattern("\"censusDate\" ?: ?\"09-15\"");
    assertThat(ProfileJsonTest.JSON.read(json).get())
        .isEqualTo(profiles.get().get("VENDOR_2025").get());
  }

  @Test
  @Tag("R-RATE-19")
  void badSettingsAreListedWithTheirPaths() throws Exception {
    ObjectNode node = ProfileJsonTest.vendor();
    ObjectNode value =
        ((ObjectNode) node.get("settings")).putObject("rateSettings").putObject("value");
    value
        .put("censusDate", "02-29")
        .put("countDate", "13-01")
        .put("deferralsLeaveDenominator", "yes")
        .put("deathsAreDecreases", false)
        .put("suspensionsAreDecreases", true)
        .put("consolidationAdjustedForTransfers", true)
        .put("consolidationCappedAtHundredPercent", true);
    ((ObjectNode) node.get("settings").get("rateSettings"))
        .putObject("source")
        .put("document", "x")
        .put("section", "y");
    var problems = ProfileJsonTest.problems(node).map(Violation::toString).mkString("\n");
    assertThat(problems)
        .contains("rateSettings.value.countDate")
        .contains("13-01")
        .contains("rateSettings.value.deferralsLeaveDenominator");
    assertThatThrownBy(() -> new RateSettings(
            MonthDay.of(2, 29), MonthDay.of(8, 31), false, true, true, false, false))
        .hasMessageContaining("02-29");
    assertThatThrownBy(() -> new RateSettings(
            MonthDay.of(3, 1), MonthDay.of(10, 1), false, true, true, false, false))
        .hasMessageContaining("must not be after count date");
  }
}

package org.kbbx.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.responsibility.AccountabilityRule;
import org.kbbx.core.responsibility.WorkFailure;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.rules.accountability.AccountableUnit;
import org.kbbx.rules.accountability.UnitYearResult;

/** The accountability examples of the built-in profiles (R-PROF-3, R-RC-9, R-RC-16, R-RC-17). */
class AccountabilityExamplesTest {

  private static final Profiles BUILT_IN = Profiles.builtIn();

  @Test
  @Tag("R-PROF-3")
  @Tag("R-RC-9")
  @Tag("R-RC-16")
  @Tag("R-RC-17")
  void everyProfileWithItsOwnAccountabilityRulesHasExamplesThatFireEachRuleAndHold() {
    for (String id : BUILT_IN.ids()) {
      EffectiveProfile profile = BUILT_IN.effective(id).get();
      if (!profile.accountability().fromProfile().equals(id)
          || profile.accountability().value().isEmpty()) {
        assertThat(profile.accountabilityExamples()).as(id).isEmpty();
        continue;
      }
      Set<String> codes = profile.accountability().value().stream()
          .map(AccountabilityRule::code)
          .collect(Collectors.toSet());
      Set<String> exercised = profile.accountabilityExamples().stream()
          .flatMap(example -> example.fires().stream())
          .map(AccountabilityExample.Fires::rule)
          .collect(Collectors.toSet());
      assertThat(exercised).as("rules fired by the examples of %s", id).isEqualTo(codes);
      assertThat(ProfileExamples.accountabilityFailures(profile)).as(id).isEmpty();
    }
    assertThat(BUILT_IN.effective("XX_COUNTY_2023").get().accountabilityExamples())
        .hasSize(2);
    assertThat(BUILT_IN.effective("HEZHANG_2018").get().accountabilityExamples())
        .hasSize(2);
    assertThat(BUILT_IN.effective("HANZHONG_2018").get().accountabilityExamples())
        .hasSize(1);
  }

  @Test
  @Tag("R-PROF-3")
  @Tag("R-RC-17")
  void xxCountysExamplesAreCheckedByTheLibrarysEvaluation() {
    // the same examples under rules that also count coverage findings: the township with only a
    // finding now fires, so the examples report it (with its name) instead of passing
    JurisdictionProfile vendor = JurisdictionProfile.builder()
        .from(BUILT_IN.get("XX_COUNTY_2023").get())
        .id("VENDOR_2025")
        .accountability(Sourced.of(
            List.<AccountabilityRule>of(new AccountabilityRule.PublicCriticism(
                1,
                Set.of(WorkFailure.COVERAGE_FINDING, WorkFailure.WEEKLY_REPORT_MISSING_OR_LATE))),
            Source.of("vendor", "test")))
        .build();
    EffectiveProfile effective =
        BUILT_IN.with(List.of(vendor)).get().effective("VENDOR_2025").get();
    assertThat(ProfileExamples.accountabilityFailures(effective))
        .hasSize(2)
        .first()
        .asString()
        .startsWith("VENDOR_2025: 工作不力 (R-RC-17)")
        .contains("but fired [PUBLIC_CRITICISM → school 示例甲镇中心校 (XX-S1), "
            + "PUBLIC_CRITICISM → township 示例乙镇 (990101102000)]");
    assertThat(ProfileExamples.failures(effective))
        .containsAll(ProfileExamples.accountabilityFailures(effective));
  }

  @Test
  @Tag("R-PROF-3")
  void anExampleNeedsResultsAndKnownRuleCodes() {
    AccountableUnit school = new AccountableUnit.School(SchoolId.of("S1"));
    assertThatThrownBy(
            () -> new AccountabilityExample("none", SchoolYear.of(2023), List.of(), List.of()))
        .hasMessageContaining("results");
    assertThatThrownBy(() -> new AccountabilityExample.Fires("SCOLD", school))
        .hasMessageContaining("SCOLD")
        .hasMessageContaining("ONE_VOTE_VETO");
    // units compare by code, not by name
    assertThat(new AccountabilityExample.Fires("ONE_VOTE_VETO", school))
        .isEqualTo(new AccountabilityExample.Fires(
            "ONE_VOTE_VETO", new AccountableUnit.School(SchoolId.of("S1"), Option.of("示例中学"))));
    assertThat(new AccountabilityExample(
                "ok",
                SchoolYear.of(2023),
                List.of(UnitYearResult.builder()
                    .unit(school)
                    .year(SchoolYear.of(2023))
                    .build()),
                List.of())
            .fires())
        .isEmpty();
  }
}

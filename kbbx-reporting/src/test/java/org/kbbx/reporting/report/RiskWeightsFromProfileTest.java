package org.kbbx.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.rules.profile.Profiles;
import org.kbbx.rules.profile.ScreeningWeights;

/** The risk score's weights come from the profile (R-LED-3). */
class RiskWeightsFromProfileTest {

  @Test
  @Tag("R-LED-3")
  void nationalIsTheNationalProfilesWeightsAndKbbxsDocumentedDefaults() {
    RiskWeights fromProfile =
        RiskWeights.from(Profiles.builtIn().effective("NATIONAL").get());
    assertThat(RiskWeights.national()).isEqualTo(fromProfile);
    assertThat(fromProfile.weights())
        .containsExactlyInAnyOrderEntriesOf(Map.of(
            RiskCriterion.PRIORITY_GROUP, 1,
            RiskCriterion.ABSENCE_STREAK, 2,
            RiskCriterion.SUSPECTED_STATUS, 5,
            RiskCriterion.MISSING_EXCLUSION_EVIDENCE, 3,
            RiskCriterion.TRANSITION_NOT_MADE, 4,
            RiskCriterion.OVER_AGE_FOR_GRADE, 2,
            RiskCriterion.REPEATED_GRADE, 2));
    assertThat(fromProfile.minimumStreakDays()).isEqualTo(2);
  }

  @Test
  @Tag("R-LED-3")
  void everyBuiltInProfileInheritsTheNationalWeights() {
    Profiles builtIn = Profiles.builtIn();
    for (String id : builtIn.ids()) {
      assertThat(RiskWeights.from(builtIn.effective(id).get()))
          .as(id)
          .isEqualTo(RiskWeights.national());
    }
  }

  @Test
  @Tag("R-LED-3")
  void eachProfileWeightGoesToItsCriterion() {
    RiskWeights w = RiskWeights.of(new ScreeningWeights(10, 20, 30, 40, 50, 60, 70, 3));
    assertThat(w.weight(RiskCriterion.PRIORITY_GROUP)).isEqualTo(10);
    assertThat(w.weight(RiskCriterion.ABSENCE_STREAK)).isEqualTo(20);
    assertThat(w.weight(RiskCriterion.SUSPECTED_STATUS)).isEqualTo(30);
    assertThat(w.weight(RiskCriterion.MISSING_EXCLUSION_EVIDENCE)).isEqualTo(40);
    assertThat(w.weight(RiskCriterion.TRANSITION_NOT_MADE)).isEqualTo(50);
    assertThat(w.weight(RiskCriterion.OVER_AGE_FOR_GRADE)).isEqualTo(60);
    assertThat(w.weight(RiskCriterion.REPEATED_GRADE)).isEqualTo(70);
    assertThat(w.minimumStreakDays()).isEqualTo(3);
  }
}

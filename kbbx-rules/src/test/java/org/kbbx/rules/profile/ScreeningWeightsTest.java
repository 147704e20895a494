package org.kbbx.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The risk score's weights come from the profile, one weight per criterion (R-LED-3). */
@Tag("R-LED-3")
class ScreeningWeightsTest {

  @Test
  void nationalIsTheNationalProfilesWeightsAndKbbxsDocumentedDefaults() {
    ScreeningWeights fromProfile =
        Profiles.builtIn().effective("NATIONAL").get().screeningWeights().value();
    assertThat(ScreeningWeights.national()).isEqualTo(fromProfile);
    assertThat(fromProfile.weight(RiskCriterion.PRIORITY_GROUP)).isEqualTo(1);
    assertThat(fromProfile.weight(RiskCriterion.ABSENCE_STREAK)).isEqualTo(2);
    assertThat(fromProfile.weight(RiskCriterion.SUSPECTED_STATUS)).isEqualTo(5);
    assertThat(fromProfile.weight(RiskCriterion.MISSING_EXCLUSION_EVIDENCE)).isEqualTo(3);
    assertThat(fromProfile.weight(RiskCriterion.TRANSITION_NOT_MADE)).isEqualTo(4);
    assertThat(fromProfile.weight(RiskCriterion.OVER_AGE_FOR_GRADE)).isEqualTo(2);
    assertThat(fromProfile.weight(RiskCriterion.REPEATED_GRADE)).isEqualTo(2);
    assertThat(fromProfile.minimumStreakDays()).isEqualTo(2);
  }

  @Test
  void everyBuiltInProfileInheritsTheNationalWeights() {
    Profiles builtIn = Profiles.builtIn();
    for (String id : builtIn.ids()) {
      assertThat(builtIn.effective(id).get().screeningWeights().value())
          .as(id)
          .isEqualTo(ScreeningWeights.national());
    }
  }

  @Test
  void eachWeightBelongsToItsCriterion() {
    ScreeningWeights w = new ScreeningWeights(10, 20, 30, 40, 50, 60, 70, 3);
    assertThat(w.weight(RiskCriterion.PRIORITY_GROUP)).isEqualTo(10);
    assertThat(w.weight(RiskCriterion.ABSENCE_STREAK)).isEqualTo(20);
    assertThat(w.weight(RiskCriterion.SUSPECTED_STATUS)).isEqualTo(30);
    assertThat(w.weight(RiskCriterion.MISSING_EXCLUSION_EVIDENCE)).isEqualTo(40);
    assertThat(w.weight(RiskCriterion.TRANSITION_NOT_MADE)).isEqualTo(50);
    assertThat(w.weight(RiskCriterion.OVER_AGE_FOR_GRADE)).isEqualTo(60);
    assertThat(w.weight(RiskCriterion.REPEATED_GRADE)).isEqualTo(70);
    assertThat(w.minimumStreakDays()).isEqualTo(3);
  }

  @Test
  void withChangesOnlyTheNamedCriterion() {
    ScreeningWeights w = new ScreeningWeights(10, 20, 30, 40, 50, 60, 70, 3);
    for (RiskCriterion changed : RiskCriterion.values()) {
      ScreeningWeights v = w.with(changed, 99);
      for (RiskCriterion c : RiskCriterion.values()) {
        assertThat(v.weight(c))
            .as("%s after changing %s", c, changed)
            .isEqualTo(c == changed ? 99 : w.weight(c));
      }
      assertThat(v.minimumStreakDays()).isEqualTo(3);
    }
  }

  @Test
  void aNegativeWeightIsRejectedWithItsName() {
    assertThatThrownBy(() -> ScreeningWeights.national().with(RiskCriterion.REPEATED_GRADE, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("repeatedGrade")
        .hasMessageContaining("-1");
  }
}

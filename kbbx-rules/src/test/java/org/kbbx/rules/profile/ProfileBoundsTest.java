package org.kbbx.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.rules.escalation.AbsenceTrigger;
import org.kbbx.rules.escalation.Comparison;
import org.kbbx.rules.escalation.DropoutMode;
import org.kbbx.rules.escalation.DropoutRule;
import org.kbbx.rules.obligation.DayCount;
import org.kbbx.rules.obligation.RecordDeadlines;

/** The Java builder rejects values outside their ranges, listing each with path and range. */
class ProfileBoundsTest {

  private static final Profiles BUILT_IN = Profiles.builtIn();
  private static final JurisdictionProfile NATIONAL = BUILT_IN.get("NATIONAL").get();
  private static final Source SOURCE = Source.of("test", "");

  @Test
  @Tag("R-PROF-5")
  void everyBuiltInProfileIsWithinTheBounds() {
    assertThat(BUILT_IN.ids()).isNotEmpty();
    for (String id : BUILT_IN.ids()) {
      assertThat(ProfileBounds.problems(BUILT_IN.get(id).get())).as(id).isEmpty();
    }
  }

  @Test
  @Tag("R-PROF-5")
  void theBuilderListsEveryValueOutOfRangeWithItsRange() {
    JurisdictionProfile.Builder builder = JurisdictionProfile.builder()
        .from(NATIONAL)
        .suspected(Sourced.of(new AbsenceTrigger(0, Comparison.REACHES, List.of()), SOURCE))
        .dropout(Sourced.of(new DropoutRule(DropoutMode.AUTOMATIC, 400, List.of()), SOURCE))
        .suspension(Sourced.of(
            new SuspensionLimits(Period.ofYears(999_999_999), 1, Period.ofYears(999_999_999)),
            SOURCE))
        .recordDeadlines(Sourced.of(
            new RecordDeadlines(DayCount.calendarDays(Integer.MAX_VALUE), DayCount.months(13)),
            SOURCE));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("$.settings.suspected.value.schoolDays")
        .hasMessageContaining("(valid values 1 - 60): 0")
        .hasMessageContaining("$.settings.dropout.value.months")
        .hasMessageContaining("(valid values 1 - 12): 400")
        .hasMessageContaining("$.settings.suspension.value.maxLength")
        .hasMessageContaining("$.settings.suspension.value.maxTotal")
        .hasMessageContaining("(valid values P1D - P2Y): P999999999Y")
        .hasMessageContaining("(valid values 0 - 366 calendar_days): 2147483647")
        .hasMessageContaining("(valid values 0 - 12 months): 13");
  }

  @Test
  @Tag("R-PROF-5")
  void theEdgesOfEachRangeAreAccepted() {
    JurisdictionProfile profile = JurisdictionProfile.builder()
        .from(NATIONAL)
        .suspected(Sourced.of(new AbsenceTrigger(60, Comparison.REACHES, List.of()), SOURCE))
        .firstContact(Sourced.of(new AbsenceTrigger(1, Comparison.REACHES, List.of()), SOURCE))
        .dropout(Sourced.of(new DropoutRule(DropoutMode.AUTOMATIC, 12, List.of()), SOURCE))
        .suspension(
            Sourced.of(new SuspensionLimits(Period.ofYears(2), 3, Period.ofYears(2)), SOURCE))
        .recordDeadlines(
            Sourced.of(new RecordDeadlines(DayCount.schoolDays(200), DayCount.weeks(52)), SOURCE))
        .build();

    assertThat(ProfileBounds.problems(profile)).isEmpty();
  }
}

package org.kbbx.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.id.ResidentId;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.status.SchoolingState;
import org.kbbx.reporting.reconciliation.TestIds;
import org.kbbx.rules.profile.RiskCriterion;
import org.kbbx.rules.profile.ScreeningWeights;

/** The screening warning list and its explainable risk score (R-LED-3). */
class ScreeningListTest {

  private static final LocalDate AS_OF = LocalDate.of(2023, 10, 9);

  private static ScreeningSubject.Builder subject(int n) {
    return ScreeningSubject.builder()
        .residentId(ResidentId.parse(TestIds.child(n)))
        .name("c" + n);
  }

  @Test
  @Tag("R-LED-3")
  void everyContributingCriterionIsShownWithItsWeight() {
    ScreeningSubject child = subject(1)
        .addPriorityGroups(PriorityGroup.LEFT_BEHIND, PriorityGroup.REGISTERED_POOR)
        .absenceStreak(3)
        .state(SchoolingState.SUSPECTED_DROPOUT)
        .yearsOverAge(2)
        .build();

    ScreeningList list = ScreeningList.of(List.of(child), ScreeningWeights.national(), AS_OF);

    assertThat(list.entries()).singleElement().satisfies(entry -> {
      assertThat(entry.contributions())
          .extracting(
              RiskContribution::criterion, RiskContribution::weight, RiskContribution::detail)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(RiskCriterion.PRIORITY_GROUP, 1, "建档立卡/脱贫户"),
              org.assertj.core.groups.Tuple.tuple(RiskCriterion.PRIORITY_GROUP, 1, "留守儿童"),
              org.assertj.core.groups.Tuple.tuple(RiskCriterion.ABSENCE_STREAK, 2, "3 school days"),
              org.assertj.core.groups.Tuple.tuple(RiskCriterion.SUSPECTED_STATUS, 5, "疑似辍学"),
              org.assertj.core.groups.Tuple.tuple(
                  RiskCriterion.OVER_AGE_FOR_GRADE, 2, "2 years over age"));
      assertThat(entry.score()).isEqualTo(11);
    });
  }

  @Test
  @Tag("R-LED-3")
  void exclusionWithoutEvidenceStaysOnTheListWithEvidenceItLeaves() {
    ScreeningSubject without = subject(1).state(SchoolingState.SUSPENDED).build();
    ScreeningSubject with =
        subject(2).state(SchoolingState.SUSPENDED).evidence("休学审批表").build();
    ScreeningSubject fine =
        subject(3).state(SchoolingState.ATTENDING).absenceStreak(1).build();

    ScreeningList list =
        ScreeningList.of(List.of(without, with, fine), ScreeningWeights.national(), AS_OF);

    assertThat(list.entries()).singleElement().satisfies(e -> {
      assertThat(e.residentId().unmasked()).isEqualTo(TestIds.child(1));
      assertThat(e.contributions())
          .extracting(RiskContribution::criterion)
          .containsExactly(RiskCriterion.MISSING_EXCLUSION_EVIDENCE);
    });
  }

  @Test
  @Tag("R-LED-3")
  void listIsOrderedByScoreAndZeroWeightsDoNotContribute() {
    ScreeningSubject transition = subject(1).transitionNotMade(true).build();
    ScreeningSubject repeated = subject(2).repeatedGrade(true).build();
    ScreeningWeights weights = ScreeningWeights.national().with(RiskCriterion.REPEATED_GRADE, 0);

    assertThat(ScreeningList.of(List.of(repeated, transition), ScreeningWeights.national(), AS_OF)
            .entries())
        .extracting(ScreeningEntry::score)
        .containsExactly(4, 2);
    assertThat(ScreeningList.of(List.of(repeated, transition), weights, AS_OF).entries())
        .extracting(ScreeningEntry::score)
        .containsExactly(4);
  }

  @Test
  @Tag("R-LED-3")
  void scoreIsAlwaysTheSumOfTheShownWeights() {
    qt().forAll(integers().between(0, 1 << 12), integers().between(0, 9)).checkAssert((bits, w) -> {
      ScreeningSubject.Builder b = subject(bits % 1000)
          .absenceStreak(bits & 7)
          .transitionNotMade((bits & 8) != 0)
          .repeatedGrade((bits & 16) != 0)
          .yearsOverAge((bits >> 5) & 3);
      if ((bits & 128) != 0) {
        b.addPriorityGroups(PriorityGroup.values()[bits % PriorityGroup.values().length]);
      }
      b.state(SchoolingState.values()[(bits >> 8) % SchoolingState.values().length]);
      ScreeningWeights weights = ScreeningWeights.national().with(RiskCriterion.ABSENCE_STREAK, w);
      List<RiskContribution> contributions = ScreeningList.contributions(b.build(), weights);
      ScreeningList list = ScreeningList.of(List.of(b.build()), weights, AS_OF);
      int expected = contributions.stream().mapToInt(RiskContribution::weight).sum();
      if (expected == 0) {
        assertThat(list.entries()).isEmpty();
      } else {
        assertThat(list.entries())
            .singleElement()
            .satisfies(e -> assertThat(e.score()).isEqualTo(expected));
      }
    });
  }
}

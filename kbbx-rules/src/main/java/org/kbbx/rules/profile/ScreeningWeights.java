package org.kbbx.rules.profile;

import java.util.Objects;

/**
 * The weights of the screening warning list's risk score (R-LED-3, 筛查预警清单): one
 * non-negative integer weight per {@link RiskCriterion}, and the shortest absence streak that
 * counts. The one weights type: profiles hold it and screening lists score with it.
 *
 * <p>A risk score is the sum of the weights of the criteria a student meets; a priority-group
 * weight counts once per group. No seed gives numbers: {@code NATIONAL} holds kbbx's defaults
 * (suspected 5, transition not made 4, missing evidence 3, absence streak 2 from 2 school days,
 * over-age 2, repeated grade 2, each priority group 1; see the package description), and a
 * profile may set its own.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param priorityGroup the weight of each priority group (重点群体) the student belongs to, 0 or
 *     more
 * @param absenceStreak the weight of an absence streak of at least {@code minimumStreakDays}, 0 or
 *     more
 * @param suspectedStatus the weight of suspected-dropout status, 0 or more
 * @param missingExclusionEvidence the weight of an exclusion without its evidence, 0 or more
 * @param transitionNotMade the weight of a primary→junior transition not made, 0 or more
 * @param overAgeForGrade the weight of being over-age for the grade, 0 or more
 * @param repeatedGrade the weight of a repeated grade, 0 or more
 * @param minimumStreakDays the shortest absence streak, in school days, that counts, 1 or more
 */
public record ScreeningWeights(
    int priorityGroup,
    int absenceStreak,
    int suspectedStatus,
    int missingExclusionEvidence,
    int transitionNotMade,
    int overAgeForGrade,
    int repeatedGrade,
    int minimumStreakDays) {

  /** Checks that every weight is 0 or more and the minimum streak 1 or more. */
  public ScreeningWeights {
    requireWeight("priorityGroup", priorityGroup);
    requireWeight("absenceStreak", absenceStreak);
    requireWeight("suspectedStatus", suspectedStatus);
    requireWeight("missingExclusionEvidence", missingExclusionEvidence);
    requireWeight("transitionNotMade", transitionNotMade);
    requireWeight("overAgeForGrade", overAgeForGrade);
    requireWeight("repeatedGrade", repeatedGrade);
    if (minimumStreakDays < 1) {
      throw new IllegalArgumentException(
          "Invalid value for minimumStreakDays (valid values 1 or more): " + minimumStreakDays);
    }
  }

  /**
   * Returns kbbx's national default weights, those of the built-in {@code NATIONAL} profile:
   * suspected status 5, transition not made 4, missing evidence 3, absence streak 2 (from 2 school
   * days, HANZHONG_2018's 48 hours), over-age 2, repeated grade 2, each priority group 1.
   *
   * @return the defaults
   */
  public static ScreeningWeights national() {
    return Profiles.builtIn().effective("NATIONAL").get().screeningWeights().value();
  }

  /**
   * Returns the weight of a criterion.
   *
   * @param criterion the criterion, not null
   * @return the weight, 0 or more
   * @throws NullPointerException if {@code criterion} is null
   */
  public int weight(RiskCriterion criterion) {
    return switch (Objects.requireNonNull(criterion, "criterion")) {
      case PRIORITY_GROUP -> priorityGroup;
      case ABSENCE_STREAK -> absenceStreak;
      case SUSPECTED_STATUS -> suspectedStatus;
      case MISSING_EXCLUSION_EVIDENCE -> missingExclusionEvidence;
      case TRANSITION_NOT_MADE -> transitionNotMade;
      case OVER_AGE_FOR_GRADE -> overAgeForGrade;
      case REPEATED_GRADE -> repeatedGrade;
    };
  }

  /**
   * Returns a copy with one criterion's weight changed.
   *
   * @param criterion the criterion, not null
   * @param weight the new weight, 0 or more
   * @return the new weights
   * @throws NullPointerException if {@code criterion} is null
   * @throws IllegalArgumentException if {@code weight} is negative
   */
  public ScreeningWeights with(RiskCriterion criterion, int weight) {
    Objects.requireNonNull(criterion, "criterion");
    return new ScreeningWeights(
        criterion == RiskCriterion.PRIORITY_GROUP ? weight : priorityGroup,
        criterion == RiskCriterion.ABSENCE_STREAK ? weight : absenceStreak,
        criterion == RiskCriterion.SUSPECTED_STATUS ? weight : suspectedStatus,
        criterion == RiskCriterion.MISSING_EXCLUSION_EVIDENCE ? weight : missingExclusionEvidence,
        criterion == RiskCriterion.TRANSITION_NOT_MADE ? weight : transitionNotMade,
        criterion == RiskCriterion.OVER_AGE_FOR_GRADE ? weight : overAgeForGrade,
        criterion == RiskCriterion.REPEATED_GRADE ? weight : repeatedGrade,
        minimumStreakDays);
  }

  private static void requireWeight(String name, int weight) {
    if (weight < 0) {
      throw new IllegalArgumentException(
          "Invalid value for " + name + " (valid values 0 or more): " + weight);
    }
  }
}

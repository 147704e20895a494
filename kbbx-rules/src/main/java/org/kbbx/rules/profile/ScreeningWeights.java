package org.kbbx.rules.profile;

/**
 * The weights of the screening warning list's risk score (R-LED-3, 筛查预警清单): one
 * non-negative integer weight per criterion, and the shortest absence streak that counts.
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

  private static void requireWeight(String name, int weight) {
    if (weight < 0) {
      throw new IllegalArgumentException(
          "Invalid value for " + name + " (valid values 0 or more): " + weight);
    }
  }
}

package org.kbbx.reporting.report;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.kbbx.rules.profile.EffectiveProfile;
import org.kbbx.rules.profile.Profiles;
import org.kbbx.rules.profile.ScreeningWeights;

/**
 * The weights of the screening risk score (R-LED-3): one non-negative integer weight per
 * {@link RiskCriterion}, and the minimum absence streak that counts.
 *
 * <p>A jurisdiction profile defines them ({@link #from(EffectiveProfile)}); no seed gives numbers,
 * so {@link #national()} is the {@code NATIONAL} profile's kbbx defaults. This class is immutable
 * and thread-safe.
 *
 * @param weights the weight of every criterion, all present, none negative; copied, iterated in
 *     criterion order
 * @param minimumStreakDays the shortest absence streak, in school days, that counts, at least 1
 */
public record RiskWeights(Map<RiskCriterion, Integer> weights, int minimumStreakDays) {

  /** Checks that every criterion has a non-negative weight, and copies the map. */
  public RiskWeights {
    Objects.requireNonNull(weights, "weights");
    Map<RiskCriterion, Integer> copy = new EnumMap<>(RiskCriterion.class);
    for (RiskCriterion criterion : RiskCriterion.values()) {
      Integer weight = weights.get(criterion);
      if (weight == null || weight < 0) {
        throw new IllegalArgumentException(
            "Invalid weight for " + criterion + " (expected 0 or more): " + weight);
      }
      copy.put(criterion, weight);
    }
    if (minimumStreakDays < 1) {
      throw new IllegalArgumentException(
          "Invalid value for minimumStreakDays (expected 1 or more): " + minimumStreakDays);
    }
    weights = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * Returns the weights a profile sets or inherits (R-LED-3).
   *
   * @param profile the effective profile, not null
   * @return its weights
   */
  public static RiskWeights from(EffectiveProfile profile) {
    return of(Objects.requireNonNull(profile, "profile").screeningWeights().value());
  }

  /**
   * Returns the risk weights of a profile's screening weights.
   *
   * @param weights the profile's screening weights, not null
   * @return the same weights by criterion
   */
  public static RiskWeights of(ScreeningWeights weights) {
    Objects.requireNonNull(weights, "weights");
    Map<RiskCriterion, Integer> map = new EnumMap<>(RiskCriterion.class);
    map.put(RiskCriterion.PRIORITY_GROUP, weights.priorityGroup());
    map.put(RiskCriterion.ABSENCE_STREAK, weights.absenceStreak());
    map.put(RiskCriterion.SUSPECTED_STATUS, weights.suspectedStatus());
    map.put(RiskCriterion.MISSING_EXCLUSION_EVIDENCE, weights.missingExclusionEvidence());
    map.put(RiskCriterion.TRANSITION_NOT_MADE, weights.transitionNotMade());
    map.put(RiskCriterion.OVER_AGE_FOR_GRADE, weights.overAgeForGrade());
    map.put(RiskCriterion.REPEATED_GRADE, weights.repeatedGrade());
    return new RiskWeights(map, weights.minimumStreakDays());
  }

  /**
   * Returns kbbx's national default weights, those of the built-in {@code NATIONAL} profile:
   * suspected status 5, transition not made 4, missing evidence 3, absence streak 2 (from 2 school
   * days, HANZHONG_2018's 48 hours), over-age 2, repeated grade 2, each priority group 1.
   *
   * @return the defaults
   */
  public static RiskWeights national() {
    return from(Profiles.builtIn().effective("NATIONAL").get());
  }

  /**
   * Returns the weight of a criterion.
   *
   * @param criterion the criterion, not null
   * @return the weight, 0 or more
   */
  public int weight(RiskCriterion criterion) {
    return weights.get(Objects.requireNonNull(criterion, "criterion"));
  }

  /**
   * Returns a copy with one weight changed.
   *
   * @param criterion the criterion, not null
   * @param weight the new weight, 0 or more
   * @return the new weights
   */
  public RiskWeights with(RiskCriterion criterion, int weight) {
    Map<RiskCriterion, Integer> changed = new EnumMap<>(weights);
    changed.put(Objects.requireNonNull(criterion, "criterion"), weight);
    return new RiskWeights(changed, minimumStreakDays);
  }
}

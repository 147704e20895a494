package org.kbbx.reporting.report;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The weights of the screening risk score (R-LED-3): one non-negative integer weight per
 * {@link RiskCriterion}, and the minimum absence streak that counts.
 *
 * <p>No seed gives weights; {@link #national()} holds kbbx's defaults until a jurisdiction
 * profile supplies its own. This class is immutable and thread-safe.
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
   * Returns kbbx's national default weights: suspected status 5, transition not made 4, missing
   * evidence 3, absence streak 2 (from 2 school days, HANZHONG_2018's 48 hours), over-age 2,
   * repeated grade 2, each priority group 1.
   *
   * @return the defaults
   */
  public static RiskWeights national() {
    Map<RiskCriterion, Integer> weights = new EnumMap<>(RiskCriterion.class);
    weights.put(RiskCriterion.PRIORITY_GROUP, 1);
    weights.put(RiskCriterion.ABSENCE_STREAK, 2);
    weights.put(RiskCriterion.SUSPECTED_STATUS, 5);
    weights.put(RiskCriterion.MISSING_EXCLUSION_EVIDENCE, 3);
    weights.put(RiskCriterion.TRANSITION_NOT_MADE, 4);
    weights.put(RiskCriterion.OVER_AGE_FOR_GRADE, 2);
    weights.put(RiskCriterion.REPEATED_GRADE, 2);
    return new RiskWeights(weights, 2);
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

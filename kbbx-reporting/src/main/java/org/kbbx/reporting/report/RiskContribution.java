package org.kbbx.reporting.report;

import java.util.Objects;
import org.kbbx.rules.profile.RiskCriterion;

/**
 * One criterion that contributed to a screening score, with its weight and why (R-LED-3).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param criterion the criterion, never null
 * @param weight the weight added to the score, more than 0
 * @param detail the evidence, for example {@code 留守儿童} or {@code 4 school days}, never null
 */
public record RiskContribution(RiskCriterion criterion, int weight, String detail) {

  /** Checks the components. */
  public RiskContribution {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(detail, "detail");
    if (weight <= 0) {
      throw new IllegalArgumentException(
          "Invalid contribution weight (expected more than 0): " + weight);
    }
  }
}

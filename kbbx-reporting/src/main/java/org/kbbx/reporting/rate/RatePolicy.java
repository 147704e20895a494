package org.kbbx.reporting.rate;

import java.util.Objects;

/**
 * The profile switches the rate formulas read (R-RATE-11, R-RATE-12): profile data, passed in.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param consolidation transfer adjustment and cap of consolidation rates, not null
 * @param deferralsLeaveDenominator whether approved deferrals leave the compulsory-age enrolment
 *     denominator
 */
public record RatePolicy(ConsolidationOptions consolidation, boolean deferralsLeaveDenominator) {

  /** Plain formulas: no adjustment, no cap, deferrals stay in the denominator. */
  public static final RatePolicy PLAIN = new RatePolicy(ConsolidationOptions.PLAIN, false);

  /** Creates a policy. */
  public RatePolicy {
    Objects.requireNonNull(consolidation, "consolidation");
  }
}

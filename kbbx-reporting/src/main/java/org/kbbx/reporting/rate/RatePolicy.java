package org.kbbx.reporting.rate;

import java.util.Objects;
import org.kbbx.rules.profile.RateSettings;

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

  /**
   * Returns the policy a profile's rate settings give (R-RATE-19).
   *
   * @param settings the profile's rate settings, for example {@code profile.rateSettings().value()}
   * @return the policy
   */
  public static RatePolicy from(RateSettings settings) {
    Objects.requireNonNull(settings, "settings");
    return new RatePolicy(
        new ConsolidationOptions(
            settings.consolidationAdjustedForTransfers(),
            settings.consolidationCappedAtHundredPercent()),
        settings.deferralsLeaveDenominator());
  }

  /** Creates a policy. */
  public RatePolicy {
    Objects.requireNonNull(consolidation, "consolidation");
  }
}

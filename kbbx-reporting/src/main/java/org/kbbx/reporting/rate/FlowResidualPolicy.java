package org.kbbx.reporting.rate;

/**
 * Which reported decreases the {@code FLOW_RESIDUAL} mode counts (R-RATE-10), profile data.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param deathsAreDecreases whether deaths count as decreases (traditional: yes)
 * @param suspensionsAreDecreases whether suspensions count as decreases (traditional: yes)
 */
public record FlowResidualPolicy(boolean deathsAreDecreases, boolean suspensionsAreDecreases) {

  /** The traditional 两基 method: deaths and suspensions are decreases. */
  public static final FlowResidualPolicy TRADITIONAL = new FlowResidualPolicy(true, true);

  /** Deaths and suspensions are not decreases (they are not dropouts, R-ABS-5). */
  public static final FlowResidualPolicy EXCLUDE_DEATHS_AND_SUSPENSIONS =
      new FlowResidualPolicy(false, false);

  /**
   * Returns the decreases a profile's rate settings count (R-RATE-19).
   *
   * @param settings the profile's rate settings, not null
   * @return the policy
   */
  public static FlowResidualPolicy from(org.kbbx.rules.profile.RateSettings settings) {
    java.util.Objects.requireNonNull(settings, "settings");
    return new FlowResidualPolicy(
        settings.deathsAreDecreases(), settings.suspensionsAreDecreases());
  }
}

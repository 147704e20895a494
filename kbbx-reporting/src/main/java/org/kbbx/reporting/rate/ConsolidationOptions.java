package org.kbbx.reporting.rate;

/**
 * The two county-practice switches of a consolidation rate (R-RATE-11), profile data.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param adjustForTransfers whether the intake is adjusted by + transfers in − transfers out of the
 *     cohort since intake (with evidence)
 * @param capAtHundredPercent whether a rate above 100 % is reported as 100 %
 */
public record ConsolidationOptions(boolean adjustForTransfers, boolean capAtHundredPercent) {

  /** The plain formula: no adjustment, no cap. */
  public static final ConsolidationOptions PLAIN = new ConsolidationOptions(false, false);

  /** Adjusted for transfers and capped at 100 %. */
  public static final ConsolidationOptions ADJUSTED_AND_CAPPED =
      new ConsolidationOptions(true, true);
}

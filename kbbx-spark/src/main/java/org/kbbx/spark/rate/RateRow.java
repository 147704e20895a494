package org.kbbx.spark.rate;

import java.io.Serializable;
import java.util.Objects;

/**
 * One line of the national rates table: one rate of one unit, as an exact fraction (R-RATE-1).
 *
 * <p>{@code numerator} and {@code denominator} are the exact counts; {@code percent} is the
 * formatted value (2 decimals, HALF_UP) or {@code undefined} for a zero denominator. When a rate
 * cannot be computed from one school year's counts (consolidation needs earlier years), the counts
 * are null and {@code rejection} holds the stable code of the reason.
 *
 * <p>A mutable Java bean, as Spark's bean encoder requires; not thread-safe.
 */
public final class RateRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private String level;
  private String code;
  private String rateKind;
  private String rateLabel;
  private Long numerator;
  private Long denominator;
  private String percent;
  private String rejection;

  /** Creates an empty row, for Spark's bean encoder. */
  public RateRow() {}

  /** Returns the {@link RollupLevel} name. */
  public String getLevel() {
    return level;
  }

  /** Sets the {@link RollupLevel} name. */
  public void setLevel(String level) {
    this.level = level;
  }

  /** Returns the unit's code (division code, school id, or {@code CN}). */
  public String getCode() {
    return code;
  }

  /** Sets the unit's code. */
  public void setCode(String code) {
    this.code = code;
  }

  /** Returns the {@link org.kbbx.reporting.rate.RateKind} name. */
  public String getRateKind() {
    return rateKind;
  }

  /** Sets the {@link org.kbbx.reporting.rate.RateKind} name. */
  public void setRateKind(String rateKind) {
    this.rateKind = rateKind;
  }

  /** Returns the rate's Chinese label, for example {@code 初中年辍学率}. */
  public String getRateLabel() {
    return rateLabel;
  }

  /** Sets the rate's Chinese label. */
  public void setRateLabel(String rateLabel) {
    this.rateLabel = rateLabel;
  }

  /** Returns the exact numerator, or null when rejected. */
  public Long getNumerator() {
    return numerator;
  }

  /** Sets the exact numerator. */
  public void setNumerator(Long numerator) {
    this.numerator = numerator;
  }

  /** Returns the exact denominator, or null when rejected. */
  public Long getDenominator() {
    return denominator;
  }

  /** Sets the exact denominator. */
  public void setDenominator(Long denominator) {
    this.denominator = denominator;
  }

  /** Returns the formatted percentage, {@code undefined}, or null when rejected. */
  public String getPercent() {
    return percent;
  }

  /** Sets the formatted percentage. */
  public void setPercent(String percent) {
    this.percent = percent;
  }

  /** Returns the stable rejection code, or null when the rate is computed. */
  public String getRejection() {
    return rejection;
  }

  /** Sets the stable rejection code. */
  public void setRejection(String rejection) {
    this.rejection = rejection;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RateRow that
        && Objects.equals(level, that.level)
        && Objects.equals(code, that.code)
        && Objects.equals(rateKind, that.rateKind)
        && Objects.equals(rateLabel, that.rateLabel)
        && Objects.equals(numerator, that.numerator)
        && Objects.equals(denominator, that.denominator)
        && Objects.equals(percent, that.percent)
        && Objects.equals(rejection, that.rejection);
  }

  @Override
  public int hashCode() {
    return Objects.hash(level, code, rateKind, numerator, denominator, rejection);
  }

  @Override
  public String toString() {
    return level + ":" + code + " " + rateKind + " = "
        + (rejection != null ? rejection : numerator + "/" + denominator + " (" + percent + ")");
  }
}

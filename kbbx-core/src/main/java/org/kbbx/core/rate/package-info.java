/**
 * Exact rates and targets (R-RATE-1, R-RATE-3): {@link org.kbbx.core.rate.Rate} (two counts, zero
 * denominator = undefined), {@link org.kbbx.core.rate.Fraction} (exact rational arithmetic for
 * thresholds, gaps and derived indicators), {@link org.kbbx.core.rate.Target} and {@link
 * org.kbbx.core.rate.TargetCheck}.
 *
 * <p>Choices where docs/rules.md is silent: an undefined rate meets no target (its outcome is {@link
 * org.kbbx.core.rate.TargetOutcome#UNDEFINED}, so a unit without pupils is listed, not passed);
 * {@link org.kbbx.core.rate.Rate} equality is by counts ({@code 3/500} ≠ {@code 6/1000}) while
 * {@link org.kbbx.core.rate.Rate#isSameValueAs} compares values, as {@code BigDecimal#equals} and
 * {@code compareTo} differ; the text of an undefined rate is {@code "undefined"}.
 */
package org.kbbx.core.rate;

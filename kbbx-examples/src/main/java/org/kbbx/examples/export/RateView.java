package org.kbbx.examples.export;

import io.vavr.control.Either;
import java.math.RoundingMode;
import java.util.Optional;
import org.kbbx.core.rate.Rate;
import org.kbbx.core.rate.TargetCheck;
import org.kbbx.reporting.rate.ComplianceRow;
import org.kbbx.reporting.rate.RateRejection;

/**
 * How the workbook and the page show one rate: its value, its text and, with a target, the
 * outcome and the gap. Both writers read a rate through this one view, so they show the same
 * numbers.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param numerator the exact numerator, or empty when the rate is missing or pending
 * @param denominator the exact denominator, or empty when the rate is missing or pending
 * @param value the rate as a fraction of one, or empty when undefined, missing or pending
 * @param text the percent with two decimals (HALF_UP), {@code undefined}, or why it is missing
 * @param status {@code 待定 pending}, {@code 缺数据 missing} or {@code 无此指标 not computable}
 *     when the rate is missing, empty otherwise
 */
public record RateView(
    Optional<Long> numerator,
    Optional<Long> denominator,
    Optional<Double> value,
    String text,
    Optional<String> status) {

  /** The scale of the percent texts: two decimals, as the county reports them. */
  public static final int SCALE = 2;

  /**
   * Views a rate or why it is missing.
   *
   * @param rate the rate or its rejection, not null
   * @return the view
   */
  public static RateView of(Either<RateRejection, Rate> rate) {
    if (rate.isLeft()) {
      String status = status(rate.getLeft());
      return new RateView(
          Optional.empty(), Optional.empty(), Optional.empty(), status, Optional.of(status));
    }
    Rate r = rate.get();
    return new RateView(
        Optional.of(r.numerator()),
        Optional.of(r.denominator()),
        r.value()
            .map(v -> v.toBigDecimal(12, RoundingMode.HALF_UP).doubleValue())
            .toJavaOptional(),
        r.format(SCALE, RoundingMode.HALF_UP),
        Optional.empty());
  }

  /**
   * Returns the gap of a compliance row: rate minus threshold, as a fraction of one.
   *
   * @param row the row, not null
   * @return the gap, or empty when the rate is missing or undefined
   */
  public static Optional<Double> gap(ComplianceRow<?> row) {
    return row.result().toJavaOptional().flatMap(RateView::difference);
  }

  /**
   * Returns the bilingual outcome of a compliance row: met or missed, undefined for a zero
   * denominator, or why the rate is missing (e.g. {@code 待定 pending}) rather than "undefined".
   *
   * @param row the row, not null
   * @return e.g. {@code 达标 met}
   */
  public static String outcome(ComplianceRow<?> row) {
    return row.result()
        .fold(
            RateView::status,
            check -> check.outcome().chineseLabel() + " " + check.outcome().englishLabel());
  }

  private static Optional<Double> difference(TargetCheck check) {
    return check
        .difference()
        .map(d -> d.toBigDecimal(12, RoundingMode.HALF_UP).doubleValue())
        .toJavaOptional();
  }

  /**
   * Returns the short bilingual label of a rejection.
   *
   * @param rejection the rejection, not null
   * @return e.g. {@code 待定 pending}
   */
  public static String status(RateRejection rejection) {
    if (rejection instanceof RateRejection.Pending) {
      return "待定 pending";
    }
    if (rejection instanceof RateRejection.NotComputable) {
      return "无此指标 not computable";
    }
    return "缺数据 missing";
  }
}

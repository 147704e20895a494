package org.kbbx.rules.profile;

import java.time.Period;
import java.util.Objects;

/**
 * How long an approved suspension (休学) may last (a guard parameter of the status machine, §4).
 *
 * <p>NATIONAL (学籍管理办法 practice): one school year, one extension, two years in all.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param maxLength the longest single suspension, positive
 * @param maxExtensions how many extensions, at least 0
 * @param maxTotal the longest total, not shorter than {@code maxLength}
 */
public record SuspensionLimits(Period maxLength, int maxExtensions, Period maxTotal) {

  /** Creates the limits. */
  public SuspensionLimits {
    Objects.requireNonNull(maxLength, "maxLength");
    Objects.requireNonNull(maxTotal, "maxTotal");
    if (maxLength.isNegative() || maxLength.isZero()) {
      throw new IllegalArgumentException("Invalid maxLength " + maxLength + ": must be positive");
    }
    if (maxExtensions < 0) {
      throw new IllegalArgumentException(
          "Invalid value for maxExtensions (valid values 0 or more): " + maxExtensions);
    }
    if (maxTotal.toTotalMonths() * 31 + maxTotal.getDays()
        < maxLength.toTotalMonths() * 31 + maxLength.getDays()) {
      throw new IllegalArgumentException(
          "Invalid maxTotal " + maxTotal + ": must not be shorter than maxLength " + maxLength);
    }
  }
}

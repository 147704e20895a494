package org.kbbx.core.status;

import java.time.LocalDate;
import java.time.Period;
import org.immutables.value.Value;
import org.kbbx.core.internal.KbbxStyle;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.core.time.SupportedDates;

/**
 * The guard parameters of the status machine that vary by jurisdiction (docs/rules.md §4), with
 * national defaults ({@link #national()}); kbbx-rules supplies a profile's values.
 *
 * <ul>
 *   <li>{@link #gradeSystem()}: 6-3 by default (R-AGE-5); decides the primary/junior boundary a
 *       skip may not cross and the last grade;
 *   <li>{@link #maxSuspension()}: the longest first approval of a suspension (休学), one year;
 *   <li>{@link #maxSuspensionExtensions()}: how often it may be extended, once;
 *   <li>{@link #maxSuspensionTotal()}: the longest suspension with extensions, two years;
 *   <li>{@link #automaticDropout()} and {@link #automaticDropoutAfter()}: whether a suspected
 *       dropout becomes a dropout without confirmation, and after how long (R-ABS-3: more than
 *       one month, so on suspected date + 1 month + 1 day).
 * </ul>
 *
 * <p>Valid ranges (R-PROF-5; the builder throws naming the value and the range): suspension
 * lengths P1D to {@link #MAX_SUSPENSION_LIMIT} (two years), extensions 0 to {@link
 * #MAX_EXTENSIONS_LIMIT}, the automatic-dropout wait P1D to {@link #MAX_AUTOMATIC_DROPOUT_LIMIT}
 * (one year). No period may have a negative part.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@KbbxStyle
public abstract class MachineParameters {

  MachineParameters() {}

  /** Returns the grade system, {@link GradeSystem#SIX_THREE} by default. */
  @Value.Default
  public GradeSystem gradeSystem() {
    return GradeSystem.SIX_THREE;
  }

  /** Returns the longest suspension a first approval may grant, one year by default. */
  @Value.Default
  public Period maxSuspension() {
    return Period.ofYears(1);
  }

  /** Returns how many times a suspension may be extended, once by default. */
  @Value.Default
  public int maxSuspensionExtensions() {
    return 1;
  }

  /** Returns the longest suspension including extensions, two years by default. */
  @Value.Default
  public Period maxSuspensionTotal() {
    return Period.ofYears(2);
  }

  /** Returns whether suspected dropouts become dropouts automatically (R-ABS-3); true by default. */
  @Value.Default
  public boolean automaticDropout() {
    return true;
  }

  /** Returns how long a suspected dropout must last before it becomes automatic, one month. */
  @Value.Default
  public Period automaticDropoutAfter() {
    return Period.ofMonths(1);
  }

  /**
   * Returns the first date on which a student suspected on {@code suspectedOn} may be made a
   * dropout automatically: {@code suspectedOn + automaticDropoutAfter + 1 day} (R-ABS-3:
   * suspected 2023-10-09 gives 2023-11-10).
   *
   * @param suspectedOn the date the student became a suspected dropout, not null
   * @return the first date of automatic dropout; {@link LocalDate#MAX} (never) when it would lie
   *     beyond that date (R-SM-2: no exception for any date)
   */
  public LocalDate automaticDropoutDate(LocalDate suspectedOn) {
    return SupportedDates.plusOrMax(suspectedOn, automaticDropoutAfter(), 1);
  }

  /** The longest suspension, first approval or in total, that a jurisdiction may set (R-PROF-5). */
  public static final Period MAX_SUSPENSION_LIMIT = Period.ofYears(2);

  /** The most extensions of a suspension a jurisdiction may allow (R-PROF-5). */
  public static final int MAX_EXTENSIONS_LIMIT = 3;

  /** The longest wait before an automatic dropout a jurisdiction may set (R-PROF-5). */
  public static final Period MAX_AUTOMATIC_DROPOUT_LIMIT = Period.ofYears(1);

  private static final LocalDate REFERENCE = LocalDate.of(2000, 1, 1);

  private static final MachineParameters NATIONAL = builder().build();

  /**
   * Returns whether {@code period} is positive (no negative part) and at most {@code max}, both
   * measured from 2000-01-01 (R-PROF-5); a period too large for any date is not.
   *
   * @param period the period, not null
   * @param max the upper bound, not null
   * @return true within the range
   */
  public static boolean isWithin(Period period, Period max) {
    if (period.isNegative() || period.isZero() || period.getMonths() < 0 || period.getDays() < 0) {
      return false;
    }
    return SupportedDates.plus(REFERENCE, period)
        .map(end -> !end.isAfter(REFERENCE.plus(max)))
        .getOrElse(false);
  }

  @Value.Check
  void check() {
    if (maxSuspensionExtensions() < 0 || maxSuspensionExtensions() > MAX_EXTENSIONS_LIMIT) {
      throw new IllegalArgumentException("Invalid maxSuspensionExtensions (valid values 0 - "
          + MAX_EXTENSIONS_LIMIT + "): " + maxSuspensionExtensions());
    }
    requireWithin("maxSuspension", maxSuspension(), MAX_SUSPENSION_LIMIT);
    requireWithin("maxSuspensionTotal", maxSuspensionTotal(), MAX_SUSPENSION_LIMIT);
    requireWithin("automaticDropoutAfter", automaticDropoutAfter(), MAX_AUTOMATIC_DROPOUT_LIMIT);
  }

  private static void requireWithin(String name, Period period, Period max) {
    if (!isWithin(period, max)) {
      throw new IllegalArgumentException(
          "Invalid " + name + " (valid values P1D - " + max + "): " + period);
    }
  }

  /**
   * Returns the national defaults: 6-3, suspension one year plus one extension up to two years,
   * automatic dropout after more than one month.
   *
   * @return the national parameters
   */
  public static MachineParameters national() {
    return NATIONAL;
  }

  /** Returns a new builder, starting from the national defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link MachineParameters}; unset attributes take the national defaults. */
  public static final class Builder extends ImmutableMachineParameters.Builder {
    Builder() {}
  }
}

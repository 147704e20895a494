package org.kbbx.reporting.rate;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.kbbx.core.rate.Rate;
import org.kbbx.core.school.Grade;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.core.time.SchoolYear;

/**
 * Consolidation rates (巩固率, R-RATE-11) from a unit's counts over several school years.
 *
 * <p>Formula, with {@code n = completion grade − intake grade} ({@link ConsolidationScope}):
 *
 * <pre>
 *   intake    = INTAKE  in the intake grade, school year Y − n (R-RATE-16)
 *   adjusted  = intake + Σ TRANSFERS_IN − Σ TRANSFERS_OUT  over the cohort's rows
 *               (intake grade + k in school year Y − n + k, k = 0 … n), floored at 0
 *   rate      = COMPLETERS in the completion grade, school year Y  ÷  intake (or adjusted)
 * </pre>
 *
 * <p>Nine-year: Y − 8 under both 6-3 and 5-4; primary: Y − 5 (6-3) or Y − 4 (5-4); junior: Y − 2
 * (6-3) or Y − 3 (5-4). Without the cap the rate can pass 100 % (in-migration). A missing school
 * year is a {@link RateRejection.MissingCounts}, never a silent zero; a rate whose completers are
 * not yet knowable is {@link RateRejection.Pending}. Membership: {@code COMPLETERS} are students
 * who completed the completion grade in Y, counted where they finished (R-RATE-17); intake is the
 * first entries into the intake grade during Y − n, at the school entered (R-RATE-16).
 *
 * <p>Mixed grade systems (R-RATE-18): numerator and denominator add over the systems that occur,
 * each with its own grades and years back (primary: Y − 5 under 6-3, Y − 4 under 5-4).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ConsolidationRates {

  private ConsolidationRates() {}

  /**
   * Returns a consolidation rate for school year {@code year}.
   *
   * @param history the unit's counts by school year, not null; must hold Y and Y − n, and with
   *     transfer adjustment every year between
   * @param year the completion year Y, not null
   * @param scope nine-year, primary or junior, not null
   * @param slice sex, priority group or all (not a level or grade), not null
   * @param options adjustment and cap, not null
   * @return the rate, or which year's counts are missing
   */
  public static Either<RateRejection, Rate> of(
      Map<SchoolYear, CountsTable> history,
      SchoolYear year,
      ConsolidationScope scope,
      Slice slice,
      ConsolidationOptions options) {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(slice, "slice");
    Objects.requireNonNull(options, "options");
    CountsTable completion = history.get(year);
    if (completion == null) {
      return Either.left(new RateRejection.MissingCounts(year, scope + " completers"));
    }
    long completers = 0;
    long denominator = 0;
    for (GradeSystem system : GradeSystem.values()) {
      int n = scope.yearsBack(system);
      Grade intakeGrade = scope.intakeGrade(system);
      if (year.startYear() - n < SchoolYear.MIN_START_YEAR) {
        // R-SM-2: an intake before the first supported school year has no counts
        return Either.left(new RateRejection.MissingCounts(
            SchoolYear.of(SchoolYear.MIN_START_YEAR), scope + " intake"));
      }
      SchoolYear intakeYear = year.plusYears(-n);
      CountsTable intakeTable = history.get(intakeYear);
      boolean occurs = completion.systems().contains(system)
          || (intakeTable != null && intakeTable.systems().contains(system));
      if (!occurs) {
        continue;
      }
      if (intakeTable == null) {
        return Either.left(new RateRejection.MissingCounts(intakeYear, scope + " intake"));
      }
      long intake = intakeTable.select(system, slice.withGrade(intakeGrade)).get(Counter.INTAKE);
      if (options.adjustForTransfers()) {
        for (int k = 0; k <= n; k++) {
          SchoolYear y = intakeYear.plusYears(k);
          CountsTable table = history.get(y);
          if (table == null) {
            return Either.left(
                new RateRejection.MissingCounts(y, scope + " transfers of the cohort"));
          }
          RateCounts row = table.select(system, slice.withGrade(intakeGrade.plus(k)));
          intake = Math.subtractExact(
              Math.addExact(intake, row.get(Counter.TRANSFERS_IN)), row.get(Counter.TRANSFERS_OUT));
        }
      }
      denominator = Math.addExact(denominator, Math.max(0, intake));
      completers = Math.addExact(
          completers,
          completion
              .select(system, slice.withGrade(scope.completionGrade(system)))
              .get(Counter.COMPLETERS));
    }
    Rate rate = Rate.of(completers, denominator);
    return Either.right(options.capAtHundredPercent() ? rate.cappedAtHundredPercent() : rate);
  }

  /**
   * Returns a consolidation rate for school year {@code year} from counts taken on {@code asOf}:
   * pending (R-RATE-17) while its completers are not yet knowable — primary completion of Y before
   * Y+1's census date — otherwise as {@link #of(Map, SchoolYear, ConsolidationScope, Slice,
   * ConsolidationOptions)}.
   *
   * @param history the unit's counts by school year, not null
   * @param dates the completion year's census and count dates, not null
   * @param asOf the date the counts were taken (the data's "as of"), not null
   * @param scope nine-year, primary or junior, not null
   * @param slice sex, priority group or all, not null
   * @param options adjustment and cap, not null
   * @return the rate, pending, or which year's counts are missing
   */
  public static Either<RateRejection, Rate> of(
      Map<SchoolYear, CountsTable> history,
      RateDates dates,
      LocalDate asOf,
      ConsolidationScope scope,
      Slice slice,
      ConsolidationOptions options) {
    Objects.requireNonNull(dates, "dates");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(scope, "scope");
    LocalDate knowable =
        scope == ConsolidationScope.PRIMARY ? dates.nextCensus() : dates.countDate();
    if (asOf.isBefore(knowable)) {
      return Either.left(
          new RateRejection.Pending(dates.year(), scope.chineseLabel() + " completers", knowable));
    }
    return of(history, dates.year(), scope, slice, options);
  }
}

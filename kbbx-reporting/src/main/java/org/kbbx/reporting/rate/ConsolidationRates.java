package org.kbbx.reporting.rate;

import io.vavr.control.Either;
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
 *   intake    = ENROLLED − REPEATERS  in the intake grade, school year Y − n
 *   adjusted  = intake + Σ TRANSFERS_IN − Σ TRANSFERS_OUT  over the cohort's rows
 *               (intake grade + k in school year Y − n + k, k = 0 … n), floored at 0
 *   rate      = COMPLETERS in the completion grade, school year Y  ÷  intake (or adjusted)
 * </pre>
 *
 * <p>Nine-year: Y − 8 under both 6-3 and 5-4; primary: Y − 5 (6-3) or Y − 4 (5-4); junior: Y − 2
 * (6-3) or Y − 3 (5-4). Without the cap the rate can pass 100 % (in-migration). A missing school
 * year is a {@link RateRejection.MissingCounts}, never a silent zero. Membership: {@code
 * COMPLETERS} are students who completed the completion grade in Y ({@code COMPLETED} for grade
 * 9); intake is new entrants (enrolled, not repeating) on the census date.
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
    GradeSystem system = completion.system();
    int n = scope.yearsBack(system);
    Grade intakeGrade = scope.intakeGrade(system);
    SchoolYear intakeYear = year.plusYears(-n);
    CountsTable intakeTable = history.get(intakeYear);
    if (intakeTable == null) {
      return Either.left(new RateRejection.MissingCounts(intakeYear, scope + " intake"));
    }
    RateCounts intakeCounts = intakeTable.select(slice.withGrade(intakeGrade));
    long denominator = intakeCounts.newEntrants();
    if (options.adjustForTransfers()) {
      for (int k = 0; k <= n; k++) {
        SchoolYear y = intakeYear.plusYears(k);
        CountsTable table = history.get(y);
        if (table == null) {
          return Either.left(new RateRejection.MissingCounts(y, scope + " transfers of the cohort"));
        }
        RateCounts row = table.select(slice.withGrade(intakeGrade.plus(k)));
        denominator =
            Math.subtractExact(
                Math.addExact(denominator, row.get(Counter.TRANSFERS_IN)), row.get(Counter.TRANSFERS_OUT));
      }
    }
    long completers = completion.select(slice.withGrade(scope.completionGrade(system))).get(Counter.COMPLETERS);
    Rate rate = Rate.of(completers, Math.max(0, denominator));
    return Either.right(options.capAtHundredPercent() ? rate.cappedAtHundredPercent() : rate);
  }
}

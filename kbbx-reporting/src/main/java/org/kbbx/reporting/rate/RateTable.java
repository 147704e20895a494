package org.kbbx.reporting.rate;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.division.DivisionLevel;
import org.kbbx.core.rate.Rate;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.rules.profile.EffectiveProfile;

/**
 * What a bureau reports (R-RATE-3, R-RATE-20): for each unit, each rate it reports, with every
 * target of the profile due that year checked against it — the outcome and the gap — and a rate
 * without a target shown all the same. A pending or missing rate is its typed rejection (R-RATE-17),
 * never 0.
 *
 * <p>The rates shown are the caller's list (for example {@link #BUREAU}) plus every rate a due
 * target names, in {@link RateKind} order, so no target of the profile is left out. {@link
 * #byDivision} is the county-and-townships table: the unit first, then each division of a
 * narrower level within it that has counts in any year read, in code order.
 *
 * <pre>{@code
 * List<RateTable.Line<DivisionCode>> table = RateTable.byDivision(
 *     rates, county, DivisionLevel.TOWNSHIP, RateTable.BUREAU);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RateTable {

  /**
   * The rates of a county bureau's annual report: annual dropout by level, nine-year and level
   * consolidation, compulsory-age enrolment, primary net and junior gross enrolment, and the
   * dropout of registered-poor and monitored households' children.
   */
  public static final List<RateKind> BUREAU = List.of(
      RateKind.PRIMARY_DROPOUT,
      RateKind.JUNIOR_DROPOUT,
      RateKind.NINE_YEAR_CONSOLIDATION,
      RateKind.PRIMARY_CONSOLIDATION,
      RateKind.JUNIOR_CONSOLIDATION,
      RateKind.COMPULSORY_AGE_ENROLMENT,
      RateKind.PRIMARY_NET_ENROLMENT,
      RateKind.JUNIOR_GROSS_ENROLMENT,
      RateKind.REGISTERED_POOR_OR_MONITORED_DROPOUT);

  private RateTable() {}

  /**
   * One unit's rate with the targets that judge it.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param <U> the unit type
   * @param unit the unit, not null
   * @param kind the rate, not null
   * @param rate the rate, or why it is missing or pending, not null
   * @param checks the profile's targets due this year for this rate, checked; often empty, not null
   */
  public record Line<U>(
      U unit, RateKind kind, Either<RateRejection, Rate> rate, List<ComplianceRow<U>> checks) {

    /** Checks and copies the components. */
    public Line {
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(rate, "rate");
      checks = List.copyOf(checks);
    }
  }

  /**
   * Returns each unit's lines.
   *
   * @param <U> the unit type
   * @param units each unit's rates, in the order wanted, not null
   * @param profile the effective profile, not null
   * @param year the school year the rates describe, not null
   * @param kinds the rates to show besides those a due target names, not null
   * @return the lines: unit by unit, each in {@link RateKind} order
   */
  public static <U> List<Line<U>> of(
      Map<U, UnitRates> units, EffectiveProfile profile, SchoolYear year, List<RateKind> kinds) {
    Objects.requireNonNull(units, "units");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(kinds, "kinds");
    Set<RateKind> shown = EnumSet.noneOf(RateKind.class);
    shown.addAll(kinds);
    List<Line<U>> lines = new ArrayList<>();
    units.forEach((unit, rates) -> {
      Map<U, UnitRates> one = new LinkedHashMap<>();
      one.put(unit, rates);
      List<ComplianceRow<U>> rows = Compliance.check(one, profile, year);
      Set<RateKind> all = EnumSet.copyOf(shown);
      rows.forEach(r -> all.add(r.kind()));
      for (RateKind kind : all) {
        List<ComplianceRow<U>> checks = new ArrayList<>();
        for (ComplianceRow<U> r : rows) {
          if (r.kind() == kind) {
            checks.add(r);
          }
        }
        Either<RateRejection, Rate> rate =
            checks.isEmpty() ? rates.get(kind) : rateOf(checks.get(0), rates.get(kind));
        lines.add(new Line<>(unit, kind, rate, checks));
      }
    });
    return Collections.unmodifiableList(lines);
  }

  /**
   * Returns the table of {@code unit} and each division of {@code level} within it: the county
   * and its townships, say.
   *
   * @param rates the rates of the data, not null
   * @param unit the unit, not null
   * @param level a level narrower than the unit's, not null
   * @param kinds the rates to show besides those a due target names, not null
   * @return the lines, the unit's first
   */
  public static List<Line<DivisionCode>> byDivision(
      ProfileRates rates, DivisionCode unit, DivisionLevel level, List<RateKind> kinds) {
    Objects.requireNonNull(rates, "rates");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(level, "level");
    Map<DivisionCode, UnitRates> units = new LinkedHashMap<>();
    units.put(unit, rates.rates(unit));
    for (DivisionCode d : divisions(rates, unit, level)) {
      units.put(d, rates.rates(d));
    }
    return of(units, rates.profile(), rates.dates().year(), kinds);
  }

  /**
   * Returns the divisions of {@code level} within {@code unit} that have counts in any year read.
   *
   * @param rates not null
   * @param unit not null
   * @param level not null
   * @return the divisions in code order, without the unit itself
   */
  public static List<DivisionCode> divisions(
      ProfileRates rates, DivisionCode unit, DivisionLevel level) {
    Objects.requireNonNull(rates, "rates");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(level, "level");
    Set<DivisionCode> found = new TreeSet<>();
    for (UnitCounts counts : rates.history().values()) {
      for (DivisionCode d : counts.rollUp(level).keySet()) {
        if (d.isWithin(unit) && !d.equals(unit)) {
          found.add(d);
        }
      }
    }
    return List.copyOf(found);
  }

  /** The checked rate when the check carries it, else the unit's rate. */
  private static <U> Either<RateRejection, Rate> rateOf(
      ComplianceRow<U> row, Either<RateRejection, Rate> rate) {
    return row.result().isLeft() ? Either.left(row.result().getLeft()) : rate;
  }
}

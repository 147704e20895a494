package org.kbbx.reporting.rate;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.kbbx.core.rate.Rate;
import org.kbbx.core.school.SchoolLevel;
import org.kbbx.core.time.SchoolYear;

/**
 * Every {@link RateKind} of one unit for one school year, or why it could not be computed.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UnitRates {

  private final Map<RateKind, Either<RateRejection, Rate>> rates;

  private UnitRates(Map<RateKind, Either<RateRejection, Rate>> rates) {
    this.rates = Collections.unmodifiableMap(rates);
  }

  /**
   * Computes every rate of a unit for school year {@code year}.
   *
   * @param history the unit's counts by school year (Y, and earlier years for consolidation), not
   *     null
   * @param year the school year, not null
   * @param slice sex, priority group or all, not null
   * @param policy the profile switches, not null
   * @return the rates; each missing year is a rejection of the rates that need it
   */
  public static UnitRates of(
      Map<SchoolYear, CountsTable> history, SchoolYear year, Slice slice, RatePolicy policy) {
    Objects.requireNonNull(year, "year");
    return compute(
        history,
        year,
        slice,
        policy,
        scope -> ConsolidationRates.of(history, year, scope, slice, policy.consolidation()));
  }

  /**
   * Computes every rate of a unit for the school year of {@code dates} from counts taken on {@code
   * asOf}: a consolidation rate whose completers are not yet knowable is {@link
   * RateRejection.Pending}, never 0 (R-RATE-17).
   *
   * @param history the unit's counts by school year, not null
   * @param dates the year's census and count dates, not null
   * @param asOf the date the counts were taken, not null
   * @param slice sex, priority group or all, not null
   * @param policy the profile switches, not null
   * @return the rates
   */
  public static UnitRates of(
      Map<SchoolYear, CountsTable> history,
      RateDates dates,
      LocalDate asOf,
      Slice slice,
      RatePolicy policy) {
    Objects.requireNonNull(dates, "dates");
    Objects.requireNonNull(asOf, "asOf");
    return compute(
        history,
        dates.year(),
        slice,
        policy,
        scope -> ConsolidationRates.of(history, dates, asOf, scope, slice, policy.consolidation()));
  }

  private static UnitRates compute(
      Map<SchoolYear, CountsTable> history,
      SchoolYear year,
      Slice slice,
      RatePolicy policy,
      Function<ConsolidationScope, Either<RateRejection, Rate>> consolidation) {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(slice, "slice");
    Objects.requireNonNull(policy, "policy");
    Map<RateKind, Either<RateRejection, Rate>> rates = new EnumMap<>(RateKind.class);
    CountsTable now = history.get(year);
    if (now == null) {
      RateRejection missing = new RateRejection.MissingCounts(year, "the rates of " + year);
      for (RateKind kind : RateKind.values()) {
        rates.put(kind, Either.left(missing));
      }
      return new UnitRates(rates);
    }
    rates.put(
        RateKind.PRIMARY_DROPOUT,
        Either.right(DropoutRates.annual(now, slice.withLevel(SchoolLevel.PRIMARY))));
    rates.put(
        RateKind.JUNIOR_DROPOUT,
        Either.right(DropoutRates.annual(now, slice.withLevel(SchoolLevel.JUNIOR_SECONDARY))));
    rates.put(RateKind.COMPULSORY_DROPOUT, Either.right(DropoutRates.annual(now, slice)));
    rates.put(RateKind.NINE_YEAR_CONSOLIDATION, consolidation.apply(ConsolidationScope.NINE_YEAR));
    rates.put(RateKind.PRIMARY_CONSOLIDATION, consolidation.apply(ConsolidationScope.PRIMARY));
    rates.put(RateKind.JUNIOR_CONSOLIDATION, consolidation.apply(ConsolidationScope.JUNIOR));
    rates.put(
        RateKind.COMPULSORY_AGE_ENROLMENT,
        Either.right(EnrolmentRates.compulsoryAge(now, slice, policy.deferralsLeaveDenominator())));
    rates.put(RateKind.PRIMARY_NET_ENROLMENT, Either.right(EnrolmentRates.primaryNet(now, slice)));
    rates.put(
        RateKind.JUNIOR_GROSS_ENROLMENT, Either.right(EnrolmentRates.juniorGross(now, slice)));
    rates.put(
        RateKind.REGISTERED_POOR_OR_MONITORED_DROPOUT,
        slice.sex().isDefined() || slice.group().isDefined()
            ? Either.left(new RateRejection.NotComputable(
                RateKind.REGISTERED_POOR_OR_MONITORED_DROPOUT.chineseLabel()
                    + " within a sex or another group"))
            : Either.right(DropoutRates.annual(
                now, slice.withWatched(WatchedGroups.REGISTERED_POOR_OR_MONITORED))));
    return new UnitRates(rates);
  }

  /**
   * Returns one rate.
   *
   * @param kind not null
   * @return the rate, or why it is missing
   */
  public Either<RateRejection, Rate> get(RateKind kind) {
    return rates.get(Objects.requireNonNull(kind, "kind"));
  }

  /** Returns every rate in {@link RateKind} order. */
  public Map<RateKind, Either<RateRejection, Rate>> asMap() {
    return rates;
  }

  @Override
  public String toString() {
    return "UnitRates" + rates;
  }
}

package org.kbbx.reporting.rate;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.kbbx.core.cohort.CohortPolicy;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.status.StudentTimeline;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.rules.profile.EffectiveProfile;
import org.kbbx.rules.profile.RateSettings;

/**
 * {@link ProfileRates} one student at a time: a county's students are streamed (school by school,
 * township by township) and each is counted in every school year the rates read, so memory holds
 * the counters of at most nine years, never the students (docs/rules.md §11).
 *
 * <p>The caller names the first school year its data covers (the start of its records): the years
 * counted are that year, but not more than eight before {@code year}, to {@code year}. A
 * consolidation rate reaching back before the first year is {@link RateRejection.MissingCounts}; a
 * rate not yet knowable on {@code asOf} is {@link RateRejection.Pending} (R-RATE-17). The result
 * equals {@link ProfileRates#of} over the same students when the first year is the year of the
 * earliest event.
 *
 * <pre>{@code
 * RateHistory history = RateHistory.of(directory, profile, CohortPolicy.NATIONAL,
 *     SchoolYear.of(2015), SchoolYear.of(2024), LocalDate.of(2025, 7, 4));
 * for (Student s : county) { history.add(s.timeline(), s.attributes()); }
 * ProfileRates rates = history.toRates();
 * }</pre>
 *
 * <p>This class is mutable and not thread-safe; its result is immutable.
 */
public final class RateHistory {

  private static final int YEARS_BACK = 8;

  private final EffectiveProfile profile;
  private final SchoolYear year;
  private final LocalDate asOf;
  private final Map<SchoolYear, RateDates> dates = new TreeMap<>();
  private final Map<SchoolYear, StudentCounter> counters = new TreeMap<>();
  private final List<RateRejection> rejected = new ArrayList<>();

  private RateHistory(
      Function<SchoolId, Option<DivisionCode>> schools,
      EffectiveProfile profile,
      CohortPolicy policy,
      SchoolYear first,
      SchoolYear year,
      LocalDate asOf) {
    this.profile = profile;
    this.year = year;
    this.asOf = asOf;
    RateSettings settings = profile.rateSettings().value();
    SchoolYear from = first;
    if (from.compareTo(year.plusYears(-YEARS_BACK)) < 0) {
      from = year.plusYears(-YEARS_BACK);
    }
    if (from.compareTo(year) > 0) {
      from = year;
    }
    for (SchoolYear y = from; y.compareTo(year) <= 0; y = y.plusYears(1)) {
      RateDates d = y.equals(year) ? RateDates.asOf(y, settings, asOf) : RateDates.of(y, settings);
      dates.put(y, d);
      counters.put(y, StudentCounter.of(d, policy, schools));
    }
  }

  /**
   * Starts counting.
   *
   * @param schools the school directory: each school's division, not null
   * @param profile the effective profile: rate settings and targets, not null
   * @param policy the age cohort and the jurisdiction's grade system, not null
   * @param first the first school year the data covers, not null
   * @param year the school year of the rates, not null
   * @param asOf the date the data describes, not null
   * @return an empty history
   */
  public static RateHistory of(
      Function<SchoolId, Option<DivisionCode>> schools,
      EffectiveProfile profile,
      CohortPolicy policy,
      SchoolYear first,
      SchoolYear year,
      LocalDate asOf) {
    Objects.requireNonNull(schools, "schools");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(asOf, "asOf");
    return new RateHistory(schools, profile, policy, first, year, asOf);
  }

  /**
   * Counts one student in every year read.
   *
   * @param timeline the student's timeline, not null
   * @param attributes the attributes the rates read, not null
   * @return none, or why the student could not be placed in the school year of the rates (an
   *     unknown school); she is then also listed in {@link ProfileRates#rejected()}
   */
  public Option<RateRejection> add(StudentTimeline timeline, StudentAttributes attributes) {
    Objects.requireNonNull(timeline, "timeline");
    Objects.requireNonNull(attributes, "attributes");
    Option<RateRejection> result = Option.none();
    for (Map.Entry<SchoolYear, StudentCounter> e : counters.entrySet()) {
      Option<RateRejection> r =
          e.getValue().add(YearStatuses.of(timeline, dates.get(e.getKey())), attributes);
      if (r.isDefined() && e.getKey().equals(year)) {
        rejected.add(r.get());
        result = r;
      }
    }
    return result;
  }

  /**
   * Returns the rates of everyone added so far.
   *
   * @return the rates
   */
  public ProfileRates toRates() {
    Map<SchoolYear, UnitCounts> history = new TreeMap<>();
    counters.forEach((y, c) -> history.put(y, c.toCounts()));
    return new ProfileRates(
        profile,
        RateDates.asOf(year, profile.rateSettings().value(), asOf),
        asOf,
        history,
        new ArrayList<>(rejected));
  }

  @Override
  public String toString() {
    return "RateHistory{" + profile.id() + ", " + year + ", years " + counters.keySet() + "}";
  }
}

package org.kbbx.reporting.rate;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.kbbx.core.cohort.CohortPolicy;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.status.StudentTimeline;
import org.kbbx.core.status.TimelineEntry;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.rules.profile.EffectiveProfile;
import org.kbbx.rules.profile.RateSettings;

/**
 * A unit's rates of one school year from its students' timelines and a profile (R-RATE-10 to
 * R-RATE-12, R-RATE-16 to R-RATE-20): the one entry point a caller needs for "the dropout,
 * enrolment and, when history suffices, consolidation rates, judged against the profile's
 * targets".
 *
 * <p>The profile's rate settings give the census and count dates (the count date never after the
 * data's {@code asOf}), the deferral switch and the consolidation adjustment and cap. Counts are
 * taken for the school year and, for consolidation, for the eight years before it, but only as far
 * back as the timelines reach: a year before the school year of the earliest event is missing, so
 * a consolidation rate reaching back to it is {@link RateRejection.MissingCounts}; a rate whose
 * completers are not yet knowable on {@code asOf} is {@link RateRejection.Pending}. A student whose
 * school is not in the directory is listed in {@link #rejected()}, not counted. Linear in the
 * events times the years read.
 *
 * <pre>{@code
 * ProfileRates r = ProfileRates.of(students, directory, profiles.effective("HEZHANG_2018").get(),
 *     CohortPolicy.NATIONAL, SchoolYear.of(2022), LocalDate.of(2023, 8, 31));
 * r.rates().get(RateKind.PRIMARY_DROPOUT);   // Either<RateRejection, Rate>
 * r.compliance();                             // every due target of the profile, checked
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProfileRates {

  /** The consolidation rates read at most this many years back (nine-year: Y − 8). */
  private static final int YEARS_BACK = 8;

  private final EffectiveProfile profile;
  private final RateDates dates;
  private final LocalDate asOf;
  private final Map<SchoolYear, UnitCounts> history;
  private final List<RateRejection> rejected;

  ProfileRates(
      EffectiveProfile profile,
      RateDates dates,
      LocalDate asOf,
      Map<SchoolYear, UnitCounts> history,
      List<RateRejection> rejected) {
    this.profile = profile;
    this.dates = dates;
    this.asOf = asOf;
    this.history = Collections.unmodifiableMap(history);
    this.rejected = Collections.unmodifiableList(rejected);
  }

  /**
   * One student: the timeline and the attributes the rates read.
   *
   * @param timeline not null
   * @param attributes not null
   */
  public record Student(StudentTimeline timeline, StudentAttributes attributes) {
    /** Creates the student. */
    public Student {
      Objects.requireNonNull(timeline, "timeline");
      Objects.requireNonNull(attributes, "attributes");
    }
  }

  /**
   * Counts the students and computes the rates of {@code year}.
   *
   * @param students the students, not null (iterated once per school year read)
   * @param schools the school directory: each school's division, not null
   * @param profile the effective profile: rate settings and targets, not null
   * @param policy the age cohort and the jurisdiction's grade system, not null
   * @param year the school year, not null
   * @param asOf the date the data describes, not null
   * @return the rates
   */
  public static ProfileRates of(
      Iterable<Student> students,
      Function<SchoolId, Option<DivisionCode>> schools,
      EffectiveProfile profile,
      CohortPolicy policy,
      SchoolYear year,
      LocalDate asOf) {
    Objects.requireNonNull(students, "students");
    Objects.requireNonNull(schools, "schools");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(asOf, "asOf");
    RateSettings settings = profile.rateSettings().value();
    LocalDate earliest = null;
    for (Student s : students) {
      for (TimelineEntry e : s.timeline().entries()) {
        if (e.event() != null
            && (earliest == null || e.event().effectiveDate().isBefore(earliest))) {
          earliest = e.event().effectiveDate();
        }
        break;
      }
    }
    // R-SM-2: never before the first supported school year, so an early year does not throw
    SchoolYear first =
        SchoolYear.of(Math.max(SchoolYear.MIN_START_YEAR, year.startYear() - YEARS_BACK));
    if (earliest != null && SchoolYear.containing(earliest).compareTo(first) > 0) {
      first = SchoolYear.containing(earliest);
    }
    if (first.compareTo(year) > 0) {
      first = year;
    }
    Map<SchoolYear, UnitCounts> history = new TreeMap<>();
    List<RateRejection> rejected = new ArrayList<>();
    for (int n = first.startYear(); n <= year.startYear(); n++) { // never past the last year
      SchoolYear y = SchoolYear.of(n);
      RateDates d = y.equals(year) ? RateDates.asOf(y, settings, asOf) : RateDates.of(y, settings);
      StudentCounter counter = StudentCounter.of(d, policy, schools);
      for (Student s : students) {
        Option<RateRejection> r = counter.add(YearStatuses.of(s.timeline(), d), s.attributes());
        if (r.isDefined() && y.equals(year)) {
          rejected.add(r.get());
        }
      }
      history.put(y, counter.toCounts());
    }
    return new ProfileRates(profile, RateDates.asOf(year, settings, asOf), asOf, history, rejected);
  }

  /** Returns the profile whose settings and targets the rates use. */
  public EffectiveProfile profile() {
    return profile;
  }

  /** Returns the school year's census and count dates. */
  public RateDates dates() {
    return dates;
  }

  /** Returns the date the data describes. */
  public LocalDate asOf() {
    return asOf;
  }

  /** Returns the counts of each school year read, oldest first. */
  public Map<SchoolYear, UnitCounts> history() {
    return history;
  }

  /** Returns the students that could not be placed (an unknown school), one rejection each. */
  public List<RateRejection> rejected() {
    return rejected;
  }

  /** Returns every rate of everyone counted. */
  public UnitRates rates() {
    return rates(Slice.all());
  }

  /**
   * Returns every rate of a slice of everyone counted.
   *
   * @param slice sex, priority group or all, not null
   * @return the rates
   */
  public UnitRates rates(Slice slice) {
    return UnitRates.of(
        tables(UnitCounts::total),
        dates,
        asOf,
        slice,
        RatePolicy.from(profile.rateSettings().value()));
  }

  /**
   * Returns every rate of one division of any level: its schools and its resident children.
   *
   * @param division not null
   * @return the rates
   */
  public UnitRates rates(DivisionCode division) {
    Objects.requireNonNull(division, "division");
    return UnitRates.of(
        tables(c -> c.within(division)),
        dates,
        asOf,
        Slice.all(),
        RatePolicy.from(profile.rateSettings().value()));
  }

  /**
   * Returns the compliance of everyone counted with every target of the profile due this year
   * (R-RATE-20), the unit named by the profile id.
   *
   * @return the rows
   */
  public List<ComplianceRow<String>> compliance() {
    Map<String, UnitRates> units = new LinkedHashMap<>();
    units.put(profile.id(), rates());
    return Compliance.check(units, profile, dates.year());
  }

  private Map<SchoolYear, CountsTable> tables(Function<UnitCounts, CountsTable> unit) {
    Map<SchoolYear, CountsTable> tables = new TreeMap<>();
    history.forEach((y, counts) -> tables.put(y, unit.apply(counts)));
    return tables;
  }

  @Override
  public String toString() {
    return "ProfileRates{" + profile.id() + ", " + dates.year() + ", as of " + asOf + ", years "
        + history.keySet() + "}";
  }
}

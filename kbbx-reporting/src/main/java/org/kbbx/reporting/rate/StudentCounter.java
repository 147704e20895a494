package org.kbbx.reporting.rate;

import io.vavr.control.Option;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.kbbx.core.cohort.CohortPolicy;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.SchoolId;

/**
 * Counts students of one school year straight from their statuses (R-RATE-2): the fast path from
 * status to counts, with the membership of {@link StatusMembership}. It keeps counters per school
 * and per household division, never students; each school's division is looked up once.
 *
 * <pre>{@code
 * StudentCounter counter = StudentCounter.of(RateDates.of(year), CohortPolicy.NATIONAL, directory);
 * for (...) counter.add(YearStatuses.of(timeline, dates), attributes);
 * UnitCounts counts = counter.toCounts();
 * }</pre>
 *
 * <p>Mutable and not thread-safe: use one per thread or partition and merge the {@link
 * UnitCounts}.
 */
public final class StudentCounter {

  private final CountingYear year;
  private final UnitCounts.Accumulator accumulator;
  private final Map<SchoolId, SchoolRef> resolved = new HashMap<>();
  private final Function<SchoolId, SchoolRef> lookup;
  private final StatusMembership.Parts scratch = new StatusMembership.Parts();
  private SchoolId lastId;
  private SchoolRef lastRef;

  private StudentCounter(
      RateDates dates, CohortPolicy policy, Function<SchoolId, Option<DivisionCode>> schools) {
    this.year = CountingYear.of(dates, policy);
    this.accumulator = UnitCounts.accumulator(policy.gradeSystem());
    this.lookup = id -> {
      if (id == lastId || id.equals(lastId)) {
        return lastRef;
      }
      SchoolRef ref = resolved.get(id);
      if (ref == null) {
        ref = StatusMembership.resolve(schools, id);
        if (ref != null) {
          resolved.put(id, ref);
        }
      }
      if (ref != null) {
        lastId = id;
        lastRef = ref;
      }
      return ref;
    };
  }

  /**
   * Returns a new counter.
   *
   * @param dates the school year, census and count dates, not null
   * @param policy the age cohort and grade system, not null
   * @param schools the school directory: each school's division, none when unknown, not null
   * @return the counter
   */
  public static StudentCounter of(
      RateDates dates, CohortPolicy policy, Function<SchoolId, Option<DivisionCode>> schools) {
    return new StudentCounter(
        Objects.requireNonNull(dates, "dates"),
        Objects.requireNonNull(policy, "policy"),
        Objects.requireNonNull(schools, "schools"));
  }

  /**
   * Adds one student.
   *
   * @param statuses the student's statuses, not null
   * @param attributes the student's attributes, not null
   * @return none, or the unknown school (then nothing was added)
   */
  public Option<RateRejection> add(YearStatuses statuses, StudentAttributes attributes) {
    return StatusMembership.addTo(scratch, accumulator, statuses, attributes, year, lookup);
  }

  /** Returns the counts so far. */
  public UnitCounts toCounts() {
    return accumulator.toCounts();
  }
}

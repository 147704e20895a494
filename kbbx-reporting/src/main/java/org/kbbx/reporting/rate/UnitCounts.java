package org.kbbx.reporting.rate;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.division.DivisionLevel;
import org.kbbx.core.school.GradeSystem;

/**
 * The counts of a school year by school and by household division, rolled up to any division level
 * (R-RATE-2, R-RATE-4).
 *
 * <p>Enrolment-side counters of a child are kept under its school; population-side counters under
 * its household's division. A roll-up to a level adds a school's table to the division the school
 * lies in and a household's table to the household's division, so a county's dropout rate reads the
 * county's schools and its enrolment rate reads the county's resident children. Two unit counts of
 * disjoint populations merge with {@link #plus(UnitCounts)}; the result equals one pass over the
 * union. Units of different grade systems merge into one (a city or province of 6-3 and 5-4
 * counties, R-RATE-18): each table keeps its counts by the grade system of the school or household,
 * and merging never throws.
 *
 * <p>This class is immutable and thread-safe. Its {@link Accumulator} is not thread-safe.
 */
public final class UnitCounts {

  private final GradeSystem system;
  private final Map<SchoolRef, CountsTable> schools;
  private final Map<DivisionCode, CountsTable> households;

  private UnitCounts(
      GradeSystem system,
      Map<SchoolRef, CountsTable> schools,
      Map<DivisionCode, CountsTable> households) {
    this.system = system;
    this.schools = Collections.unmodifiableMap(schools);
    this.households = Collections.unmodifiableMap(households);
  }

  /**
   * Returns the counts of nobody, the identity of {@link #plus(UnitCounts)}.
   *
   * @param system the jurisdiction's grade system, for facts that name none, not null
   * @return the empty counts
   */
  public static UnitCounts empty(GradeSystem system) {
    return new UnitCounts(Objects.requireNonNull(system, "system"), Map.of(), Map.of());
  }

  /**
   * Returns a new accumulator.
   *
   * @param system the jurisdiction's grade system, for facts that name none, not null
   * @return the accumulator
   */
  public static Accumulator accumulator(GradeSystem system) {
    return new Accumulator(Objects.requireNonNull(system, "system"));
  }

  /** Returns the jurisdiction's grade system, read for facts that name none; not part of the value. */
  public GradeSystem system() {
    return system;
  }

  /** Returns each school's table (enrolment-side counters). */
  public Map<SchoolRef, CountsTable> bySchool() {
    return schools;
  }

  /** Returns each household division's table (population-side counters). */
  public Map<DivisionCode, CountsTable> byHousehold() {
    return households;
  }

  /**
   * Returns the tables rolled up to {@code level}, sorted by code, each holding the schools and the
   * households within that division.
   *
   * @param level the level to roll up to, not null
   * @return the tables by division of that level
   */
  public Map<DivisionCode, CountsTable> rollUp(DivisionLevel level) {
    Objects.requireNonNull(level, "level");
    Map<DivisionCode, CountsTable.Accumulator> sums = new TreeMap<>();
    schools.forEach((school, table) -> sums.computeIfAbsent(
            school.division().truncatedTo(level), d -> CountsTable.accumulator(system))
        .add(table));
    households.forEach((division, table) -> sums.computeIfAbsent(
            division.truncatedTo(level), d -> CountsTable.accumulator(system))
        .add(table));
    Map<DivisionCode, CountsTable> result = new TreeMap<>();
    sums.forEach((division, sum) -> result.put(division, sum.toTable()));
    return Collections.unmodifiableMap(result);
  }

  /**
   * Returns the table of one division of any level: every school and household within it, or an
   * empty table when there is none.
   *
   * @param division not null
   * @return the summed table
   */
  public CountsTable within(DivisionCode division) {
    Objects.requireNonNull(division, "division");
    CountsTable.Accumulator sum = CountsTable.accumulator(system);
    schools.forEach((school, table) -> {
      if (school.division().isWithin(division)) {
        sum.add(table);
      }
    });
    households.forEach((code, table) -> {
      if (code.isWithin(division)) {
        sum.add(table);
      }
    });
    return sum.toTable();
  }

  /** Returns the table of everyone counted. */
  public CountsTable total() {
    CountsTable.Accumulator sum = CountsTable.accumulator(system);
    schools.values().forEach(sum::add);
    households.values().forEach(sum::add);
    return sum.toTable();
  }

  /**
   * Returns the counts of the union of two disjoint populations.
   *
   * @param other counts of any grade systems, not null
   * @return the merged counts
   */
  public UnitCounts plus(UnitCounts other) {
    Objects.requireNonNull(other, "other");
    Accumulator sum = new Accumulator(system);
    sum.add(this);
    sum.add(other);
    return sum.toCounts();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UnitCounts that
        && that.schools.equals(schools)
        && that.households.equals(households);
  }

  @Override
  public int hashCode() {
    return Objects.hash(schools, households);
  }

  @Override
  public String toString() {
    return "UnitCounts{" + schools.size() + " schools, " + households.size()
        + " household divisions}";
  }

  /** A mutable accumulator of children into per-school and per-household tables; not thread-safe. */
  public static final class Accumulator {
    private final GradeSystem system;
    private final Map<SchoolRef, CountsTable.Accumulator> schools = new HashMap<>();
    private final DivisionSums households;
    private SchoolRef lastSchool;
    private CountsTable.Accumulator lastSchoolSum;

    Accumulator(GradeSystem system) {
      this.system = system;
      this.households = new DivisionSums(system);
    }

    /**
     * Adds one child's facts.
     *
     * @param student not null
     * @return this accumulator
     */
    public Accumulator add(StudentYear student) {
      Objects.requireNonNull(student, "student");
      return add(
          student.school().orElse(null),
          student.household().orElse(null),
          student.contribution(system));
    }

    /**
     * Adds a contribution: its enrolment-side counters under {@code school}, its population-side
     * counters under {@code household}.
     *
     * @param school the school, or null when the child has no school record
     * @param household the household division, or null when not on the population list
     * @param contribution not null
     * @return this accumulator
     */
    public Accumulator add(SchoolRef school, DivisionCode household, Contribution contribution) {
      Objects.requireNonNull(contribution, "contribution");
      return add(school, household, contribution.packed());
    }

    Accumulator add(SchoolRef school, DivisionCode household, long contribution) {
      if (school != null) {
        if (school != lastSchool && !school.equals(lastSchool)) {
          lastSchool = school;
          CountsTable.Accumulator sum = schools.get(school);
          if (sum == null) {
            sum = CountsTable.accumulator(system);
            schools.put(school, sum);
          }
          lastSchoolSum = sum;
        }
        lastSchoolSum.add(contribution, Counter.ENROLMENT_MASK);
      }
      if (household != null) {
        households.of(household).add(contribution, Counter.POPULATION_MASK);
      }
      return this;
    }

    /** Returns the accumulator of {@code school}, created empty on first use. */
    CountsTable.Accumulator schoolSum(SchoolRef school) {
      return schools.computeIfAbsent(school, s -> CountsTable.accumulator(system));
    }

    /** Returns the accumulator of {@code household}, created empty on first use. */
    CountsTable.Accumulator householdSum(DivisionCode household) {
      return households.of(household);
    }

    void addCount(SchoolRef school, int row, int sexIndex, Counter counter, long count) {
      schools
          .computeIfAbsent(school, s -> CountsTable.accumulator(system))
          .addCount(row, sexIndex, counter, count);
    }

    /**
     * Adds counts computed elsewhere (another partition, another thread).
     *
     * @param counts counts of any grade systems, not null
     * @return this accumulator
     */
    public Accumulator add(UnitCounts counts) {
      Objects.requireNonNull(counts, "counts");
      counts.schools.forEach((s, t) ->
          schools.computeIfAbsent(s, x -> CountsTable.accumulator(system)).add(t));
      counts.households.forEach((h, t) -> households.of(h).add(t));
      return this;
    }

    /** Returns an immutable snapshot. */
    public UnitCounts toCounts() {
      Map<SchoolRef, CountsTable> s = new HashMap<>();
      schools.forEach((k, v) -> s.put(k, v.toTable()));
      Map<DivisionCode, CountsTable> h = new HashMap<>();
      households.forEach((k, v) -> h.put(k, v.toTable()));
      return new UnitCounts(system, s, h);
    }
  }
}

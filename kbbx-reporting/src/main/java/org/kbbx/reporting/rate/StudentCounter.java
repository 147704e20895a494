package org.kbbx.reporting.rate;

import io.vavr.control.Option;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.kbbx.core.cohort.CohortPolicy;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.person.Sex;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.reporting.internal.UnitCells;

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
 * <p>A vendor whose statuses sit in database columns fills a {@link StatusColumns} and counts it
 * with {@link #addAll(StatusColumns)}: the same classification, no object per student.
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
  private final ObjectYearReader reader = new ObjectYearReader();
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
    return StatusMembership.addTo(
        scratch, reader.at(statuses, attributes), accumulator, year, lookup);
  }

  /**
   * Adds every student of the columns: the same counts as {@link #add} of each student's {@link
   * YearStatuses} (four statuses) and {@link StudentAttributes}, with no object and no lookup per
   * student — each school's and household's counts are found by index (R-RATE-2).
   *
   * <p>Every school listed in the columns must be in the directory: when one is not, nothing is
   * added and the first such school is returned (a directory that misses a school is a setup
   * error, not a student's).
   *
   * @param columns not null
   * @return none, or the unknown school (then nothing was added)
   */
  public Option<RateRejection> addAll(StatusColumns columns) {
    Objects.requireNonNull(columns, "columns");
    SchoolRef[] refs = new SchoolRef[columns.schools.length];
    for (int k = 0; k < refs.length; k++) {
      refs[k] = lookup.apply(columns.schools[k]);
      if (refs[k] == null) {
        return Option.some(new RateRejection.UnknownSchool(columns.schools[k]));
      }
    }
    CountsTable.Accumulator[] schoolSums = new CountsTable.Accumulator[refs.length];
    CountsTable.Accumulator[] householdSums =
        new CountsTable.Accumulator[columns.households.length];
    UnitCells enrolment =
        new UnitCells(refs.length, SYSTEMS.length, CountsTable.ROWS, SEXES, ENROLMENT_SIDE);
    UnitCells population = new UnitCells(
        columns.households.length, SYSTEMS.length, CountsTable.ROWS, SEXES, POPULATION_SIDE);
    ColumnYearReader r = new ColumnYearReader(columns);
    GradeSystem def = year.policy.gradeSystem();
    byte[] sexes = columns.sex;
    int[] households = columns.household;
    int[] groups = columns.groups;
    for (int i = 0; i < columns.students; i++) {
      r.at(i);
      StatusMembership.Parts p = StatusMembership.classify(scratch.clear(), r, year);
      int sex = sexes[i];
      int groupMask = groups == null ? 0 : groups[i];
      int household = p.resident ? households[i] : StatusColumns.NO_INDEX;
      for (int k = 0; k < p.places; k++) {
        long c = p.contribution(k, k == 0, sex, groupMask, def);
        int s = r.school(p.slots[k]);
        if (groupMask != 0) {
          schoolSum(schoolSums, refs, s).add(c, Counter.ENROLMENT_MASK);
          if (k == 0 && household >= 0) {
            householdSum(householdSums, columns, household).add(c, Counter.POPULATION_MASK);
          }
          continue;
        }
        addEnrolment(enrolment, s, c);
        if (k == 0 && household >= 0) {
          addPopulation(population, household, c);
        }
      }
      if (p.places == 0 && household >= 0) {
        long c = p.contribution(-1, true, sex, groupMask, def);
        if (groupMask != 0) {
          householdSum(householdSums, columns, household).add(c, Counter.POPULATION_MASK);
        } else {
          addPopulation(population, household, c);
        }
      }
    }
    for (int s = 0; s < refs.length; s++) {
      if (enrolment.touched(s)) {
        fold(enrolment, s, schoolSum(schoolSums, refs, s), 0);
      }
    }
    for (int h = 0; h < columns.households.length; h++) {
      if (population.touched(h)) {
        fold(population, h, householdSum(householdSums, columns, h), ENROLMENT_SIDE);
      }
    }
    return Option.none();
  }

  private static final GradeSystem[] SYSTEMS = GradeSystem.values();
  private static final int SEXES = Sex.values().length;
  private static final int ENROLMENT_SIDE = Integer.bitCount(Counter.ENROLMENT_MASK);
  private static final int POPULATION_SIDE = Counter.COUNT - ENROLMENT_SIDE;

  /** A contribution's enrolment-side counters, as {@link CountsTable.Accumulator} adds them. */
  private static void addEnrolment(UnitCells cells, int school, long c) {
    int mask = Contribution.counterMask(c) & Counter.ENROLMENT_MASK;
    if (mask == 0) {
      cells.touch(school);
    } else {
      cells.add(
          school,
          Contribution.enrolmentSystem(c),
          Contribution.enrolmentRow(c),
          Contribution.sexIndex(c),
          mask);
    }
  }

  /** A contribution's population-side counters, as {@link CountsTable.Accumulator} adds them. */
  private static void addPopulation(UnitCells cells, int household, long c) {
    int mask = Contribution.counterMask(c) & Counter.POPULATION_MASK;
    if (mask == 0) {
      cells.touch(household);
    } else {
      cells.add(
          household,
          Contribution.populationSystem(c),
          Contribution.populationRow(c),
          Contribution.sexIndex(c),
          mask >>> ENROLMENT_SIDE);
    }
  }

  /** Adds one unit's int cells to its table; counter k of the cells is counter first + k. */
  private static void fold(UnitCells cells, int unit, CountsTable.Accumulator sum, int first) {
    for (int s = 0; s < cells.systems(); s++) {
      for (int row = 0; row < cells.rows(); row++) {
        for (int sex = 0; sex < cells.sexes(); sex++) {
          for (int k = 0; k < cells.counters(); k++) {
            int count = cells.get(unit, s, row, sex, k);
            if (count != 0) {
              sum.addCount(SYSTEMS[s], row, sex, Counter.at(first + k), count);
            }
          }
        }
      }
    }
  }

  private CountsTable.Accumulator schoolSum(
      CountsTable.Accumulator[] sums, SchoolRef[] refs, int school) {
    CountsTable.Accumulator sum = sums[school];
    if (sum == null) {
      sum = accumulator.schoolSum(refs[school]);
      sums[school] = sum;
    }
    return sum;
  }

  private CountsTable.Accumulator householdSum(
      CountsTable.Accumulator[] sums, StatusColumns columns, int household) {
    CountsTable.Accumulator sum = sums[household];
    if (sum == null) {
      sum = accumulator.householdSum(columns.households[household]);
      sums[household] = sum;
    }
    return sum;
  }

  /** Returns the counts so far. */
  public UnitCounts toCounts() {
    return accumulator.toCounts();
  }
}

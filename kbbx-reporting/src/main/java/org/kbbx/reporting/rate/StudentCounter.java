package org.kbbx.reporting.rate;

import io.vavr.control.Option;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.kbbx.core.cohort.CohortPolicy;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.school.GradeSystem;

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
    int[][] schoolCounts = new int[refs.length][];
    int[][] householdCounts = new int[columns.households.length][];
    ClassificationKeys keys =
        ClassificationKeys.FITS ? new ClassificationKeys(columns, year) : null;
    ClassificationMemo memo = new ClassificationMemo(year);
    ColumnYearReader r = new ColumnYearReader(columns);
    byte[] sexes = columns.sex;
    int[] households = columns.household;
    int[] groups = columns.groups;
    int[][] schoolOf = columns.school;
    long[] block = new long[keys == null ? 0 : Math.min(KEY_BLOCK, columns.students)];
    for (int from = 0; from < columns.students; from += KEY_BLOCK) {
      int to = Math.min(from + KEY_BLOCK, columns.students);
      if (keys != null) {
        keys.of(from, to, block);
      }
      for (int i = from; i < to; i++) {
        int groupMask = groups == null ? 0 : groups[i];
        int signature = keys == null || groupMask != 0
            ? ClassificationMemo.DIRECT
            : memo.signature(block[i - from]);
        if (signature == ClassificationMemo.DIRECT) {
          addDirect(r, i, groupMask, columns, refs, schoolSums, householdSums);
          continue;
        }
        int sex = sexes[i];
        int places = memo.places(signature);
        int enrolmentVariants = memo.enrolmentVariants.size();
        for (int k = 0; k < places; k++) {
          ClassificationMemo.count(
              schoolCounts,
              schoolOf[memo.slot(signature, k)][i],
              memo.enrolmentVariant(signature, sex, k),
              enrolmentVariants);
        }
        int population = memo.populationVariant(signature, sex);
        if (population >= 0) {
          ClassificationMemo.count(
              householdCounts, households[i], population, memo.populationVariants.size());
        }
      }
    }
    for (int s = 0; s < refs.length; s++) {
      if (schoolCounts[s] != null) {
        memo.enrolmentVariants.fold(schoolCounts[s], schoolSum(schoolSums, refs, s));
      }
    }
    for (int h = 0; h < householdCounts.length; h++) {
      if (householdCounts[h] != null) {
        memo.populationVariants.fold(householdCounts[h], householdSum(householdSums, columns, h));
      }
    }
    return Option.none();
  }

  /** Students whose keys are computed in one go. */
  private static final int KEY_BLOCK = 1024;

  /**
   * Classifies and adds one student of the columns on its own, straight into the tables: a student
   * in a priority group, or one whose key the memo cannot answer.
   */
  private void addDirect(
      ColumnYearReader r,
      int i,
      int groupMask,
      StatusColumns columns,
      SchoolRef[] refs,
      CountsTable.Accumulator[] schoolSums,
      CountsTable.Accumulator[] householdSums) {
    r.at(i);
    StatusMembership.Parts p = StatusMembership.classify(scratch.clear(), r, year);
    GradeSystem def = year.policy.gradeSystem();
    int sex = columns.sex[i];
    int household = p.resident ? columns.household[i] : StatusColumns.NO_INDEX;
    for (int k = 0; k < p.places; k++) {
      long c = p.contribution(k, k == 0, sex, groupMask, def);
      schoolSum(schoolSums, refs, r.school(p.slots[k])).add(c, Counter.ENROLMENT_MASK);
      if (k == 0 && household >= 0) {
        householdSum(householdSums, columns, household).add(c, Counter.POPULATION_MASK);
      }
    }
    if (p.places == 0 && household >= 0) {
      long c = p.contribution(-1, true, sex, groupMask, def);
      householdSum(householdSums, columns, household).add(c, Counter.POPULATION_MASK);
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

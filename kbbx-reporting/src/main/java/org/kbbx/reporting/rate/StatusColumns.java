package org.kbbx.reporting.rate;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.person.Sex;
import org.kbbx.core.school.Grade;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.core.status.RecordState;
import org.kbbx.core.status.SchoolingState;
import org.kbbx.core.validation.Violation;

/**
 * The statuses and attributes of many students of one school year as primitive columns, the
 * input a vendor with a database fills from its own columns and {@link
 * StudentCounter#addAll(StatusColumns)} counts with no object per student (R-RATE-2). The same
 * facts as one {@link YearStatuses} built from four statuses and one {@link StudentAttributes} per
 * student, counted by the same classification ({@link StatusMembership}), so the counts are equal.
 *
 * <p>Per student and per date (previous census, census, count date, next census): the schooling
 * and record states, the record school as an index into the schools listed with {@link
 * Builder#school} (or {@link #NO_INDEX} exactly when the record state is {@code NONE}), the grade
 * 1–9 (0 exactly when the record state is {@code NONE}) and the day the state began ({@link
 * java.time.LocalDate#toEpochDay}, or {@link #NO_DAY}). Per student: the sex, the birth day
 * ({@link #NO_DAY} when unknown) and the household division as an index into the divisions listed
 * with {@link Builder#household} ({@link #NO_INDEX} when not on the population list), and the
 * priority groups as one flag column per group. A status's grade system is its school's, given
 * with the school (the jurisdiction's when none is given). Completion and intake are read from the
 * statuses, as for {@link YearStatuses#YearStatuses(org.kbbx.core.status.Status,
 * org.kbbx.core.status.Status, org.kbbx.core.status.Status, org.kbbx.core.status.Status)}; a late
 * entrant is intake only when read from a timeline.
 *
 * <pre>{@code
 * Validation<Seq<Violation>, StatusColumns> columns = StatusColumns.builder()
 *     .school(SchoolId.of("5205271000001")).household(DivisionCode.of(520527100201L))
 *     .previousCensus(states, records, schools, grades, sinceDays)
 *     .census(...).countDay(...).nextCensus(...)
 *     .students(sexes, birthDays, households)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe (its columns are copies, never handed out).
 */
public final class StatusColumns {

  /** A day not known: a state's start or a birth date. */
  public static final int NO_DAY = Integer.MIN_VALUE;

  /** No school (no record) or no household division (not on the population list). */
  public static final int NO_INDEX = -1;

  private static final String[] DATES = {"previousCensus", "census", "countDay", "nextCensus"};

  final int students;
  final SchoolId[] schools;
  /** Per school: its grade system, or null for the jurisdiction's. */
  final GradeSystem[] schoolSystems;

  final DivisionCode[] households;
  /** By date (the slots of {@link YearStatusReader}), then student. */
  final byte[][] schooling;

  final byte[][] record;
  final int[][] school;
  final byte[][] grade;
  final int[][] since;
  final byte[] sex;
  final int[] birth;
  final int[] household;
  /** Priority groups as a bit mask by ordinal, or null when no student is in any. */
  final int[] groups;

  private StatusColumns(
      Builder b, byte[][] schooling, byte[][] record, byte[][] grade, int[] groups) {
    this.students = b.sex.length;
    this.schools = b.schools.toArray(new SchoolId[0]);
    this.schoolSystems = b.systems.toArray(new GradeSystem[0]);
    this.households = b.divisions.toArray(new DivisionCode[0]);
    this.schooling = schooling;
    this.record = record;
    this.grade = grade;
    this.school = new int[4][];
    this.since = new int[4][];
    for (int d = 0; d < 4; d++) {
      school[d] = b.school[d].clone();
      since[d] = b.since[d].clone();
    }
    byte[] sexes = new byte[students];
    for (int i = 0; i < students; i++) {
      sexes[i] = (byte) b.sex[i].ordinal();
    }
    this.sex = sexes;
    this.birth = b.birth.clone();
    this.household = b.household.clone();
    this.groups = groups;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the number of students. */
  public int students() {
    return students;
  }

  /** Returns the number of schools listed. */
  public int schools() {
    return schools.length;
  }

  /** Returns the number of household divisions listed. */
  public int households() {
    return households.length;
  }

  @Override
  public String toString() {
    return "StatusColumns{" + students + " students, " + schools.length + " schools, "
        + households.length + " household divisions}";
  }

  /**
   * Collects the columns; {@link #build} checks them. The arrays are copied by {@link #build}, so
   * the caller may reuse them afterwards. Mutable and not thread-safe.
   */
  public static final class Builder {
    private final List<SchoolId> schools = new ArrayList<>();
    private final List<GradeSystem> systems = new ArrayList<>();
    private final List<DivisionCode> divisions = new ArrayList<>();
    private final SchoolingState[][] states = new SchoolingState[4][];
    private final RecordState[][] records = new RecordState[4][];
    private final int[][] school = new int[4][];
    private final int[][] grades = new int[4][];
    private final int[][] since = new int[4][];
    private final Map<PriorityGroup, boolean[]> groups = new EnumMap<>(PriorityGroup.class);
    private Sex[] sex;
    private int[] birth;
    private int[] household;

    private Builder() {}

    /**
     * Lists the next school (index 0, 1, …) of the jurisdiction's grade system.
     *
     * @param id not null
     * @return this builder
     */
    public Builder school(SchoolId id) {
      schools.add(Objects.requireNonNull(id, "id"));
      systems.add(null);
      return this;
    }

    /**
     * Lists the next school (index 0, 1, …) with its grade system (R-RATE-18).
     *
     * @param id not null
     * @param system the school's grade system, not null
     * @return this builder
     */
    public Builder school(SchoolId id, GradeSystem system) {
      schools.add(Objects.requireNonNull(id, "id"));
      systems.add(Objects.requireNonNull(system, "system"));
      return this;
    }

    /**
     * Lists the next household division (index 0, 1, …).
     *
     * @param division not null
     * @return this builder
     */
    public Builder household(DivisionCode division) {
      divisions.add(Objects.requireNonNull(division, "division"));
      return this;
    }

    /**
     * Sets the statuses on the previous year's census date.
     *
     * @param schooling each student's schooling state
     * @param record each student's record state
     * @param school each student's record school index, {@link #NO_INDEX} without a record
     * @param grade each student's grade 1–9, 0 without a record
     * @param sinceDay the epoch day each state began, or {@link #NO_DAY}
     * @return this builder
     */
    public Builder previousCensus(
        SchoolingState[] schooling,
        RecordState[] record,
        int[] school,
        int[] grade,
        int[] sinceDay) {
      return date(YearStatusReader.PREVIOUS, schooling, record, school, grade, sinceDay);
    }

    /**
     * Sets the statuses on the census date; the parameters as for {@link #previousCensus}.
     *
     * @param schooling each student's schooling state
     * @param record each student's record state
     * @param school each student's record school index, {@link #NO_INDEX} without a record
     * @param grade each student's grade 1–9, 0 without a record
     * @param sinceDay the epoch day each state began, or {@link #NO_DAY}
     * @return this builder
     */
    public Builder census(
        SchoolingState[] schooling,
        RecordState[] record,
        int[] school,
        int[] grade,
        int[] sinceDay) {
      return date(YearStatusReader.CENSUS, schooling, record, school, grade, sinceDay);
    }

    /**
     * Sets the statuses on the count date; the parameters as for {@link #previousCensus}.
     *
     * @param schooling each student's schooling state
     * @param record each student's record state
     * @param school each student's record school index, {@link #NO_INDEX} without a record
     * @param grade each student's grade 1–9, 0 without a record
     * @param sinceDay the epoch day each state began, or {@link #NO_DAY}
     * @return this builder
     */
    public Builder countDay(
        SchoolingState[] schooling,
        RecordState[] record,
        int[] school,
        int[] grade,
        int[] sinceDay) {
      return date(YearStatusReader.COUNT, schooling, record, school, grade, sinceDay);
    }

    /**
     * Sets the statuses on the next year's census date; the parameters as for {@link
     * #previousCensus}.
     *
     * @param schooling each student's schooling state
     * @param record each student's record state
     * @param school each student's record school index, {@link #NO_INDEX} without a record
     * @param grade each student's grade 1–9, 0 without a record
     * @param sinceDay the epoch day each state began, or {@link #NO_DAY}
     * @return this builder
     */
    public Builder nextCensus(
        SchoolingState[] schooling,
        RecordState[] record,
        int[] school,
        int[] grade,
        int[] sinceDay) {
      return date(YearStatusReader.NEXT, schooling, record, school, grade, sinceDay);
    }

    private Builder date(
        int d,
        SchoolingState[] schooling,
        RecordState[] record,
        int[] school,
        int[] grade,
        int[] sinceDay) {
      states[d] = Objects.requireNonNull(schooling, "schooling");
      records[d] = Objects.requireNonNull(record, "record");
      this.school[d] = Objects.requireNonNull(school, "school");
      grades[d] = Objects.requireNonNull(grade, "grade");
      since[d] = Objects.requireNonNull(sinceDay, "sinceDay");
      return this;
    }

    /**
     * Sets the students' attributes; their number is the number of students.
     *
     * @param sex each student's sex
     * @param birthDay each student's birth date as an epoch day, or {@link #NO_DAY}
     * @param household each student's household division index, or {@link #NO_INDEX}
     * @return this builder
     */
    public Builder students(Sex[] sex, int[] birthDay, int[] household) {
      this.sex = Objects.requireNonNull(sex, "sex");
      this.birth = Objects.requireNonNull(birthDay, "birthDay");
      this.household = Objects.requireNonNull(household, "household");
      return this;
    }

    /**
     * Sets which students are in a priority group (students of no group need no call).
     *
     * @param group not null
     * @param members true for each student in the group
     * @return this builder
     */
    public Builder group(PriorityGroup group, boolean[] members) {
      groups.put(
          Objects.requireNonNull(group, "group"), Objects.requireNonNull(members, "members"));
      return this;
    }

    /**
     * Checks the columns and returns them, or every problem found with where it is (a column and
     * a student index, never an identifier): a missing or short column, a missing state, a school
     * or household index out of range, a school or grade given without a record or missing with
     * one.
     *
     * @return the columns, or the violations
     */
    public Validation<Seq<Violation>, StatusColumns> build() {
      List<Violation> problems = new ArrayList<>();
      if (sex == null) {
        problems.add(Violation.at("students", "missing: call students(sex, birthDay, household)"));
        return Validation.invalid(Vector.ofAll(problems));
      }
      int n = sex.length;
      length(problems, "students.birthDay", birth.length, n);
      length(problems, "students.household", household.length, n);
      for (int d = 0; d < 4; d++) {
        if (states[d] == null) {
          problems.add(Violation.at(DATES[d], "missing: call " + DATES[d] + "(…)"));
          continue;
        }
        length(problems, DATES[d] + ".schooling", states[d].length, n);
        length(problems, DATES[d] + ".record", records[d].length, n);
        length(problems, DATES[d] + ".school", school[d].length, n);
        length(problems, DATES[d] + ".grade", grades[d].length, n);
        length(problems, DATES[d] + ".sinceDay", since[d].length, n);
      }
      groups.forEach((g, members) -> length(problems, "group " + g.name(), members.length, n));
      if (!problems.isEmpty()) {
        return Validation.invalid(Vector.ofAll(problems));
      }
      byte[][] schooling = new byte[4][n];
      byte[][] record = new byte[4][n];
      byte[][] grade = new byte[4][n];
      for (int d = 0; d < 4; d++) {
        checkDate(problems, d, schooling[d], record[d], grade[d]);
      }
      for (int i = 0; i < n; i++) {
        if (sex[i] == null) {
          problems.add(Violation.at("students.sex[" + i + "]", "missing"));
        }
        int h = household[i];
        if (h != NO_INDEX && (h < 0 || h >= divisions.size())) {
          problems.add(Violation.at(
              "students.household[" + i + "]",
              "Invalid household index (valid values -1 - " + (divisions.size() - 1) + "): " + h));
        }
      }
      if (!problems.isEmpty()) {
        return Validation.invalid(Vector.ofAll(problems));
      }
      int[] mask = null;
      for (Map.Entry<PriorityGroup, boolean[]> e : groups.entrySet()) {
        boolean[] members = e.getValue();
        for (int i = 0; i < n; i++) {
          if (members[i]) {
            mask = mask == null ? new int[n] : mask;
            mask[i] |= 1 << e.getKey().ordinal();
          }
        }
      }
      return Validation.valid(new StatusColumns(this, schooling, record, grade, mask));
    }

    private void checkDate(
        List<Violation> problems, int d, byte[] schooling, byte[] record, byte[] grade) {
      int schoolCount = schools.size();
      for (int i = 0; i < schooling.length; i++) {
        SchoolingState state = states[d][i];
        RecordState rec = records[d][i];
        if (state == null || rec == null) {
          problems.add(Violation.at(at(d, i), "missing schooling or record state"));
          continue;
        }
        schooling[i] = (byte) state.ordinal();
        record[i] = (byte) rec.ordinal();
        int s = school[d][i];
        int g = grades[d][i];
        if (rec == RecordState.NONE) {
          if (s != NO_INDEX || g != 0) {
            problems.add(Violation.at(
                at(d, i),
                "a school and grade exactly when there is a record: record NONE, school index " + s
                    + ", grade " + g));
          }
          continue;
        }
        if (s < 0 || s >= schoolCount) {
          problems.add(Violation.at(
              at(d, i) + ".school",
              "Invalid school index (valid values 0 - " + (schoolCount - 1) + "): " + s));
        }
        if (!Grade.isValid(g)) {
          problems.add(Violation.at(
              at(d, i) + ".grade",
              "Invalid value for Grade (valid values " + Grade.FIRST + " - " + Grade.LAST + "): "
                  + g));
        }
        grade[i] = (byte) g;
      }
    }

    /** The path of one student's status at one date, built only for a problem. */
    private static String at(int d, int i) {
      return DATES[d] + "[" + i + "]";
    }

    private static void length(List<Violation> problems, String column, int length, int students) {
      if (length != students) {
        problems.add(Violation.at(
            column, "Invalid length (expected " + students + ", one per student): " + length));
      }
    }
  }
}

package org.kbbx.reporting.rate;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.kbbx.core.cohort.CohortPolicy;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.school.Grade;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.core.school.SchoolLevel;
import org.kbbx.core.status.RecordState;
import org.kbbx.core.status.SchoolingState;
import org.kbbx.core.status.Status;

/**
 * Which record and schooling states count where: the membership table of every rate (R-RATE-14),
 * and the step from a student's statuses to its counts (R-RATE-2).
 *
 * <table>
 * <caption>Membership by schooling state (record state in brackets where it matters)</caption>
 * <tr><th>state on the census date</th><th>{@code ENROLLED} (dropout, GER denominators)</th>
 *     <th>{@code POPULATION}</th><th>{@code POPULATION_ENROLLED} (enrolment numerators)</th></tr>
 * <tr><td>NOT_ENROLLED [NONE]</td><td>no</td><td>yes</td><td>no (out of school)</td></tr>
 * <tr><td>DEFERRED [NONE]</td><td>no</td><td>yes ({@code POPULATION_DEFERRED}; leaves the
 *     denominator when the profile flag says so)</td><td>no</td></tr>
 * <tr><td>ATTENDING [ACTIVE, TRANSFER_PENDING]</td><td>yes</td><td>yes</td><td>yes</td></tr>
 * <tr><td>ON_LEAVE [ACTIVE]</td><td>yes</td><td>yes</td><td>yes</td></tr>
 * <tr><td>SUSPECTED_DROPOUT [ACTIVE]</td><td>yes</td><td>yes</td><td>yes</td></tr>
 * <tr><td>DROPPED_OUT [ACTIVE]</td><td>no</td><td>yes</td><td>no</td></tr>
 * <tr><td>SUSPENDED [ACTIVE]</td><td>no (not until resumed)</td><td>yes</td><td>no</td></tr>
 * <tr><td>HOME_EDUCATION [ACTIVE]</td><td>yes</td><td>yes</td><td>yes</td></tr>
 * <tr><td>STUDYING_ELSEWHERE [ACTIVE]</td><td>no (not attending here)</td><td>yes</td>
 *     <td>yes (enrolled elsewhere, with evidence)</td></tr>
 * <tr><td>BORROWED [ACTIVE]</td><td>yes, at the record school</td><td>yes</td><td>yes</td></tr>
 * <tr><td>SPECIAL_SCHOOL [ACTIVE]</td><td>yes</td><td>yes</td><td>yes</td></tr>
 * <tr><td>COMPLETED [CLOSED]</td><td>no</td><td>yes ({@code POPULATION_COMPLETED})</td>
 *     <td>no (counted through {@code POPULATION_COMPLETED})</td></tr>
 * <tr><td>ABROAD [ACTIVE]</td><td>no</td><td>yes</td><td>no</td></tr>
 * <tr><td>MISSING [ACTIVE]</td><td>no</td><td>yes</td><td>no</td></tr>
 * <tr><td>DECEASED [CLOSED, NONE]</td><td>no</td><td>no</td><td>no</td></tr>
 * <tr><td>AGED_OUT [CLOSED, NONE]</td><td>no</td><td>yes if still of compulsory age</td>
 *     <td>no</td></tr>
 * </table>
 *
 * <p>Other counters: {@code DROPPED_OUT} — the state on the count date is DROPPED_OUT and began
 * on or after the first day of the year (a dropout is counted in the year it began, never again;
 * suspension, death and transfer are never dropouts). {@code REPEATERS} — {@code ENROLLED} now and
 * a year before, in the same grade. {@code COMPLETERS} (R-RATE-17) — grade 9: COMPLETED during the
 * year, at the school that closed the record; last primary grade: the year's 小升初 or promotion
 * out of it ({@link YearStatuses}), at the school he left, whatever his status on the census date.
 * {@code INTAKE} (R-RATE-16) — the year's first entry into grade 1 or the first junior grade, at
 * the school entered, late entrants included, repeaters excluded. {@code TRANSFERS_OUT}/{@code _IN}
 * — the record school on the count date (or, when he finished primary before it, the school he
 * finished at) differs from the one on the census date; 小升初 is never a transfer (R-SM-9).
 * {@code POPULATION} needs a household division, a birth date and compulsory age (R-AGE-2).
 *
 * <p>Enrolment-side counts go to the record school (学籍所在校), in the row of the grade read with
 * the grade system of that school (R-RATE-18). A student whose record school changed during the
 * year counts in several places: census facts at the old school, count-date facts (dropout,
 * transfer in) at the new, completion where he finished, intake where he entered.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StatusMembership {

  /** States counted as {@code ENROLLED} on the census date (with an open record). */
  static final Set<SchoolingState> ENROLLED_STATES = Collections.unmodifiableSet(EnumSet.of(
      SchoolingState.ATTENDING,
      SchoolingState.ON_LEAVE,
      SchoolingState.SUSPECTED_DROPOUT,
      SchoolingState.HOME_EDUCATION,
      SchoolingState.BORROWED,
      SchoolingState.SPECIAL_SCHOOL));

  /** States counted as enrolled in population-based rates. */
  static final Set<SchoolingState> POPULATION_ENROLLED_STATES;

  static {
    Set<SchoolingState> states = EnumSet.copyOf(ENROLLED_STATES);
    states.add(SchoolingState.STUDYING_ELSEWHERE);
    POPULATION_ENROLLED_STATES = Collections.unmodifiableSet(states);
  }

  /** {@link #ENROLLED_STATES} as bits by ordinal, so a membership test is a shift. */
  private static final int ENROLLED_BITS = bits(ENROLLED_STATES);

  /** {@link #POPULATION_ENROLLED_STATES} as bits by ordinal. */
  private static final int POPULATION_ENROLLED_BITS = bits(POPULATION_ENROLLED_STATES);

  private static int bits(Set<SchoolingState> states) {
    int bits = 0;
    for (SchoolingState s : states) {
      bits |= 1 << s.ordinal();
    }
    return bits;
  }

  private StatusMembership() {}

  /**
   * Returns whether a census-date status counts in {@code ENROLLED}, the dropout denominator.
   *
   * @param census not null
   * @return true for the enrolled states with an open record
   */
  public static boolean isEnrolled(Status census) {
    return isOpen(census.record()) && in(ENROLLED_BITS, census.schooling());
  }

  /**
   * Returns whether a census-date status counts as enrolled for population-based rates.
   *
   * @param census not null
   * @return true for the enrolled states and studying elsewhere
   */
  public static boolean isEnrolledForPopulation(Status census) {
    return isOpen(census.record()) && in(POPULATION_ENROLLED_BITS, census.schooling());
  }

  /**
   * Returns whether the count-date status is a dropout of the year: DROPPED_OUT since a day in
   * {@code [first day of the year, count date]}.
   *
   * @param countDay the status on the count date, not null
   * @param dates not null
   * @return true if counted in {@code DROPPED_OUT}
   */
  public static boolean isDropoutOfYear(Status countDay, RateDates dates) {
    return countDay.schooling() == SchoolingState.DROPPED_OUT
        && beganIn(countDay, dates.year().start(), dates.countDate());
  }

  private static boolean in(int bits, SchoolingState state) {
    return (bits >>> state.ordinal() & 1) != 0;
  }

  private static boolean beganIn(Status status, LocalDate first, LocalDate last) {
    Optional<LocalDate> since = status.since();
    return since.isPresent() && !since.get().isBefore(first) && !since.get().isAfter(last);
  }

  private static boolean isOpen(RecordState record) {
    return record == RecordState.ACTIVE || record == RecordState.TRANSFER_PENDING;
  }

  /**
   * Returns the student-years one student adds: one per school the year's facts place him at
   * (census, count date, completion, intake), or one without a school for a resident child with
   * no record, or none when the student counts nowhere.
   *
   * @param statuses the student's statuses, not null
   * @param attributes sex, groups, birth date, household, not null
   * @param dates census and count dates, not null
   * @param policy the age cohort and the jurisdiction's grade system, not null
   * @param schools the school directory: each school's division, not null
   * @return the student-years, or the unknown school
   */
  public static Either<RateRejection, List<StudentYear>> studentYears(
      YearStatuses statuses,
      StudentAttributes attributes,
      RateDates dates,
      CohortPolicy policy,
      Function<SchoolId, Option<DivisionCode>> schools) {
    Objects.requireNonNull(dates, "dates");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(schools, "schools");
    Parts p = classify(new Parts(), statuses, attributes, CountingYear.of(dates, policy));
    List<StudentYear> years = new ArrayList<>();
    Option<RateRejection> unknown = p.resolve(id -> resolve(schools, id));
    if (unknown.isDefined()) {
      return Either.left(unknown.get());
    }
    for (int i = 0; i < p.places; i++) {
      years.add(p.builder(attributes, dates, policy.gradeSystem(), i, i == 0).build());
    }
    if (p.places == 0 && p.resident) {
      years.add(p.builder(attributes, dates, policy.gradeSystem(), -1, true).build());
    }
    return Either.right(Collections.unmodifiableList(years));
  }

  static SchoolRef resolve(Function<SchoolId, Option<DivisionCode>> schools, SchoolId id) {
    Option<DivisionCode> division = schools.apply(id);
    return division == null || division.isEmpty() ? null : new SchoolRef(id, division.get());
  }

  /** Adds one student's counts; the fast path behind {@link StudentCounter}. */
  static Option<RateRejection> addTo(
      Parts scratch,
      UnitCounts.Accumulator accumulator,
      YearStatuses statuses,
      StudentAttributes attributes,
      CountingYear year,
      Function<SchoolId, SchoolRef> schools) {
    Parts p = classify(scratch.clear(), statuses, attributes, year);
    Option<RateRejection> unknown = p.resolve(schools);
    if (unknown.isDefined()) {
      return unknown;
    }
    DivisionCode household = p.resident ? attributes.household().get() : null;
    int sex = attributes.sex().ordinal();
    int groups = attributes.groupMask();
    GradeSystem def = year.policy.gradeSystem();
    for (int i = 0; i < p.places; i++) {
      accumulator.add(
          p.refs[i], i == 0 ? household : null, p.contribution(i, i == 0, sex, groups, def));
    }
    if (p.places == 0 && p.resident) {
      accumulator.add(null, household, p.contribution(-1, true, sex, groups, def));
    }
    return Option.none();
  }

  /**
   * The one classification of a student (the membership table above), shared by both paths. Each
   * status field is read once, and the count-date status only as far as it differs from the
   * census (the same object on both dates means nothing happened in between, the common case).
   */
  private static Parts classify(
      Parts p, YearStatuses statuses, StudentAttributes attributes, CountingYear year) {
    Objects.requireNonNull(statuses, "statuses");
    Objects.requireNonNull(attributes, "attributes");
    GradeSystem def = year.policy.gradeSystem();
    Status census = statuses.census();
    SchoolingState state = census.schooling();
    boolean open = isOpen(census.record());
    SchoolId censusSchool = null;
    int censusIndex = -1;
    if (open) {
      int grade = census.grade().get().number();
      censusSchool = census.recordSchool().get();
      int mask = in(ENROLLED_BITS, state) ? Counter.ENROLLED.bit() | repeater(statuses, grade) : 0;
      censusIndex = p.place(censusSchool, grade, census.gradeSystemOr(def), mask);
    }
    Status count = statuses.countDay();
    Status completedFrom = null;
    LocalDate completedOn = null;
    Status entered = null;
    if (statuses.events().isDefined()) {
      YearStatuses.YearEvents events = statuses.events().get();
      completedFrom = events.completedFrom().getOrNull();
      completedOn = events.completedOn().getOrNull();
      entered = events.entered().getOrNull();
    } else {
      completedFrom = snapshotCompletion(count, statuses.nextCensus(), def);
      completedOn = completedFrom == null ? null : year.countDate.plusDays(1);
      entered = snapshotEntry(statuses.previousCensus(), census, def);
    }
    if (count == census && censusIndex >= 0) {
      p.masks[censusIndex] |= countCounters(count, year);
    } else {
      classifyCountDay(p, count, completedFrom, completedOn, censusSchool, censusIndex, year, def);
    }
    if (completedFrom != null && completedFrom.recordSchool().isPresent()) {
      p.place(
          completedFrom.recordSchool().get(),
          completedFrom.grade().get().number(),
          completedFrom.gradeSystemOr(def),
          Counter.COMPLETERS.bit());
    }
    if (entered != null && entered.recordSchool().isPresent()) {
      p.place(
          entered.recordSchool().get(),
          entered.grade().get().number(),
          entered.gradeSystemOr(def),
          Counter.INTAKE.bit());
    }
    if (state != SchoolingState.DECEASED
        && attributes.household().isDefined()
        && attributes.birthDate().isDefined()) {
      int row = year.ages.populationRow(attributes.birthDate().get());
      if (row != AgeLookup.NOT_COMPULSORY) {
        p.resident = true;
        p.expected = row;
        p.populationFlags =
            (open && in(POPULATION_ENROLLED_BITS, state) ? Contribution.ENROLLED_FOR_POPULATION : 0)
                | (state == SchoolingState.COMPLETED ? Contribution.COMPLETED_COMPULSORY : 0)
                | (state == SchoolingState.DEFERRED ? Contribution.DEFERRED : 0);
      }
    }
    return p;
  }

  /** Repeaters: enrolled in {@code grade} on the census date and a year before. */
  private static int repeater(YearStatuses statuses, int grade) {
    Status before = statuses.previousCensus();
    return isEnrolled(before) && before.grade().get().number() == grade
        ? Counter.REPEATERS.bit()
        : 0;
  }

  /** From statuses alone: in the last primary grade on the count date, junior on the next census. */
  private static Status snapshotCompletion(Status count, Status next, GradeSystem def) {
    if (!isOpen(count.record()) || next.grade().isEmpty()) {
      return null;
    }
    Grade grade = count.grade().get();
    boolean lastPrimary = grade.equals(count.gradeSystemOr(def).lastGradeOf(SchoolLevel.PRIMARY));
    boolean junior =
        next.gradeSystemOr(def).levelOf(next.grade().get()) == SchoolLevel.JUNIOR_SECONDARY;
    return lastPrimary && junior ? count : null;
  }

  /** From statuses alone: grade 1 with no record a year before, or first junior after primary. */
  private static Status snapshotEntry(Status before, Status census, GradeSystem def) {
    if (!isEnrolled(census)) {
      return null;
    }
    int grade = census.grade().get().number();
    GradeSystem system = census.gradeSystemOr(def);
    if (grade == Grade.FIRST && before.record() == RecordState.NONE) {
      return census;
    }
    boolean firstJunior =
        grade == system.firstGradeOf(SchoolLevel.JUNIOR_SECONDARY).number();
    boolean wasPrimary = before.grade().isPresent()
        && isOpen(before.record())
        && before.gradeSystemOr(def).levelOf(before.grade().get()) == SchoolLevel.PRIMARY;
    return firstJunior && wasPrimary ? census : null;
  }

  /** Dropout and nine-year completion of the year, read from the count-date status. */
  private static int countCounters(Status count, CountingYear year) {
    SchoolingState state = count.schooling();
    if (state == SchoolingState.DROPPED_OUT && beganIn(count, year.yearStart, year.countDate)) {
      return Counter.DROPPED_OUT.bit();
    }
    if (state == SchoolingState.COMPLETED && beganIn(count, year.yearStart, year.countDate)) {
      return Counter.COMPLETERS.bit();
    }
    return 0;
  }

  /**
   * The count-date facts: dropout and nine-year completion at the count-date school, and a transfer
   * when the school he was at by the count date differs from the census school. A student who
   * finished primary on or before the count date was, for the year, at the school he finished at.
   */
  private static void classifyCountDay(
      Parts p,
      Status count,
      Status completedFrom,
      LocalDate completedOn,
      SchoolId censusSchool,
      int censusIndex,
      CountingYear year,
      GradeSystem def) {
    int countMask = countCounters(count, year);
    if (countMask != 0 && count.recordSchool().isPresent()) {
      p.place(
          count.recordSchool().get(),
          count.grade().get().number(),
          count.gradeSystemOr(def),
          countMask);
    }
    Status there =
        completedFrom != null && !completedOn.isAfter(year.countDate) ? completedFrom : count;
    SchoolId thereSchool = there.recordSchool().orElse(null);
    if (censusSchool != null && thereSchool != null && !thereSchool.equals(censusSchool)) {
      p.masks[censusIndex] |= Counter.TRANSFERS_OUT.bit();
      p.place(
          thereSchool,
          there.grade().get().number(),
          there.gradeSystemOr(def),
          Counter.TRANSFERS_IN.bit());
    }
  }

  /** The places one student's counts go; scratch, reused by one {@link StudentCounter}. */
  static final class Parts {
    /** At most: census, count date, transfer in, completion, intake. */
    private static final int MAX_PLACES = 5;

    int places;
    final SchoolId[] schools = new SchoolId[MAX_PLACES];
    final SchoolRef[] refs = new SchoolRef[MAX_PLACES];
    final int[] grades = new int[MAX_PLACES];
    final GradeSystem[] systems = new GradeSystem[MAX_PLACES];
    final int[] masks = new int[MAX_PLACES];
    boolean resident;
    int expected;
    int populationFlags;

    Parts clear() {
      for (int i = 0; i < places; i++) {
        schools[i] = null;
        refs[i] = null;
        systems[i] = null;
      }
      places = 0;
      resident = false;
      expected = 0;
      populationFlags = 0;
      return this;
    }

    /** Adds {@code mask} at (school, grade, system), merged with an earlier place that matches. */
    int place(SchoolId school, int grade, GradeSystem system, int mask) {
      for (int i = 0; i < places; i++) {
        if (grades[i] == grade && systems[i] == system && schools[i].equals(school)) {
          masks[i] |= mask;
          return i;
        }
      }
      int i = places++;
      schools[i] = school;
      grades[i] = grade;
      systems[i] = system;
      masks[i] = mask;
      return i;
    }

    Option<RateRejection> resolve(Function<SchoolId, SchoolRef> directory) {
      for (int i = 0; i < places; i++) {
        refs[i] = directory.apply(schools[i]);
        if (refs[i] == null) {
          return Option.some(new RateRejection.UnknownSchool(schools[i]));
        }
      }
      return Option.none();
    }

    long contribution(int place, boolean withPopulation, int sex, int groups, GradeSystem def) {
      boolean population = withPopulation && resident;
      return Contribution.computePacked(
          place < 0 ? 0 : masks[place],
          place < 0 ? 0 : grades[place],
          place < 0 ? def : systems[place],
          population,
          expected,
          populationFlags,
          sex,
          groups,
          def);
    }

    StudentYear.Builder builder(
        StudentAttributes a, RateDates dates, GradeSystem def, int place, boolean withPopulation) {
      StudentYear.Builder b =
          StudentYear.builder().schoolYear(dates.year()).sex(a.sex()).priorityGroups(a.groups());
      int mask = place < 0 ? 0 : masks[place];
      if (place >= 0) {
        b.school(refs[place]).grade(Grade.of(grades[place]));
        if (systems[place] != def) {
          b.gradeSystem(systems[place]);
        }
      }
      b.enrolled((mask & Counter.ENROLLED.bit()) != 0)
          .droppedOut((mask & Counter.DROPPED_OUT.bit()) != 0)
          .repeater((mask & Counter.REPEATERS.bit()) != 0)
          .completer((mask & Counter.COMPLETERS.bit()) != 0)
          .transferredIn((mask & Counter.TRANSFERS_IN.bit()) != 0)
          .transferredOut((mask & Counter.TRANSFERS_OUT.bit()) != 0)
          .entrant((mask & Counter.INTAKE.bit()) != 0);
      if (withPopulation && resident) {
        b.household(a.household().get())
            .compulsoryAge(true)
            .enrolledForPopulation((populationFlags & Contribution.ENROLLED_FOR_POPULATION) != 0)
            .completedCompulsory((populationFlags & Contribution.COMPLETED_COMPULSORY) != 0)
            .deferred((populationFlags & Contribution.DEFERRED) != 0);
        if (expected != 0) {
          b.expectedGrade(Grade.of(expected));
        }
      }
      return b;
    }
  }
}

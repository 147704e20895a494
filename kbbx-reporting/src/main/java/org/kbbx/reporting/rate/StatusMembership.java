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
    ObjectYearReader reader = new ObjectYearReader().at(statuses, attributes);
    Parts p = classify(new Parts(), reader, CountingYear.of(dates, policy));
    List<StudentYear> years = new ArrayList<>();
    Option<RateRejection> unknown = p.resolve(reader, id -> resolve(schools, id));
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

  /** Adds one student's counts; the object path behind {@link StudentCounter#add}. */
  static Option<RateRejection> addTo(
      Parts scratch,
      ObjectYearReader reader,
      UnitCounts.Accumulator accumulator,
      CountingYear year,
      Function<SchoolId, SchoolRef> schools) {
    Parts p = classify(scratch.clear(), reader, year);
    Option<RateRejection> unknown = p.resolve(reader, schools);
    if (unknown.isDefined()) {
      return unknown;
    }
    StudentAttributes attributes = reader.attributes();
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

  private static final int DECEASED = SchoolingState.DECEASED.ordinal();
  private static final int DEFERRED = SchoolingState.DEFERRED.ordinal();
  private static final int COMPLETED = SchoolingState.COMPLETED.ordinal();
  private static final int DROPPED_OUT = SchoolingState.DROPPED_OUT.ordinal();
  private static final int NO_RECORD = RecordState.NONE.ordinal();
  private static final int ACTIVE = RecordState.ACTIVE.ordinal();
  private static final int TRANSFER_PENDING = RecordState.TRANSFER_PENDING.ordinal();

  private static final int CENSUS = YearStatusReader.CENSUS;
  private static final int COUNT = YearStatusReader.COUNT;
  private static final int PREVIOUS = YearStatusReader.PREVIOUS;
  private static final int NEXT = YearStatusReader.NEXT;
  private static final int NO_SLOT = YearStatusReader.NO_SLOT;

  /** The last primary grades of all grade systems lie in [min, max] (a cheap test first). */
  private static final int LAST_PRIMARY_MIN = gradeBound(SchoolLevel.PRIMARY, false, true);

  private static final int LAST_PRIMARY_MAX = gradeBound(SchoolLevel.PRIMARY, false, false);
  /** The first junior grades of all grade systems lie in [min, max]. */
  private static final int FIRST_JUNIOR_MIN = gradeBound(SchoolLevel.JUNIOR_SECONDARY, true, true);

  private static final int FIRST_JUNIOR_MAX = gradeBound(SchoolLevel.JUNIOR_SECONDARY, true, false);

  private static int gradeBound(SchoolLevel level, boolean first, boolean min) {
    int bound = min ? Integer.MAX_VALUE : Integer.MIN_VALUE;
    for (GradeSystem system : GradeSystem.values()) {
      int grade = (first ? system.firstGradeOf(level) : system.lastGradeOf(level)).number();
      bound = min ? Math.min(bound, grade) : Math.max(bound, grade);
    }
    return bound;
  }

  private static boolean isOpen(int record) {
    return record == ACTIVE || record == TRANSFER_PENDING;
  }

  private static boolean isEnrolled(YearStatusReader r, int slot) {
    return isOpen(r.record(slot)) && (ENROLLED_BITS >>> r.schooling(slot) & 1) != 0;
  }

  /**
   * The one classification of a student (the membership table above), shared by every input: the
   * value objects and the columns ({@link YearStatusReader}). Each fact is read once, and the
   * count-date status only as far as it differs from the census (the same status on both dates
   * means nothing happened in between, the common case).
   */
  static Parts classify(Parts p, YearStatusReader r, CountingYear year) {
    GradeSystem def = year.policy.gradeSystem();
    int state = r.schooling(CENSUS);
    boolean open = isOpen(r.record(CENSUS));
    int censusIndex = -1;
    if (open) {
      int mask = (ENROLLED_BITS >>> state & 1) != 0
          ? Counter.ENROLLED.bit() | repeater(r, r.grade(CENSUS))
          : 0;
      censusIndex = p.place(r, CENSUS, def, mask);
    }
    yearEvents(p, r, year, def);
    int completedFrom = p.completedFrom;
    long completedOn = p.completedOn;
    int entered = p.entered;
    if (censusIndex >= 0 && r.countIsCensus()) {
      p.masks[censusIndex] |= countCounters(r, year);
    } else {
      classifyCountDay(p, r, completedFrom, completedOn, censusIndex, year, def);
    }
    if (completedFrom != NO_SLOT && r.hasSchool(completedFrom)) {
      p.place(r, completedFrom, def, Counter.COMPLETERS.bit());
    }
    if (entered != NO_SLOT && r.hasSchool(entered)) {
      p.place(r, entered, def, Counter.INTAKE.bit());
    }
    if (state != DECEASED && r.hasHousehold() && r.hasBirthDate()) {
      resident(p, r, year, state, open);
    }
    return p;
  }

  /**
   * The year's primary completion and entry (R-RATE-16, R-RATE-17): from the events when read
   * from a timeline, else from the statuses; into {@code p.completedFrom}, {@code p.completedOn}
   * and {@code p.entered}.
   */
  private static void yearEvents(Parts p, YearStatusReader r, CountingYear year, GradeSystem def) {
    if (r.hasEvents()) {
      p.completedFrom =
          r.present(YearStatusReader.COMPLETED_FROM) ? YearStatusReader.COMPLETED_FROM : NO_SLOT;
      p.completedOn = p.completedFrom == NO_SLOT ? YearStatusReader.NO_DAY : r.completedOnDay();
      p.entered = r.present(YearStatusReader.ENTERED) ? YearStatusReader.ENTERED : NO_SLOT;
    } else {
      p.completedFrom = snapshotCompletion(r, def) ? COUNT : NO_SLOT;
      p.completedOn = p.completedFrom == NO_SLOT ? YearStatusReader.NO_DAY : year.countDay + 1;
      p.entered = snapshotEntry(r, def) ? CENSUS : NO_SLOT;
    }
  }

  /** The population side (R-AGE-2): a child with a household and a birth date, if of age. */
  private static void resident(
      Parts p, YearStatusReader r, CountingYear year, int state, boolean open) {
    int row = r.populationRow(year.ages);
    if (row != AgeLookup.NOT_COMPULSORY) {
      p.resident = true;
      p.expected = row;
      p.populationFlags = (open && (POPULATION_ENROLLED_BITS >>> state & 1) != 0
              ? Contribution.ENROLLED_FOR_POPULATION
              : 0)
          | (state == COMPLETED ? Contribution.COMPLETED_COMPULSORY : 0)
          | (state == DEFERRED ? Contribution.DEFERRED : 0);
    }
  }

  /** Repeaters: enrolled in {@code grade} on the census date and a year before. */
  private static int repeater(YearStatusReader r, int grade) {
    return isEnrolled(r, PREVIOUS) && r.grade(PREVIOUS) == grade ? Counter.REPEATERS.bit() : 0;
  }

  /** From statuses alone: in the last primary grade on the count date, junior on the next census. */
  private static boolean snapshotCompletion(YearStatusReader r, GradeSystem def) {
    int grade = r.grade(COUNT);
    if (grade < LAST_PRIMARY_MIN || grade > LAST_PRIMARY_MAX || !isOpen(r.record(COUNT))) {
      return false; // no grade system ends primary at this grade (read before the system)
    }
    int next = r.grade(NEXT);
    if (next == 0) {
      return false;
    }
    boolean lastPrimary =
        grade == r.system(COUNT, def).lastGradeOf(SchoolLevel.PRIMARY).number();
    return lastPrimary
        && r.system(NEXT, def).levelOf(Grade.of(next)) == SchoolLevel.JUNIOR_SECONDARY;
  }

  /** From statuses alone: grade 1 with no record a year before, or first junior after primary. */
  private static boolean snapshotEntry(YearStatusReader r, GradeSystem def) {
    if (!isEnrolled(r, CENSUS)) {
      return false;
    }
    int grade = r.grade(CENSUS);
    if (grade == Grade.FIRST && r.record(PREVIOUS) == NO_RECORD) {
      return true;
    }
    if (grade < FIRST_JUNIOR_MIN
        || grade > FIRST_JUNIOR_MAX
        || grade
            != r.system(CENSUS, def).firstGradeOf(SchoolLevel.JUNIOR_SECONDARY).number()) {
      return false;
    }
    int before = r.grade(PREVIOUS);
    return before != 0
        && isOpen(r.record(PREVIOUS))
        && r.system(PREVIOUS, def).levelOf(Grade.of(before)) == SchoolLevel.PRIMARY;
  }

  /** Dropout and nine-year completion of the year, read from the count-date status. */
  private static int countCounters(YearStatusReader r, CountingYear year) {
    int state = r.schooling(COUNT);
    if (state != DROPPED_OUT && state != COMPLETED) {
      return 0;
    }
    long since = r.sinceDay(COUNT);
    if (since == YearStatusReader.NO_DAY || since < year.yearStartDay || since > year.countDay) {
      return 0;
    }
    return state == DROPPED_OUT ? Counter.DROPPED_OUT.bit() : Counter.COMPLETERS.bit();
  }

  /**
   * The count-date facts: dropout and nine-year completion at the count-date school, and a transfer
   * when the school he was at by the count date differs from the census school. A student who
   * finished primary on or before the count date was, for the year, at the school he finished at.
   */
  private static void classifyCountDay(
      Parts p,
      YearStatusReader r,
      int completedFrom,
      long completedOn,
      int censusIndex,
      CountingYear year,
      GradeSystem def) {
    int countMask = countCounters(r, year);
    if (countMask != 0 && r.hasSchool(COUNT)) {
      p.place(r, COUNT, def, countMask);
    }
    int there = completedFrom != NO_SLOT && completedOn <= year.countDay ? completedFrom : COUNT;
    if (censusIndex >= 0 && r.hasSchool(there) && !r.sameSchool(there, CENSUS)) {
      p.masks[censusIndex] |= Counter.TRANSFERS_OUT.bit();
      p.place(r, there, def, Counter.TRANSFERS_IN.bit());
    }
  }

  /** The places one student's counts go; scratch, reused by one {@link StudentCounter}. */
  static final class Parts {
    /** At most: census, count date, transfer in, completion, intake. */
    static final int MAX_PLACES = 5;

    private static final GradeSystem[] SYSTEMS = GradeSystem.values();

    int places;
    /** The reader slot whose record school, grade and system each place is. */
    final int[] slots = new int[MAX_PLACES];

    final SchoolRef[] refs = new SchoolRef[MAX_PLACES];
    final int[] grades = new int[MAX_PLACES];
    /** Grade system ordinals: ints, so that placing a student stores no reference. */
    final int[] systems = new int[MAX_PLACES];

    final int[] masks = new int[MAX_PLACES];
    boolean resident;
    /** The slot the year's completion is read from, or none; see {@code yearEvents}. */
    int completedFrom;
    /** The epoch day of that completion. */
    long completedOn;
    /** The slot the year's entry is read from, or none. */
    int entered;

    int expected;
    int populationFlags;

    /** Forgets the last student; a place's arrays are overwritten when it is placed again. */
    Parts clear() {
      places = 0;
      resident = false;
      expected = 0;
      populationFlags = 0;
      return this;
    }

    /**
     * Adds {@code mask} at the school, grade and system of {@code slot}, merged with an earlier
     * place that matches.
     */
    int place(YearStatusReader r, int slot, GradeSystem def, int mask) {
      int grade = r.grade(slot);
      int system = r.system(slot, def).ordinal();
      for (int i = 0; i < places; i++) {
        if (grades[i] == grade && systems[i] == system && r.sameSchool(slots[i], slot)) {
          masks[i] |= mask;
          return i;
        }
      }
      int i = places++;
      slots[i] = slot;
      grades[i] = grade;
      systems[i] = system;
      masks[i] = mask;
      return i;
    }

    Option<RateRejection> resolve(ObjectYearReader r, Function<SchoolId, SchoolRef> directory) {
      for (int i = 0; i < places; i++) {
        SchoolId school = r.school(slots[i]);
        refs[i] = directory.apply(school);
        if (refs[i] == null) {
          return Option.some(new RateRejection.UnknownSchool(school));
        }
      }
      return Option.none();
    }

    long contribution(int place, boolean withPopulation, int sex, int groups, GradeSystem def) {
      boolean population = withPopulation && resident;
      return Contribution.computePacked(
          place < 0 ? 0 : masks[place],
          place < 0 ? 0 : grades[place],
          place < 0 ? def : SYSTEMS[systems[place]],
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
        if (SYSTEMS[systems[place]] != def) {
          b.gradeSystem(SYSTEMS[systems[place]]);
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

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
import org.kbbx.core.school.Grade;
import org.kbbx.core.status.RecordState;
import org.kbbx.core.id.SchoolId;
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
 * a year before, in the same grade. {@code COMPLETERS} — grade 9: COMPLETED during the year;
 * last primary grade: enrolled in it on the census date and in a higher grade on the next census
 * date. {@code TRANSFERS_OUT}/{@code _IN} — the record school on the count date differs from the
 * one on the census date. {@code POPULATION} needs a household division, a birth date and
 * compulsory age (R-AGE-2).
 *
 * <p>Enrolment-side counts go to the record school (学籍所在校). A student whose record school
 * changed during the year counts in two places: census facts at the old school, count-date facts
 * (dropout, completion, transfer in) at the new.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StatusMembership {

  /** States counted as {@code ENROLLED} on the census date (with an open record). */
  static final Set<SchoolingState> ENROLLED_STATES =
      Collections.unmodifiableSet(
          EnumSet.of(
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
   * Returns the student-years one student adds: one, or two when the record school changed during
   * the year, or none when the student counts nowhere.
   *
   * @param statuses the student's statuses, not null
   * @param attributes sex, groups, birth date, household, not null
   * @param dates census and count dates, not null
   * @param policy the age cohort and grade system, not null
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
    if (p.schoolA != null) {
      years.add(p.builder(attributes, dates, p.refA, p.gradeA, p.maskA, true).build());
    }
    if (p.schoolB != null) {
      years.add(p.builder(attributes, dates, p.refB, p.gradeB, p.maskB, p.schoolA == null).build());
    }
    if (p.schoolA == null && p.schoolB == null && p.resident) {
      years.add(p.builder(attributes, dates, null, 0, 0, true).build());
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
    boolean populationDone = false;
    if (p.schoolA != null) {
      accumulator.add(p.refA, household, p.contribution(p.maskA, p.gradeA, true, sex, groups, year.policy));
      populationDone = true;
    }
    if (p.schoolB != null) {
      accumulator.add(
          p.refB,
          populationDone ? null : household,
          p.contribution(p.maskB, p.gradeB, !populationDone, sex, groups, year.policy));
      populationDone = true;
    }
    if (!populationDone && p.resident) {
      accumulator.add(null, household, p.contribution(0, 0, true, sex, groups, year.policy));
    }
    return Option.none();
  }

  /**
   * The one classification of a student (the membership table above), shared by both paths. Each
   * status field is read once, and the count-date status only as far as it differs from the
   * census (the same object on both dates means nothing happened in between, the common case).
   */
  private static Parts classify(Parts p, YearStatuses statuses, StudentAttributes attributes, CountingYear year) {
    Objects.requireNonNull(statuses, "statuses");
    Objects.requireNonNull(attributes, "attributes");
    Status census = statuses.census();
    SchoolingState state = census.schooling();
    boolean open = isOpen(census.record());
    if (open) {
      int grade = census.grade().get().number();
      p.schoolA = census.recordSchool().get();
      p.gradeA = grade;
      if (in(ENROLLED_BITS, state)) {
        p.maskA = Counter.ENROLLED.bit() | censusOnlyCounters(statuses, grade, year.lastPrimary);
      }
    }
    Status count = statuses.countDay();
    if (count == census && p.schoolA != null) {
      p.maskA |= countCounters(count, year);
    } else {
      classifyCountDay(p, count, year);
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

  /** Repeaters and last-primary completers of a student enrolled in {@code grade} on the census date. */
  private static int censusOnlyCounters(YearStatuses statuses, int grade, int lastPrimary) {
    int mask = 0;
    Status before = statuses.previousCensus();
    if (isEnrolled(before) && before.grade().get().number() == grade) {
      mask |= Counter.REPEATERS.bit();
    }
    if (grade == lastPrimary) {
      Optional<Grade> next = statuses.nextCensus().grade();
      if (next.isPresent() && next.get().number() > lastPrimary) {
        mask |= Counter.COMPLETERS.bit();
      }
    }
    return mask;
  }

  /** Dropout and completion of the year, read from the count-date status. */
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

  /** The count-date facts, unless the census status with an open record: possibly a second school. */
  private static void classifyCountDay(Parts p, Status count, CountingYear year) {
    int countMask = countCounters(count, year);
    SchoolId countSchool = count.recordSchool().orElse(null);
    boolean moved = p.schoolA != null && countSchool != null && !countSchool.equals(p.schoolA);
    if (moved) {
      p.maskA |= Counter.TRANSFERS_OUT.bit();
      countMask |= Counter.TRANSFERS_IN.bit();
    }
    if (countMask != 0) {
      if (p.schoolA != null && !moved) {
        p.maskA |= countMask;
      } else {
        p.schoolB = countSchool;
        p.gradeB = count.grade().get().number();
        p.maskB = countMask;
      }
    }
  }

  /** The places one student's counts go; scratch, reused by one {@link StudentCounter}. */
  static final class Parts {
    SchoolId schoolA;
    SchoolRef refA;
    int gradeA;
    int maskA;
    SchoolId schoolB;
    SchoolRef refB;
    int gradeB;
    int maskB;
    boolean resident;
    int expected;
    int populationFlags;

    Parts clear() {
      schoolA = null;
      refA = null;
      gradeA = 0;
      maskA = 0;
      schoolB = null;
      refB = null;
      gradeB = 0;
      maskB = 0;
      resident = false;
      expected = 0;
      populationFlags = 0;
      return this;
    }

    Option<RateRejection> resolve(Function<SchoolId, SchoolRef> schools) {
      if (schoolA != null) {
        refA = schools.apply(schoolA);
        if (refA == null) {
          return Option.some(new RateRejection.UnknownSchool(schoolA));
        }
      }
      if (schoolB != null) {
        refB = schools.apply(schoolB);
        if (refB == null) {
          return Option.some(new RateRejection.UnknownSchool(schoolB));
        }
      }
      return Option.none();
    }

    long contribution(int mask, int grade, boolean withPopulation, int sex, int groups, CohortPolicy policy) {
      boolean population = withPopulation && resident;
      return Contribution.computePacked(
          mask,
          grade,
          population,
          expected,
          populationFlags,
          sex,
          groups,
          policy.gradeSystem());
    }

    StudentYear.Builder builder(
        StudentAttributes a, RateDates dates, SchoolRef school, int grade, int mask, boolean withPopulation) {
      StudentYear.Builder b =
          StudentYear.builder().schoolYear(dates.year()).sex(a.sex()).priorityGroups(a.groups());
      if (school != null) {
        b.school(school);
      }
      if (grade != 0) {
        b.grade(Grade.of(grade));
      }
      b.enrolled((mask & Counter.ENROLLED.bit()) != 0)
          .droppedOut((mask & Counter.DROPPED_OUT.bit()) != 0)
          .repeater((mask & Counter.REPEATERS.bit()) != 0)
          .completer((mask & Counter.COMPLETERS.bit()) != 0)
          .transferredIn((mask & Counter.TRANSFERS_IN.bit()) != 0)
          .transferredOut((mask & Counter.TRANSFERS_OUT.bit()) != 0);
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

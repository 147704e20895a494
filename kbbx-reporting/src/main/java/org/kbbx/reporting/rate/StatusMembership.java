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
import org.kbbx.core.school.SchoolLevel;
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

  private StatusMembership() {}

  /**
   * Returns whether a census-date status counts in {@code ENROLLED}, the dropout denominator.
   *
   * @param census not null
   * @return true for the enrolled states with an open record
   */
  public static boolean isEnrolled(Status census) {
    return ENROLLED_STATES.contains(census.schooling()) && isOpen(census.record());
  }

  /**
   * Returns whether a census-date status counts as enrolled for population-based rates.
   *
   * @param census not null
   * @return true for the enrolled states and studying elsewhere
   */
  public static boolean isEnrolledForPopulation(Status census) {
    return POPULATION_ENROLLED_STATES.contains(census.schooling()) && isOpen(census.record());
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
    return countDay.schooling() == SchoolingState.DROPPED_OUT && beganIn(countDay, dates);
  }

  private static boolean beganIn(Status status, RateDates dates) {
    if (status.since().isEmpty()) {
      return false;
    }
    LocalDate since = status.since().get();
    return !since.isBefore(dates.year().start()) && !since.isAfter(dates.countDate());
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
    Objects.requireNonNull(schools, "schools");
    Parts p = classify(new Parts(), statuses, attributes, dates, policy, AgeLookup.of(policy, dates.year()));
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
      RateDates dates,
      CohortPolicy policy,
      AgeLookup ages,
      Function<SchoolId, SchoolRef> schools) {
    Parts p = classify(scratch.clear(), statuses, attributes, dates, policy, ages);
    Option<RateRejection> unknown = p.resolve(schools);
    if (unknown.isDefined()) {
      return unknown;
    }
    DivisionCode household = p.resident ? attributes.household().get() : null;
    int sex = attributes.sex().ordinal();
    int groups = attributes.groupMask();
    boolean populationDone = false;
    if (p.schoolA != null) {
      accumulator.add(p.refA, household, p.contribution(p.maskA, p.gradeA, true, sex, groups, policy));
      populationDone = true;
    }
    if (p.schoolB != null) {
      accumulator.add(
          p.refB, populationDone ? null : household, p.contribution(p.maskB, p.gradeB, !populationDone, sex, groups, policy));
      populationDone = true;
    }
    if (!populationDone && p.resident) {
      accumulator.add(null, household, p.contribution(0, 0, true, sex, groups, policy));
    }
    return Option.none();
  }

  private static Parts classify(
      Parts p,
      YearStatuses statuses, StudentAttributes attributes, RateDates dates, CohortPolicy policy, AgeLookup ages) {
    Objects.requireNonNull(statuses, "statuses");
    Objects.requireNonNull(attributes, "attributes");
    Objects.requireNonNull(dates, "dates");
    Objects.requireNonNull(policy, "policy");
    Status census = statuses.census();
    Status count = statuses.countDay();
    boolean enrolled = isEnrolled(census);
    if (isOpen(census.record())) {
      Grade grade = census.grade().get();
      p.schoolA = census.recordSchool().get();
      p.gradeA = grade.number();
      if (enrolled) {
        p.maskA |= Counter.ENROLLED.bit();
        Status before = statuses.previousCensus();
        if (isEnrolled(before) && before.grade().get().equals(grade)) {
          p.maskA |= Counter.REPEATERS.bit();
        }
        Grade lastPrimary = policy.gradeSystem().lastGradeOf(SchoolLevel.PRIMARY);
        if (grade.equals(lastPrimary)) {
          Optional<Grade> next = statuses.nextCensus().grade();
          if (next.isPresent() && next.get().compareTo(lastPrimary) > 0) {
            p.maskA |= Counter.COMPLETERS.bit();
          }
        }
      }
    }
    int countMask = 0;
    if (isDropoutOfYear(count, dates)) {
      countMask |= Counter.DROPPED_OUT.bit();
    }
    if (count.schooling() == SchoolingState.COMPLETED && beganIn(count, dates)) {
      countMask |= Counter.COMPLETERS.bit();
    }
    // the same status object on both dates means nothing happened in between (the common case)
    SchoolId countSchool = count == census && p.schoolA != null ? p.schoolA : count.recordSchool().orElse(null);
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
    if (attributes.household().isDefined()
        && attributes.birthDate().isDefined()
        && census.schooling() != SchoolingState.DECEASED) {
      int row = ages.populationRow(attributes.birthDate().get());
      if (row != AgeLookup.NOT_COMPULSORY) {
        p.resident = true;
        p.expected = row;
        p.populationFlags |= isEnrolledForPopulation(census) ? Contribution.ENROLLED_FOR_POPULATION : 0;
        p.populationFlags |= census.schooling() == SchoolingState.COMPLETED ? Contribution.COMPLETED_COMPULSORY : 0;
        p.populationFlags |= census.schooling() == SchoolingState.DEFERRED ? Contribution.DEFERRED : 0;
      }
    }
    return p;
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

package org.kbbx.benchmarks.peers;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.person.Sex;
import org.kbbx.core.school.Grade;
import org.kbbx.core.status.ClosingReason;
import org.kbbx.core.status.RecordState;
import org.kbbx.core.status.SchoolingState;
import org.kbbx.core.status.Status;
import org.kbbx.reporting.rate.RateDates;
import org.kbbx.reporting.rate.StudentAttributes;
import org.kbbx.reporting.rate.YearStatuses;

/**
 * The county report's rows ({@link StatusData}: the examples' synthetic counties with this
 * workload's statuses) as kbbx's inputs — each student's {@link YearStatuses} and {@link
 * StudentAttributes} and the school directory — for the benchmarks outside the peers package
 * ({@code CountyRatesBenchmark}, {@code Smoke}), so that every benchmark counts the same students.
 * Statuses, dates and divisions are shared values, as a vendor's cache would share them.
 *
 * <p>This class is immutable and thread-safe once built (its arrays are never handed out).
 */
public final class CountyInputs {

  private final StatusData data;
  private final YearStatuses[] statuses;
  private final StudentAttributes[] attributes;
  private final Map<SchoolId, DivisionCode> divisions = new HashMap<>();

  CountyInputs(StatusData data) {
    this.data = data;
    SchoolId[] ids = new SchoolId[data.schools];
    for (int s = 0; s < data.schools; s++) {
      ids[s] = SchoolId.of(String.format("52052710%05d", s));
      divisions.put(ids[s], DivisionCode.of(StatusData.townshipCode(data.schoolTownship[s])));
    }
    Map<Long, Status> cache = new HashMap<>();
    Map<Long, YearStatuses> years = new HashMap<>();
    Map<Integer, Option<DivisionCode>> villages = new HashMap<>();
    Map<Integer, Option<LocalDate>> births = new HashMap<>();
    statuses = new YearStatuses[data.students];
    attributes = new StudentAttributes[data.students];
    for (int i = 0; i < data.students; i++) {
      int own = data.school[i];
      Status previous = status(
          cache, ids, data.pState[i], data.pRecord[i], own, data.pGrade[i], StatusData.OLD_SINCE);
      Status census = status(
          cache, ids, data.cState[i], data.cRecord[i], own, data.cGrade[i], StatusData.OLD_SINCE);
      Status count = status(
          cache,
          ids,
          data.nState[i],
          data.nRecord[i],
          data.nSchool[i],
          data.nGrade[i],
          data.nSince[i]);
      Status next = data.cRecord[i] == RecordState.ACTIVE.ordinal()
          ? status(
              cache,
              ids,
              (byte) SchoolingState.ATTENDING.ordinal(),
              data.cRecord[i],
              own,
              data.xGrade[i],
              StatusData.OLD_SINCE)
          : census;
      statuses[i] = shared(years, previous, census, count, next);
      int b = data.birth[i];
      Option<LocalDate> born = b == StatusData.NO_BIRTH
          ? Option.none()
          : births.computeIfAbsent(b, d -> Option.some(LocalDate.ofEpochDay(d)));
      Option<DivisionCode> household = data.village[i] < 0
          ? Option.none()
          : villages.computeIfAbsent(
              data.village[i], v -> Option.some(DivisionCode.of(StatusData.villageCode(v))));
      attributes[i] = new StudentAttributes(
          data.sex[i] == 0 ? Sex.MALE : Sex.FEMALE, Set.<PriorityGroup>of(), born, household);
    }
  }

  /** One {@code YearStatuses} per combination of (shared) statuses, so that 10,000,000 students fit. */
  private static YearStatuses shared(
      Map<Long, YearStatuses> years, Status previous, Status census, Status count, Status next) {
    long key = ((long) System.identityHashCode(previous) << 32
            | System.identityHashCode(census) & 0xffffffffL)
        ^ ((long) System.identityHashCode(count) << 16)
        ^ System.identityHashCode(next);
    YearStatuses y = years.get(key);
    if (y == null
        || y.previousCensus() != previous
        || y.census() != census
        || y.countDay() != count
        || y.nextCensus() != next) {
      y = new YearStatuses(previous, census, count, next);
      years.put(key, y);
    }
    return y;
  }

  /**
   * Generates the rows of one county of {@code students} and makes kbbx's inputs from them.
   *
   * @param students the county's students, at least 1
   * @param seed the seed (the same seed gives the same county)
   * @return the inputs
   */
  public static CountyInputs ofCounty(int students, long seed) {
    return new CountyInputs(new StatusData(students, Math.max(1, students), seed));
  }

  private static Status status(
      Map<Long, Status> cache,
      SchoolId[] ids,
      byte state,
      byte record,
      int school,
      int grade,
      int since) {
    long key = state
        | (long) record << 5
        | (long) grade << 8
        | (long) (school + 1) << 12
        | (long) since << 36;
    return cache.computeIfAbsent(key, k -> {
      SchoolingState s = SchoolingState.values()[state];
      RecordState r = RecordState.values()[record];
      Status.Builder b = Status.builder().schooling(s).record(r).since(LocalDate.ofEpochDay(since));
      if (r != RecordState.NONE) {
        b.recordSchool(ids[school]).grade(Grade.of(grade));
      }
      if (r == RecordState.CLOSED) {
        b.closingReason(
            s == SchoolingState.COMPLETED ? ClosingReason.COMPLETED : ClosingReason.DECEASED);
      }
      if (s.attendsSchool()) {
        b.attendingSchool(ids[school]);
      }
      if (s == SchoolingState.SUSPENDED) {
        b.suspensionStart(LocalDate.ofEpochDay(since))
            .suspensionEnd(LocalDate.ofEpochDay(since).plusMonths(10));
      }
      if (s == SchoolingState.DEFERRED) {
        b.deferralEnd(LocalDate.ofEpochDay(since).plusYears(2));
      }
      return b.build();
    });
  }

  /**
   * Returns the rate dates of the rows' school year (2022–2023).
   *
   * @return the dates
   */
  public static RateDates dates() {
    return CountyWorkload.DATES;
  }

  /**
   * Returns the code of the (first) county.
   *
   * @return a county-level code
   */
  public DivisionCode county() {
    return DivisionCode.of(StatusData.countyCode(0));
  }

  /**
   * Returns the number of students.
   *
   * @return the students
   */
  public int students() {
    return data.students;
  }

  /**
   * Returns the number of schools of the layout.
   *
   * @return the schools
   */
  public int schools() {
    return data.schools;
  }

  /**
   * Returns one student's statuses.
   *
   * @param i the student index, 0 to {@link #students()} − 1
   * @return the statuses
   */
  public YearStatuses statuses(int i) {
    return statuses[i];
  }

  /**
   * Returns one student's attributes.
   *
   * @param i the student index, 0 to {@link #students()} − 1
   * @return the attributes
   */
  public StudentAttributes attributes(int i) {
    return attributes[i];
  }

  /**
   * Returns the school directory: each school's township.
   *
   * @return the directory
   */
  public Function<SchoolId, Option<DivisionCode>> directory() {
    return id -> Option.of(divisions.get(id));
  }

  /**
   * Returns the number of students enrolled at their school on the census date, from the rows.
   *
   * @return the count (the compulsory dropout rate's denominator for the whole province)
   */
  public long enrolledOnCensus() {
    return data.enrolledOnCensus();
  }

  /**
   * Returns the number of students who dropped out during the year up to the count date, from the
   * rows.
   *
   * @return the count (the compulsory dropout rate's numerator for the whole province)
   */
  public long dropoutsInYear() {
    return data.dropoutsInYear();
  }
}

package org.kbbx.benchmarks.peers;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.kbbx.core.cohort.CohortPolicy;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.division.DivisionLevel;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.person.Sex;
import org.kbbx.core.rate.Rate;
import org.kbbx.core.school.Grade;
import org.kbbx.core.status.ClosingReason;
import org.kbbx.core.status.RecordState;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.status.SchoolingState;
import org.kbbx.core.status.Status;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.reporting.rate.CountsTable;
import org.kbbx.reporting.rate.RateDates;
import org.kbbx.reporting.rate.RateKind;
import org.kbbx.reporting.rate.RatePolicy;
import org.kbbx.reporting.rate.RateRejection;
import org.kbbx.reporting.rate.Slice;
import org.kbbx.reporting.rate.StudentAttributes;
import org.kbbx.reporting.rate.StudentCounter;
import org.kbbx.reporting.rate.UnitCounts;
import org.kbbx.reporting.rate.UnitRates;
import org.kbbx.reporting.rate.YearStatuses;

/**
 * Workload 2, county report: statuses → per-school and per-village counts → rolled up to townships
 * and counties → the nine rates of {@link RateKind} per unit. Consolidation needs the intake
 * years' counts; the workload treats the county as in a steady state (each earlier year's table
 * equals this year's), the same assumption for every contender. The answer is, for every
 * township then every county in code order, each rate's numerator and denominator.
 */
final class CountyWorkload {

  static final RateDates DATES = RateDates.of(StatusData.YEAR);
  static final int KINDS = RateKind.values().length;

  private CountyWorkload() {}

  /** kbbx: statuses and attributes made once from the rows (shared values); counting is timed. */
  static final class Kbbx {
    private final StatusData data;
    private final YearStatuses[] statuses;
    private final StudentAttributes[] attributes;
    private final Function<SchoolId, Option<DivisionCode>> directory;

    Kbbx(StatusData data) {
      this.data = data;
      SchoolId[] ids = new SchoolId[data.schools];
      Map<SchoolId, DivisionCode> divisions = new HashMap<>();
      for (int s = 0; s < data.schools; s++) {
        ids[s] = SchoolId.of(String.format("52052710%05d", s));
        divisions.put(ids[s], DivisionCode.of(StatusData.townshipCode(data.schoolTownship[s])));
      }
      directory = id -> Option.of(divisions.get(id));
      Map<Long, Status> cache = new HashMap<>();
      Map<Long, YearStatuses> years = new HashMap<>();
      List<Option<DivisionCode>> villages = new ArrayList<>();
      for (int v = 0; v < data.counties * StatusData.TOWNSHIPS_PER_COUNTY * StatusData.VILLAGES_PER_TOWNSHIP; v++) {
        villages.add(Option.some(DivisionCode.of(StatusData.villageCode(v))));
      }
      Map<Integer, Option<LocalDate>> births = new HashMap<>();
      statuses = new YearStatuses[data.students];
      attributes = new StudentAttributes[data.students];
      for (int i = 0; i < data.students; i++) {
        int own = data.school[i];
        Status previous = status(cache, ids, data.pState[i], data.pRecord[i], own, data.pGrade[i], StatusData.OLD_SINCE);
        Status census = status(cache, ids, data.cState[i], data.cRecord[i], own, data.cGrade[i], StatusData.OLD_SINCE);
        Status count = status(cache, ids, data.nState[i], data.nRecord[i], data.nSchool[i], data.nGrade[i], data.nSince[i]);
        Status next = data.cRecord[i] == RecordState.ACTIVE.ordinal()
            ? status(cache, ids, (byte) SchoolingState.ATTENDING.ordinal(), data.cRecord[i], own, data.xGrade[i],
                StatusData.OLD_SINCE)
            : census;
        long key = ((long) System.identityHashCode(previous) << 32 | System.identityHashCode(census) & 0xffffffffL)
            ^ ((long) System.identityHashCode(count) << 16) ^ System.identityHashCode(next);
        YearStatuses y = years.get(key);
        if (y == null || y.previousCensus() != previous || y.census() != census || y.countDay() != count
            || y.nextCensus() != next) {
          y = new YearStatuses(previous, census, count, next);
          years.put(key, y);
        }
        statuses[i] = y;
        int b = data.birth[i];
        Option<LocalDate> born = b == StatusData.NO_BIRTH ? Option.none()
            : births.computeIfAbsent(b, d -> Option.some(LocalDate.ofEpochDay(d)));
        attributes[i] = new StudentAttributes(data.sex[i] == 0 ? Sex.MALE : Sex.FEMALE, Set.<PriorityGroup>of(), born,
            data.village[i] < 0 ? Option.none() : villages.get(data.village[i]));
      }
    }

    private static Status status(Map<Long, Status> cache, SchoolId[] ids, byte state, byte record, int school,
        int grade, int since) {
      long key = state | (long) record << 5 | (long) grade << 8 | (long) (school + 1) << 12 | (long) since << 36;
      return cache.computeIfAbsent(key, k -> {
        SchoolingState s = SchoolingState.values()[state];
        RecordState r = RecordState.values()[record];
        Status.Builder b = Status.builder().schooling(s).record(r).since(LocalDate.ofEpochDay(since));
        if (r != RecordState.NONE) {
          b.recordSchool(ids[school]).grade(Grade.of(grade));
        }
        if (r == RecordState.CLOSED) {
          b.closingReason(s == SchoolingState.COMPLETED ? ClosingReason.COMPLETED : ClosingReason.DECEASED);
        }
        if (s.attendsSchool()) {
          b.attendingSchool(ids[school]);
        }
        if (s == SchoolingState.SUSPENDED) {
          b.suspensionStart(LocalDate.ofEpochDay(since)).suspensionEnd(LocalDate.ofEpochDay(since).plusMonths(10));
        }
        if (s == SchoolingState.DEFERRED) {
          b.deferralEnd(LocalDate.ofEpochDay(since).plusYears(2));
        }
        return b.build();
      });
    }

    /** One report: count every student, roll up, compute every unit's rates. */
    List<UnitRates> run() {
      StudentCounter counter = StudentCounter.of(DATES, CohortPolicy.NATIONAL, directory);
      for (int i = 0; i < data.students; i++) {
        Option<RateRejection> rejected = counter.add(statuses[i], attributes[i]);
        if (rejected.isDefined()) {
          throw new IllegalStateException("kbbx rejected student " + i + ": " + rejected.get());
        }
      }
      UnitCounts counts = counter.toCounts();
      List<UnitRates> out = new ArrayList<>();
      for (DivisionLevel level : List.of(DivisionLevel.TOWNSHIP, DivisionLevel.COUNTY)) {
        for (CountsTable table : counts.rollUp(level).values()) {
          out.add(UnitRates.of(steadyState(table), StatusData.YEAR, Slice.all(), RatePolicy.PLAIN));
        }
      }
      return out;
    }

    static Map<SchoolYear, CountsTable> steadyState(CountsTable table) {
      SchoolYear y = StatusData.YEAR;
      return Map.of(y, table, y.plusYears(-2), table, y.plusYears(-5), table, y.plusYears(-8), table);
    }

    static long[] answers(List<UnitRates> units) {
      long[] out = new long[units.size() * KINDS * 2];
      int k = 0;
      for (UnitRates unit : units) {
        for (RateKind kind : RateKind.values()) {
          Either<RateRejection, Rate> rate = unit.get(kind);
          out[k++] = rate.isRight() ? rate.get().numerator() : -1;
          out[k++] = rate.isRight() ? rate.get().denominator() : -1;
        }
      }
      return out;
    }
  }

  /** The enrolled states (R-RATE-14) as a bit set of {@link SchoolingState} ordinals, for the peers. */
  static final int ENROLLED_STATES = bits(EnumSet.of(SchoolingState.ATTENDING, SchoolingState.ON_LEAVE,
      SchoolingState.SUSPECTED_DROPOUT, SchoolingState.HOME_EDUCATION, SchoolingState.BORROWED,
      SchoolingState.SPECIAL_SCHOOL));

  /** Enrolled for population-based rates: the enrolled states and studying elsewhere. */
  static final int POPULATION_ENROLLED_STATES = ENROLLED_STATES | 1 << SchoolingState.STUDYING_ELSEWHERE.ordinal();

  private static int bits(Set<SchoolingState> states) {
    int bits = 0;
    for (SchoolingState s : states) {
      bits |= 1 << s.ordinal();
    }
    return bits;
  }

  /** The rates of one unit from its per-row counters, in {@link RateKind} order, for the peers. */
  static void rates(long[] c, long[] out, int at) {
    long e1 = c[CountyLoop.row(1, CountyLoop.E)];
    long r1 = c[CountyLoop.row(1, CountyLoop.R)];
    long e7 = c[CountyLoop.row(7, CountyLoop.E)];
    long r7 = c[CountyLoop.row(7, CountyLoop.R)];
    long[] dropout = {CountyLoop.sum(c, 1, 6, CountyLoop.D), CountyLoop.sum(c, 1, 6, CountyLoop.E),
        CountyLoop.sum(c, 7, 9, CountyLoop.D), CountyLoop.sum(c, 7, 9, CountyLoop.E),
        CountyLoop.sum(c, 0, 9, CountyLoop.D), CountyLoop.sum(c, 0, 9, CountyLoop.E)};
    System.arraycopy(dropout, 0, out, at, 6);
    long c9 = c[CountyLoop.row(9, CountyLoop.C)];
    long c6 = c[CountyLoop.row(6, CountyLoop.C)];
    out[at + 6] = c9;
    out[at + 7] = Math.max(0, e1 - r1);
    out[at + 8] = c6;
    out[at + 9] = Math.max(0, e1 - r1);
    out[at + 10] = c9;
    out[at + 11] = Math.max(0, e7 - r7);
    out[at + 12] = CountyLoop.sum(c, 0, 9, CountyLoop.PE) + CountyLoop.sum(c, 0, 9, CountyLoop.PC);
    out[at + 13] = CountyLoop.sum(c, 0, 9, CountyLoop.P);
    out[at + 14] = CountyLoop.sum(c, 1, 6, CountyLoop.PA);
    out[at + 15] = CountyLoop.sum(c, 1, 6, CountyLoop.P);
    out[at + 16] = CountyLoop.sum(c, 7, 9, CountyLoop.E);
    out[at + 17] = CountyLoop.sum(c, 7, 9, CountyLoop.P);
  }
}

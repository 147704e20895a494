package org.kbbx.benchmarks.peers;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kbbx.core.cohort.CohortPolicy;
import org.kbbx.core.division.DivisionLevel;
import org.kbbx.core.rate.Rate;
import org.kbbx.core.status.SchoolingState;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.reporting.rate.CountsTable;
import org.kbbx.reporting.rate.RateDates;
import org.kbbx.reporting.rate.RateKind;
import org.kbbx.reporting.rate.RatePolicy;
import org.kbbx.reporting.rate.RateRejection;
import org.kbbx.reporting.rate.Slice;
import org.kbbx.reporting.rate.StudentCounter;
import org.kbbx.reporting.rate.UnitCounts;
import org.kbbx.reporting.rate.UnitRates;

/**
 * Workload 2, county report: statuses → per-school and per-village counts → rolled up to townships
 * and counties → every rate of {@link RateKind} per unit. Consolidation needs the intake
 * years' counts; the workload treats the county as in a steady state (each earlier year's table
 * equals this year's), the same assumption for every contender. The answer is, for every
 * township then every county in code order, each rate's numerator and denominator.
 */
final class CountyWorkload {

  static final RateDates DATES = RateDates.of(StatusData.YEAR);
  static final int KINDS = RateKind.values().length;

  private CountyWorkload() {}

  /**
   * kbbx: the fastest public entry point a vendor with a database would use, {@link
   * StudentCounter#addAll} over {@link org.kbbx.reporting.rate.StatusColumns} (the same
   * classification as the value-object path, {@code StudentCounter.add}). The columns are built
   * from the rows once, before timing ({@link CountyColumns}), exactly as the hand-written loop's
   * columns are; counting, roll-up and rates are timed.
   */
  static final class Kbbx {
    private final CountyColumns inputs;

    Kbbx(StatusData data) {
      this.inputs = new CountyColumns(data);
    }

    /** One report: count every student, roll up, compute every unit's rates. */
    List<UnitRates> run() {
      StudentCounter counter = StudentCounter.of(DATES, CohortPolicy.NATIONAL, inputs.directory());
      Option<RateRejection> rejected = counter.addAll(inputs.columns());
      if (rejected.isDefined()) {
        throw new IllegalStateException("kbbx rejected the columns: " + rejected.get());
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
      return Map.of(
          y, table, y.plusYears(-2), table, y.plusYears(-5), table, y.plusYears(-8), table);
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
  static final int ENROLLED_STATES = bits(EnumSet.of(
      SchoolingState.ATTENDING,
      SchoolingState.ON_LEAVE,
      SchoolingState.SUSPECTED_DROPOUT,
      SchoolingState.HOME_EDUCATION,
      SchoolingState.BORROWED,
      SchoolingState.SPECIAL_SCHOOL));

  /** Enrolled for population-based rates: the enrolled states and studying elsewhere. */
  static final int POPULATION_ENROLLED_STATES =
      ENROLLED_STATES | 1 << SchoolingState.STUDYING_ELSEWHERE.ordinal();

  private static int bits(Set<SchoolingState> states) {
    int bits = 0;
    for (SchoolingState s : states) {
      bits |= 1 << s.ordinal();
    }
    return bits;
  }

  /** The rates of one unit from its per-row counters, in {@link RateKind} order, for the peers. */
  static void rates(long[] c, long[] out, int at) {
    long i1 = c[CountyLoop.row(1, CountyLoop.I)];
    long i7 = c[CountyLoop.row(7, CountyLoop.I)];
    long[] dropout = {
      CountyLoop.sum(c, 1, 6, CountyLoop.D),
      CountyLoop.sum(c, 1, 6, CountyLoop.E),
      CountyLoop.sum(c, 7, 9, CountyLoop.D),
      CountyLoop.sum(c, 7, 9, CountyLoop.E),
      CountyLoop.sum(c, 0, 9, CountyLoop.D),
      CountyLoop.sum(c, 0, 9, CountyLoop.E)
    };
    System.arraycopy(dropout, 0, out, at, 6);
    long c9 = c[CountyLoop.row(9, CountyLoop.C)];
    long c6 = c[CountyLoop.row(6, CountyLoop.C)];
    out[at + 6] = c9;
    out[at + 7] = i1;
    out[at + 8] = c6;
    out[at + 9] = i1;
    out[at + 10] = c9;
    out[at + 11] = i7;
    out[at + 12] = CountyLoop.sum(c, 0, 9, CountyLoop.PE) + CountyLoop.sum(c, 0, 9, CountyLoop.PC);
    out[at + 13] = CountyLoop.sum(c, 0, 9, CountyLoop.P);
    out[at + 14] = CountyLoop.sum(c, 1, 6, CountyLoop.PA);
    out[at + 15] = CountyLoop.sum(c, 1, 6, CountyLoop.P);
    out[at + 16] = CountyLoop.sum(c, 7, 9, CountyLoop.E);
    out[at + 17] = CountyLoop.sum(c, 7, 9, CountyLoop.P);
    // the workload's students belong to no priority group: 0 of 0 registered-poor or monitored
    out[at + 18] = 0;
    out[at + 19] = 0;
  }
}

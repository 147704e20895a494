package org.kbbx.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.kbbx.benchmarks.peers.CountyInputs;
import org.kbbx.core.cohort.CohortPolicy;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.division.DivisionLevel;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.reporting.rate.Contribution;
import org.kbbx.reporting.rate.CountsTable;
import org.kbbx.reporting.rate.RatePolicy;
import org.kbbx.reporting.rate.SchoolRef;
import org.kbbx.reporting.rate.Slice;
import org.kbbx.reporting.rate.StatusMembership;
import org.kbbx.reporting.rate.StudentCounter;
import org.kbbx.reporting.rate.StudentYear;
import org.kbbx.reporting.rate.UnitCounts;
import org.kbbx.reporting.rate.UnitRates;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Status → counts → county rates for a county of {@value #STUDENTS} students (issue 6), the
 * same county rows the peers' county report reads ({@link CountyInputs}: the examples' synthetic
 * county with that workload's statuses), here as one county of the whole size: each
 * student's census and count-date statuses go through {@code StatusMembership} (through {@link StudentCounter}) into per-school and
 * per-village counters, which roll up to the county, where every {@code RateKind} is computed.
 *
 * <p>The score is in students per second (one operation = one student). One thread: the target is
 * at least 5 million students per second on one core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class CountyRatesBenchmark {

  /** Students in the benchmark county. */
  public static final int STUDENTS = 1_000_000;

  /** County size; the default is the 1,000,000. */
  @Param({"1000000"})
  public int students;

  private CountyInputs county;
  /** Each student year's school (null without one), household (null when unknown) and contribution. */
  private SchoolRef[] schoolOf;

  private DivisionCode[] householdOf;
  private Contribution[] contributionOf;

  /** Builds the county once per trial (not measured). */
  @Setup(Level.Trial)
  public void setUp() {
    useCounty(CountyInputs.ofCounty(students, 20_260_901L));
  }

  void useCounty(CountyInputs county) {
    this.county = county;
    List<StudentYear> years = new ArrayList<>();
    for (int i = 0; i < county.students(); i++) {
      years.addAll(StatusMembership.studentYears(
              county.statuses(i),
              county.attributes(i),
              CountyInputs.dates(),
              CohortPolicy.NATIONAL,
              county.directory())
          .get());
    }
    schoolOf = new SchoolRef[years.size()];
    householdOf = new DivisionCode[years.size()];
    contributionOf = new Contribution[years.size()];
    for (int k = 0; k < years.size(); k++) {
      schoolOf[k] = years.get(k).school().orElse(null);
      householdOf[k] = years.get(k).household().orElse(null);
      contributionOf[k] = years.get(k).contribution(GradeSystem.SIX_THREE);
    }
  }

  /**
   * One pass over the county.
   *
   * @return the county's rates (consumed by JMH)
   */
  @Benchmark
  @OperationsPerInvocation(STUDENTS)
  public UnitRates statusToCountyRates() {
    return countyRates(county);
  }

  /**
   * The counting half alone: contributions already classified from statuses, added into the
   * per-school and per-village counters, rolled up and turned into the county's rates. Separates
   * the cost of classification from the cost of counting.
   *
   * @return the county's rates (consumed by JMH)
   */
  @Benchmark
  @OperationsPerInvocation(STUDENTS)
  public UnitRates contributionsToCountyRates() {
    UnitCounts.Accumulator acc = UnitCounts.accumulator(GradeSystem.SIX_THREE);
    for (int k = 0; k < contributionOf.length; k++) {
      acc.add(schoolOf[k], householdOf[k], contributionOf[k]);
    }
    return rates(acc.toCounts(), county.county());
  }

  static UnitCounts counts(CountyInputs county) {
    StudentCounter counter =
        StudentCounter.of(CountyInputs.dates(), CohortPolicy.NATIONAL, county.directory());
    for (int i = 0; i < county.students(); i++) {
      counter.add(county.statuses(i), county.attributes(i));
    }
    return counter.toCounts();
  }

  static UnitRates countyRates(CountyInputs county) {
    return rates(counts(county), county.county());
  }

  static UnitRates rates(UnitCounts counts, DivisionCode code) {
    Map<DivisionCode, CountsTable> counties = counts.rollUp(DivisionLevel.COUNTY);
    SchoolYear year = CountyInputs.dates().year();
    return UnitRates.of(Map.of(year, counties.get(code)), year, Slice.all(), RatePolicy.PLAIN);
  }
}

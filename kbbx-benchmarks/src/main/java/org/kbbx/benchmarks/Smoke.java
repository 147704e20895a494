package org.kbbx.benchmarks;

import java.util.Locale;
import org.kbbx.benchmarks.peers.CountyInputs;
import org.kbbx.core.rate.Rate;
import org.kbbx.reporting.rate.CountsTable;
import org.kbbx.reporting.rate.RateKind;
import org.kbbx.reporting.rate.UnitCounts;
import org.kbbx.reporting.rate.UnitRates;

/**
 * A quick, non-JMH run of the county-rates pipeline with tiny sizes: checks the counts and prints a
 * rough speed and the memory per aggregated school. Usage: {@code java -cp benchmarks.jar
 * org.kbbx.benchmarks.Smoke [students]}. For real numbers use JMH: {@code java -jar benchmarks.jar}.
 */
public final class Smoke {

  private Smoke() {}

  /**
   * Runs the smoke check.
   *
   * @param args optional number of students (default 20,000)
   */
  public static void main(String[] args) {
    int students = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 0;
    System.out.println(run(students));
    if (passes > 0) {
      System.out.println(cpuRate(students, passes));
    }
  }

  /**
   * Measures students per second of this thread's CPU time over {@code passes} passes after as
   * many warm-up passes: a per-core figure that other processes on a busy machine do not dilute.
   *
   * @param students the county size
   * @param passes measured passes
   * @return a one-line summary
   */
  static String cpuRate(int students, int passes) {
    CountyInputs county = CountyInputs.ofCounty(students, 7L);
    java.lang.management.ThreadMXBean bean =
        java.lang.management.ManagementFactory.getThreadMXBean();
    CountyRatesBenchmark benchmark = new CountyRatesBenchmark();
    benchmark.useCounty(county);
    StringBuilder out = new StringBuilder();
    for (int variant = 0; variant < 2; variant++) {
      long sink = 0;
      for (int i = 0; i < passes; i++) {
        sink += pass(benchmark, variant);
      }
      long cpu = bean.getCurrentThreadCpuTime();
      long wall = System.nanoTime();
      for (int i = 0; i < passes; i++) {
        sink += pass(benchmark, variant);
      }
      cpu = bean.getCurrentThreadCpuTime() - cpu;
      wall = System.nanoTime() - wall;
      out.append(String.format(
          Locale.ROOT,
          "%s passes=%d students/cpu-second=%.0f students/wall-second=%.0f (rates computed %d)%n",
          variant == 0 ? "statusToCountyRates" : "contributionsToCountyRates",
          passes,
          (double) students * passes / (cpu / 1e9),
          (double) students * passes / (wall / 1e9),
          sink));
    }
    return out.toString().trim();
  }

  private static int pass(CountyRatesBenchmark benchmark, int variant) {
    return (variant == 0 ? benchmark.statusToCountyRates() : benchmark.contributionsToCountyRates())
        .asMap()
        .size();
  }

  /**
   * Runs the pipeline once on a county of {@code students} and checks the county totals.
   *
   * @param students the county size
   * @return a one-line summary
   * @throws IllegalStateException if the counts disagree with the synthetic county
   */
  static String run(int students) {
    CountyInputs county = CountyInputs.ofCounty(students, 7L);
    long start = System.nanoTime();
    UnitRates rates = CountyRatesBenchmark.countyRates(county);
    long nanos = System.nanoTime() - start;
    Rate dropout = rates.get(RateKind.COMPULSORY_DROPOUT).get();
    if (dropout.denominator() != county.enrolledOnCensus()
        || dropout.numerator() != county.dropoutsInYear()) {
      throw new IllegalStateException("Smoke check failed: county dropout " + dropout
          + ", expected " + county.dropoutsInYear() + "/" + county.enrolledOnCensus());
    }
    UnitCounts counts = CountyRatesBenchmark.counts(county);
    long bytes = 0;
    for (CountsTable table : counts.bySchool().values()) {
      bytes += table.counterBytes();
    }
    long perSchool = bytes / Math.max(1, counts.bySchool().size());
    return String.format(
        Locale.ROOT,
        "students=%d schools=%d/%d dropout=%s students/s(single cold pass)=%.0f counterBytesPerSchool=%d",
        students,
        counts.bySchool().size(),
        county.schools(),
        dropout,
        students / (nanos / 1e9),
        perSchool);
  }
}

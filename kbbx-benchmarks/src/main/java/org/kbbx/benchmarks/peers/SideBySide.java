package org.kbbx.benchmarks.peers;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Issue 13's comparison: kbbx on several workloads (by default the attendance day and the county
 * day) in one JVM, one run of each in turn, the order rotated every round, each run timed in the
 * calling thread's CPU. On a shared machine whose speed moves by tens of percent from one minute to
 * the next, workloads timed run by run in the same seconds compare where blocks of runs minutes
 * apart do not ({@link Alternation} times each workload's rounds apart).
 *
 * <p>Thread CPU (nanoseconds on Linux) counts what the run does on its own thread, allocation
 * included, but not the garbage collector's threads. Answers are checked against the loop before
 * anything is timed. Run from the benchmarks jar, each workload gets its own class loader over
 * the jar, so its classes are compiled by the JIT for it alone, as in a JVM that runs only that
 * workload: sharing classes, the profiles of one workload's calls would shape the code the other
 * runs ({@code --shared true} shares them, and a class directory always does).
 *
 * <pre>{@code
 * java -Xms8g -Xmx8g -cp kbbx-benchmarks/target/benchmarks.jar \
 *     org.kbbx.benchmarks.peers.SideBySide [--students 1000000] [--runs 150] [--warm-up 30] \
 *     [--workloads ATTENDANCE_DAY,COUNTY_DAY] [--shared false]
 * }</pre>
 *
 * Prints min / quartile / median ms per run of each workload, then each workload's median over
 * the first's.
 */
public final class SideBySide {

  private static volatile Object sink;

  private SideBySide() {}

  /**
   * Runs the comparison.
   *
   * @param args see the class comment
   * @throws IllegalArgumentException for an unknown option or one without a value
   * @throws Exception if a workload cannot be built, or its answers differ from the loop's
   */
  public static void main(String[] args) throws Exception {
    Map<String, String> options = DriverOptions.parse(
        args, List.of("--students", "--runs", "--warm-up", "--workloads", "--shared"));
    int students = Integer.parseInt(options.getOrDefault("--students", "1000000"));
    int runs = Integer.parseInt(options.getOrDefault("--runs", "150"));
    int warmUp = Integer.parseInt(options.getOrDefault("--warm-up", "30"));
    List<PeerCase.Workload> workloads = new ArrayList<>();
    for (String w :
        options.getOrDefault("--workloads", "ATTENDANCE_DAY,COUNTY_DAY").split(",")) {
      workloads.add(PeerCase.Workload.valueOf(w));
    }
    boolean shared = Boolean.parseBoolean(options.getOrDefault("--shared", "false"));
    System.out.print(
        table(workloads, students, measure(workloads, students, runs, warmUp, shared)));
  }

  /**
   * One workload's kbbx run, built (and its answers checked against the loop) when made: made
   * reflectively in a class loader of its own.
   */
  public static final class Runner implements Supplier<Object> {
    private final PeerCase c;

    /**
     * Builds a workload's rows and its kbbx and loop contenders, and checks their answers.
     *
     * @param workload a {@link PeerCase.Workload} name
     * @param students the number of students
     * @throws SQLException never here (DuckDB is not built)
     */
    public Runner(String workload, int students) throws SQLException {
      c = PeerCase.open(
          PeerCase.Workload.valueOf(workload),
          students,
          List.of(PeerCase.Contender.KBBX, PeerCase.Contender.LOOP));
      c.checkLoop();
    }

    /** Runs kbbx once. */
    @Override
    public Object get() {
      return c.kbbx();
    }
  }

  /** A runner for a workload, in a class loader of its own over this jar unless shared. */
  @SuppressWarnings("unchecked")
  private static Supplier<Object> runner(PeerCase.Workload workload, int students, boolean shared)
      throws Exception {
    URL jar = SideBySide.class.getProtectionDomain().getCodeSource().getLocation();
    if (shared || !jar.getPath().endsWith(".jar")) {
      return new Runner(workload.name(), students);
    }
    ClassLoader own = new URLClassLoader(new URL[] {jar}, ClassLoader.getPlatformClassLoader());
    return (Supplier<Object>) own.loadClass(Runner.class.getName())
        .getConstructor(String.class, int.class)
        .newInstance(workload.name(), students);
  }

  /**
   * Times kbbx on each workload, run by run in turn: {@code ms[w][r]} is workload w's r-th run,
   * in thread CPU milliseconds.
   */
  static double[][] measure(
      List<PeerCase.Workload> workloads, int students, int runs, int warmUp, boolean shared)
      throws Exception {
    List<Supplier<Object>> cases = new ArrayList<>();
    for (PeerCase.Workload workload : workloads) {
      cases.add(runner(workload, students, shared));
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int k = cases.size();
    for (int i = 0; i < warmUp; i++) {
      for (Supplier<Object> c : cases) {
        sink = c.get();
      }
    }
    System.gc();
    double[][] ms = new double[k][runs];
    for (int r = 0; r < runs; r++) {
      for (int j = 0; j < k; j++) {
        int w = (j + r) % k;
        long before = threads.getCurrentThreadCpuTime();
        sink = cases.get(w).get();
        ms[w][r] = (threads.getCurrentThreadCpuTime() - before) / 1e6;
      }
    }
    return ms;
  }

  /**
   * The times as a markdown table: per workload min / quartile / median ms per run, and its median
   * over the first workload's.
   */
  static String table(List<PeerCase.Workload> workloads, int students, double[][] ms) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(
        Locale.ROOT,
        "| workload | students | runs | kbbx ms (min / p25 / median) | median ÷ %s |%n",
        workloads.get(0)));
    b.append("|---|---:|---:|---:|---:|\n");
    double first = Alternation.median(ms[0]);
    for (int w = 0; w < workloads.size(); w++) {
      double median = Alternation.median(ms[w]);
      b.append(String.format(
          Locale.ROOT,
          "| %s | %,d | %d | %.1f / %.1f / %.1f | %.2f× |%n",
          workloads.get(w),
          students,
          ms[w].length,
          quantile(ms[w], 0),
          quantile(ms[w], 0.25),
          median,
          median / first));
    }
    return b.toString();
  }

  /** The value at fraction q of the sorted values, rounded down (min at 0, the first quartile at 0.25). */
  static double quantile(double[] values, double q) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.floor(q * (sorted.length - 1))];
  }
}

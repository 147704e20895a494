package org.kbbx.benchmarks.peers;

import java.lang.management.ManagementFactory;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Issue 19's measurement: the three contenders of each workload run alternately in one JVM, round
 * after round (kbbx, DuckDB, loop; then DuckDB, loop, kbbx; …), and each round gives each contender
 * its process CPU per run and kbbx's ratio to each peer. On a shared machine contenders measured in
 * the same seconds are comparable where sequential blocks of runs are not, and the goals are stated
 * per round ("at or below DuckDB in all five runs"), so the table shows min / median / max and the
 * worst round.
 *
 * <p>Linux counts process CPU in 10 ms ticks, so a round times a batch of runs of each contender,
 * sized after the warm-up to take at least {@value #BATCH_CPU_MS} ms of CPU, and divides. Process
 * CPU includes all of the JVM's threads: the garbage collector's and DuckDB's worker threads.
 * Answers are checked equal before anything is timed. Give the JVM a fixed heap ({@code -Xms} equal
 * to {@code -Xmx}): the {@code System.gc()} before each batch otherwise shrinks the heap, and the
 * first round of an allocating workload runs in a small young generation.
 *
 * <pre>{@code
 * java -Xms4g -Xmx4g -cp kbbx-benchmarks/target/benchmarks.jar org.kbbx.benchmarks.peers.PeersDriver \
 *     --rounds 5 --sizes 1000000
 * }</pre>
 */
final class Alternation {

  /**
   * Warm-up runs of each contender at least, before its batch is sized (with {@link
   * #WARM_UP_CPU_NANOS}: short runs warm up for many runs, a 30-second DuckDB query for three).
   */
  static final int WARM_UP_RUNS = 3;

  /**
   * CPU each contender's warm-up takes at least: three seconds, so that the JIT has finished
   * compiling the hot paths even when its threads share the machine (with one second the first
   * rounds measured compilation).
   */
  static final long WARM_UP_CPU_NANOS = 3_000_000_000L;

  /**
   * CPU a contender's warm-up goes on for at most after {@link #WARM_UP_CPU_NANOS}, while its runs
   * still make the JIT compile.
   */
  static final long QUIET_WARM_UP_MAX_NANOS = 30_000_000_000L;

  /** The CPU a contender's batch takes at least in each round. */
  static final long BATCH_CPU_MS = 300;

  /** The CPU the runs that size a contender's batch take at least. */
  static final long SIZING_CPU_MS = 100;

  private static volatile Object sink;

  private Alternation() {}

  /** One workload at one size: each contender's CPU ms per run in each round. */
  record Result(PeerCase.Workload workload, int students, int[] batch, double[][] ms) {

    int rounds() {
      return ms[0].length;
    }

    double[] ratio(PeerCase.Contender peer) {
      double[] out = new double[rounds()];
      for (int r = 0; r < out.length; r++) {
        out[r] = ms[PeerCase.Contender.KBBX.ordinal()][r] / ms[peer.ordinal()][r];
      }
      return out;
    }
  }

  /**
   * Runs every workload at every size for the given number of rounds, printing each round to
   * standard error as it ends.
   *
   * @param workloads the workloads
   * @param sizes the sizes
   * @param rounds the rounds
   * @return one result per size and workload
   * @throws SQLException if DuckDB fails
   */
  static List<Result> run(List<PeerCase.Workload> workloads, int[] sizes, int rounds)
      throws SQLException {
    com.sun.management.OperatingSystemMXBean bean =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    PeerCase.Contender[] contenders = PeerCase.Contender.values();
    List<Result> results = new ArrayList<>();
    for (int students : sizes) {
      for (PeerCase.Workload workload : workloads) {
        try (PeerCase c = PeerCase.open(workload, students)) {
          c.check();
          int[] batch = new int[contenders.length];
          for (PeerCase.Contender contender : contenders) {
            batch[contender.ordinal()] = calibrate(c, contender, bean);
          }
          double[][] ms = new double[contenders.length][rounds];
          for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < contenders.length; k++) {
              // rotate the order each round so that no contender always follows the same one
              int who = (k + r) % contenders.length;
              System.gc();
              long before = bean.getProcessCpuTime();
              for (int i = 0; i < batch[who]; i++) {
                sink = c.run(contenders[who]);
              }
              ms[who][r] = (bean.getProcessCpuTime() - before) / 1e6 / batch[who];
            }
            System.err.printf(
                Locale.ROOT,
                "%s %,d round %d: kbbx %.1f ms, DuckDB %.1f ms, loop %.1f ms;"
                    + " kbbx/DuckDB %.2f×, kbbx/loop %.2f×%n",
                workload,
                students,
                r + 1,
                ms[0][r],
                ms[1][r],
                ms[2][r],
                ms[0][r] / ms[1][r],
                ms[0][r] / ms[2][r]);
          }
          results.add(new Result(workload, students, batch, ms));
        }
      }
    }
    return results;
  }

  /**
   * Warms a contender up ({@value #WARM_UP_RUNS} runs and three CPU seconds at least, counted after
   * a {@code System.gc()}, then on until a CPU second of runs compiles nothing), then sizes
   * its batch from more runs measured as a round measures them: after {@code System.gc()} (so that
   * promoting the data the case built, which happens once, is not taken for the cost of a run), at
   * least three runs and {@value #SIZING_CPU_MS} ms of CPU (ten 10 ms ticks, so that a run of
   * 25 ms is not sized from three runs read to within 13 %).
   */
  private static int calibrate(
      PeerCase c, PeerCase.Contender contender, com.sun.management.OperatingSystemMXBean bean)
      throws SQLException {
    // The data the case built is promoted once, by the first collection; collected here, that
    // CPU (2.5 s for the county day's 1,000,000 files) does not count as warm-up.
    System.gc();
    long start = bean.getProcessCpuTime();
    int runs = 0;
    while (runs < WARM_UP_RUNS || bean.getProcessCpuTime() - start < WARM_UP_CPU_NANOS) {
      sink = c.run(contender);
      runs++;
    }
    // Then on until a stretch of runs (one CPU second at least) compiles nothing: a path taken a
    // few hundred times a run is compiled only after some hundred runs, and its compilation
    // would otherwise be counted in the first rounds.
    java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    if (jit != null && jit.isCompilationTimeMonitoringSupported()) {
      long compiled;
      long deadline = bean.getProcessCpuTime() + QUIET_WARM_UP_MAX_NANOS;
      do {
        compiled = jit.getTotalCompilationTime();
        long stretch = bean.getProcessCpuTime();
        do {
          sink = c.run(contender);
        } while (bean.getProcessCpuTime() - stretch < 1_000_000_000L);
      } while (jit.getTotalCompilationTime() != compiled && bean.getProcessCpuTime() < deadline);
    }
    System.gc();
    long warm = bean.getProcessCpuTime();
    int sized = 0;
    while (sized < 3 || bean.getProcessCpuTime() - warm < SIZING_CPU_MS * 1_000_000L) {
      sink = c.run(contender);
      sized++;
    }
    double perRun = (bean.getProcessCpuTime() - warm) / 1e6 / sized;
    return (int) Math.max(1, Math.ceil(BATCH_CPU_MS / Math.max(perRun, 0.01)));
  }

  /**
   * The results as a markdown table: min / median / max CPU ms per run of each contender, kbbx's
   * ratios, and whether every round met issue 19's goals (kbbx at or below DuckDB; the county report
   * at or below three times the loop).
   *
   * @param results the results
   * @return the table
   */
  static String table(List<Result> results) {
    StringBuilder b = new StringBuilder();
    b.append("| workload | students | runs per round (kbbx / DuckDB / loop) | kbbx ms | DuckDB ms"
        + " | loop ms | kbbx ÷ DuckDB | kbbx ÷ loop | ≤ 1.0× DuckDB in every round |\n");
    b.append("|---|---:|---|---:|---:|---:|---:|---:|---|\n");
    for (Result r : results) {
      double[] toDuck = r.ratio(PeerCase.Contender.DUCKDB);
      double[] toLoop = r.ratio(PeerCase.Contender.LOOP);
      long met = Arrays.stream(toDuck).filter(x -> x <= 1.0).count();
      b.append(String.format(
          Locale.ROOT,
          "| %s | %,d | %d / %d / %d | %s | %s | %s | %s | %s | %s |\n",
          r.workload(),
          r.students(),
          r.batch()[0],
          r.batch()[1],
          r.batch()[2],
          stats(r.ms()[0], "%.1f"),
          stats(r.ms()[1], "%.1f"),
          stats(r.ms()[2], "%.1f"),
          stats(toDuck, "%.2f×"),
          stats(toLoop, "%.2f×"),
          met == toDuck.length ? "yes" : "no (" + met + " of " + toDuck.length + ")"));
    }
    b.append("\nEach cell: min / median / max over the rounds (ratios are per round).\n");
    return b.toString();
  }

  static String stats(double[] values, String format) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return String.format(Locale.ROOT, format, sorted[0]) + " / "
        + String.format(Locale.ROOT, format, middle(sorted)) + " / "
        + String.format(Locale.ROOT, format, sorted[sorted.length - 1]);
  }

  /** The median: the middle value, or the mean of the middle two of an even count. */
  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return middle(sorted);
  }

  /** The median of values already sorted. */
  private static double middle(double[] sorted) {
    return sorted.length % 2 == 1
        ? sorted[sorted.length / 2]
        : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  }
}

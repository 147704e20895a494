package org.kbbx.benchmarks.peers;

import java.lang.management.ManagementFactory;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Runs the contenders of one or more workloads alternately (kbbx, DuckDB, loop, kbbx, DuckDB, …)
 * in one JVM and prints each round's process CPU per contender and kbbx's ratio to each peer, then
 * min / median / max over the rounds: on a busy machine, contenders measured side by side in the
 * same minutes are comparable where sequential blocks of runs are not. Answers are checked equal
 * first.
 *
 * <pre>{@code
 * java -Xmx4g -cp kbbx-benchmarks/target/benchmarks.jar \
 *     org.kbbx.benchmarks.peers.ReplayCountyAlternation 1000000 5 REPLAY,COUNTY_REPORT
 * }</pre>
 */
public final class ReplayCountyAlternation {

  private static Object sink;

  private ReplayCountyAlternation() {}

  /**
   * Runs the alternation.
   *
   * @param args students (default 1,000,000), rounds (default 5), workloads (default
   *     REPLAY,COUNTY_REPORT), runs per contender per round (default 1; the CPU of the batch ÷ the
   *     runs, so that 10 ms CPU ticks do not dominate short runs)
   * @throws SQLException if DuckDB fails
   */
  public static void main(String[] args) throws SQLException {
    int students = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    String workloads = args.length > 2 ? args[2] : "REPLAY,COUNTY_REPORT";
    int batch = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    PeerCase.Contender[] contenders = PeerCase.Contender.values();
    com.sun.management.OperatingSystemMXBean bean =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (String name : workloads.split(",")) {
      PeerCase.Workload workload = PeerCase.Workload.valueOf(name.trim());
      try (PeerCase c = PeerCase.open(workload, students)) {
        c.check();
        for (PeerCase.Contender contender : contenders) {
          for (int i = 0; i < 3; i++) {
            sink = c.run(contender); // warm-up
          }
        }
        double[][] ms = new double[contenders.length][rounds];
        for (int r = 0; r < rounds; r++) {
          for (int k = 0; k < contenders.length; k++) {
            // rotate the order each round so that no contender always follows the same one
            int who = (k + r) % contenders.length;
            System.gc();
            long before = bean.getProcessCpuTime();
            for (int b = 0; b < batch; b++) {
              sink = c.run(contenders[who]);
            }
            ms[who][r] = (bean.getProcessCpuTime() - before) / 1e6 / batch;
          }
          System.out.printf(
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
        List<String> summary = new ArrayList<>();
        for (int k = 0; k < contenders.length; k++) {
          summary.add(contenders[k] + " " + stats(ms[k], "%.1f ms"));
        }
        double[] toDuck = new double[rounds];
        double[] toLoop = new double[rounds];
        for (int r = 0; r < rounds; r++) {
          toDuck[r] = ms[0][r] / ms[1][r];
          toLoop[r] = ms[0][r] / ms[2][r];
        }
        summary.add("kbbx/DuckDB " + stats(toDuck, "%.2f×"));
        summary.add("kbbx/loop " + stats(toLoop, "%.2f×"));
        System.out.printf(
            Locale.ROOT,
            "%s %,d, %d rounds, min / median / max: %s%n",
            workload,
            students,
            rounds,
            String.join("; ", summary));
      }
    }
  }

  private static String stats(double[] values, String format) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double median = sorted.length % 2 == 1
        ? sorted[sorted.length / 2]
        : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    return String.format(Locale.ROOT, format, sorted[0]) + " / "
        + String.format(Locale.ROOT, format, median) + " / "
        + String.format(Locale.ROOT, format, sorted[sorted.length - 1]);
  }
}

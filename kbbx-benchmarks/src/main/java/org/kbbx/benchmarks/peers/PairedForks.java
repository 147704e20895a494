package org.kbbx.benchmarks.peers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Issue 13's done-when measured in pairs: {@link PeersBenchmark#kbbx} for two workloads (by default
 * the attendance day, then the county day), one JMH fork of each in turn, the order swapped every
 * pair, and the second workload's score over the first's per pair.
 *
 * <p>On this project's shared machine one JMH fork of the same workload scores anywhere from 13 to
 * 16 ms at 1,000,000 students, and the machine's speed drifts over minutes. A JMH run with
 * {@code -f 5} measures the workloads one after the other, so its ratio depends on which ran
 * first. Forks run in pairs, adjacent in time and in both orders, compare where blocks of forks do
 * not: the ratios per pair, and their median, are the measure.
 *
 * <pre>{@code
 * java -cp kbbx-benchmarks/target/benchmarks.jar org.kbbx.benchmarks.peers.PairedForks \
 *     [--pairs 10] [--students 1000000] [--workloads ATTENDANCE_DAY,COUNTY_DAY] \
 *     [--jvm-args "-Xmx4g"]
 * }</pre>
 *
 * Each fork keeps {@link PeersBenchmark}'s warm-up and measurement; {@code --jvm-args} replaces
 * its JVM arguments (split at spaces), so name the heap there too. Prints one line per pair, then
 * the median, least and greatest ratio and in how many pairs the second workload was not slower.
 */
public final class PairedForks {

  private PairedForks() {}

  /**
   * Runs the pairs and prints them.
   *
   * @param args see the class comment
   * @throws IllegalArgumentException for an unknown option, one without a value, fewer than one
   *     pair or student, or not two workloads
   * @throws RunnerException if JMH cannot run a fork
   */
  public static void main(String[] args) throws RunnerException {
    Map<String, String> options =
        DriverOptions.parse(args, List.of("--pairs", "--students", "--workloads", "--jvm-args"));
    int pairs = Integer.parseInt(options.getOrDefault("--pairs", "10"));
    int students = Integer.parseInt(options.getOrDefault("--students", "1000000"));
    String[] workloads =
        options.getOrDefault("--workloads", "ATTENDANCE_DAY,COUNTY_DAY").split(",");
    if (pairs < 1 || students < 1) {
      throw new IllegalArgumentException(
          "Invalid --pairs or --students: expected at least 1, got " + pairs + " and " + students);
    }
    if (workloads.length != 2) {
      throw new IllegalArgumentException(
          "Invalid --workloads: expected two, comma-separated, got " + workloads.length);
    }
    for (String w : workloads) {
      PeerCase.Workload.valueOf(w);
    }
    String[] jvmArgs = options.getOrDefault("--jvm-args", "-Xmx4g").trim().split(" +");
    double[][] scores = new double[pairs][2];
    for (int p = 0; p < pairs; p++) {
      for (int k = 0; k < 2; k++) {
        // Pairs 1, 3, 5, … fork the first workload first; pairs 2, 4, 6, … the second.
        int w = p % 2 == 0 ? k : 1 - k;
        scores[p][w] = fork(workloads[w], students, jvmArgs);
        System.out.printf(
            Locale.ROOT, "pair %d: %s %.3f ms/op%n", p + 1, workloads[w], scores[p][w]);
      }
    }
    System.out.print(table(workloads, scores));
  }

  /** One JMH fork of {@link PeersBenchmark#kbbx} for a workload: its score in ms/op. */
  private static double fork(String workload, int students, String[] jvmArgs)
      throws RunnerException {
    Options options = new OptionsBuilder()
        .include(PeersBenchmark.class.getName() + "\\.kbbx$")
        .param("workload", workload)
        .param("students", Integer.toString(students))
        .forks(1)
        .jvmArgsAppend(jvmArgs)
        .verbosity(VerboseMode.SILENT)
        .build();
    Collection<RunResult> results = new Runner(options).run();
    if (results.size() != 1) {
      throw new IllegalStateException("Expected one JMH result, got " + results.size());
    }
    return results.iterator().next().getPrimaryResult().getScore();
  }

  /**
   * The pairs as a Markdown table, each with its order and the second workload's score over the
   * first's, then the median, least and greatest ratio and how many pairs had a ratio of at most 1.
   *
   * @param workloads the two workloads
   * @param scores per pair, the two workloads' scores (pairs 1, 3, 5, … forked the first first)
   * @return the table
   */
  static String table(String[] workloads, double[][] scores) {
    StringBuilder out = new StringBuilder();
    out.append("| pair | first run | ")
        .append(workloads[0])
        .append(" ms/op | ")
        .append(workloads[1])
        .append(" ms/op | ratio |\n");
    out.append("|---:|---|---:|---:|---:|\n");
    List<Double> ratios = new ArrayList<>();
    int notSlower = 0;
    for (int p = 0; p < scores.length; p++) {
      double ratio = scores[p][1] / scores[p][0];
      ratios.add(ratio);
      if (ratio <= 1) {
        notSlower++;
      }
      out.append(String.format(
          Locale.ROOT,
          "| %d | %s | %.3f | %.3f | %.3f |%n",
          p + 1,
          workloads[p % 2],
          scores[p][0],
          scores[p][1],
          ratio));
    }
    double[] r = ratios.stream().mapToDouble(Double::doubleValue).toArray();
    java.util.Arrays.sort(r);
    out.append(String.format(
        Locale.ROOT,
        "%nratio %s / %s over %d pairs: median %.3f, least %.3f, greatest %.3f;"
            + " not slower in %d of %d%n",
        workloads[1],
        workloads[0],
        r.length,
        r.length == 0 ? Double.NaN : Alternation.median(r),
        r.length == 0 ? Double.NaN : r[0],
        r.length == 0 ? Double.NaN : r[r.length - 1],
        notSlower,
        r.length));
    return out.toString();
  }
}

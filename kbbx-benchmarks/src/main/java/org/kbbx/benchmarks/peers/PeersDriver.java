package org.kbbx.benchmarks.peers;

import java.lang.management.ManagementFactory;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Prints issue 8's comparison table. For each workload and size it first builds the rows and the
 * contenders in this JVM, checks the answers (fails if a peer differs from kbbx), times the loads
 * and one cold run of each contender with its heap after garbage collection ({@link HeapAfterGc}); then (unless {@code --no-jmh}) runs
 * {@link PeersBenchmark} under JMH with the GC profiler and prints a markdown table with the
 * ratios kbbx/DuckDB and kbbx/loop.
 *
 * <pre>
 * java -Xmx4g -cp kbbx-benchmarks/target/benchmarks.jar org.kbbx.benchmarks.peers.PeersDriver \
 *     [--sizes 100000,1000000] [--workloads REPLAY,...] [--contenders KBBX,DUCKDB,LOOP]
 *     [--no-jmh] [--smoke] [--warmup 3] [--iterations 5] [--seconds 2] [--cpu-reps 3]
 *     [--rounds 5]
 * </pre>
 *
 * {@code --rounds N} runs the three contenders alternately instead, N rounds, and prints each
 * round's CPU per run and kbbx's ratios with min / median / max ({@link Alternation}): issue 19's
 * table.
 *
 * {@code --smoke} is tiny sizes (3,000), one run each, no JMH: what {@code mvn verify} runs.
 */
public final class PeersDriver {

  /** Keeps results alive so the runs are not optimised away. */
  private static volatile Object sink;

  private PeersDriver() {}

  /** One contender's figures at one workload and size. */
  record Row(
      PeerCase.Workload workload,
      int students,
      PeerCase.Contender contender,
      double loadMs,
      double coldMs,
      double cpuMs,
      double peakHeapMb,
      double jmhMs,
      double jmhError,
      double allocMb) {}

  /**
   * Runs the driver.
   *
   * @param args see the class comment
   * @throws Exception if a check fails, DuckDB fails or JMH fails
   */
  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String key = args[i];
      boolean flag = key.equals("--no-jmh") || key.equals("--smoke");
      options.put(key, flag ? "true" : args[++i]);
    }
    boolean smoke = options.containsKey("--smoke");
    int[] sizes = Arrays.stream(
            options.getOrDefault("--sizes", smoke ? "3000" : "100000").split(","))
        .mapToInt(Integer::parseInt)
        .toArray();
    List<PeerCase.Workload> workloads = new ArrayList<>();
    for (String w : options
        .getOrDefault(
            "--workloads", "REPLAY,COUNTY_REPORT,RECONCILIATION,ATTENDANCE_DAY,COUNTY_DAY")
        .split(",")) {
      workloads.add(PeerCase.Workload.valueOf(w));
    }
    List<PeerCase.Contender> contenders = new ArrayList<>();
    for (String c : options.getOrDefault("--contenders", "KBBX,DUCKDB,LOOP").split(",")) {
      contenders.add(PeerCase.Contender.valueOf(c));
    }
    if (options.containsKey("--rounds")) {
      System.out.println(Alternation.table(
          Alternation.run(workloads, sizes, Integer.parseInt(options.get("--rounds")))));
      return;
    }
    List<Row> rows = probe(
        workloads,
        sizes,
        contenders,
        Integer.parseInt(options.getOrDefault("--cpu-reps", smoke ? "0" : "3")));
    if (!smoke && !options.containsKey("--no-jmh")) {
      rows = withJmh(
          rows,
          workloads,
          sizes,
          contenders,
          Integer.parseInt(options.getOrDefault("--warmup", "3")),
          Integer.parseInt(options.getOrDefault("--iterations", "5")),
          Integer.parseInt(options.getOrDefault("--seconds", "2")));
    }
    System.out.println(table(rows));
  }

  /**
   * Builds, checks and runs every case once in this JVM.
   *
   * @param workloads the workloads
   * @param sizes the sizes
   * @param contenders the contenders; the answers are checked only when all three are present
   * @return one row per contender, workload and size, without JMH figures
   * @throws SQLException if DuckDB fails
   * @throws InterruptedException if interrupted while waiting for the collector's notifications
   */
  static List<Row> probe(
      List<PeerCase.Workload> workloads, int[] sizes, List<PeerCase.Contender> contenders, int reps)
      throws SQLException, InterruptedException {
    List<Row> rows = new ArrayList<>();
    for (int size : sizes) {
      for (PeerCase.Workload workload : workloads) {
        try (PeerCase c = PeerCase.open(workload, size, contenders)) {
          System.err.printf(
              Locale.ROOT,
              "%s %,d: rows generated in %,.0f ms%n",
              workload,
              size,
              c.dataNanos / 1e6);
          if (contenders.size() == PeerCase.Contender.values().length) {
            c.check();
          }
          for (PeerCase.Contender contender : contenders) {
            System.gc();
            HeapAfterGc.reset();
            long t = System.nanoTime();
            Object result = c.run(contender);
            double cold = (System.nanoTime() - t) / 1e6;
            double peak = HeapAfterGc.peakBytes(result) / 1e6;
            if (result == null) {
              throw new IllegalStateException(contender + " returned nothing");
            }
            double load = switch (contender) {
              case KBBX -> c.kbbxLoadNanos / 1e6;
              case DUCKDB -> c.duckLoadNanos / 1e6;
              case LOOP -> c.loopLoadNanos / 1e6;
            };
            double cpu = cpuMillisPerRun(c, contender, reps);
            rows.add(new Row(
                workload,
                size,
                contender,
                load,
                cold,
                cpu,
                peak,
                Double.NaN,
                Double.NaN,
                Double.NaN));
          }
        }
      }
    }
    return rows;
  }

  /**
   * Process CPU milliseconds per run, after at least {@code reps} warm-up runs and one CPU second,
   * over at least {@code reps} runs and two CPU seconds: all
   * of this JVM's threads (the run, the garbage collector, DuckDB's), which other processes on a
   * busy machine do not inflate as they inflate wall time.
   */
  private static double cpuMillisPerRun(PeerCase c, PeerCase.Contender contender, int reps)
      throws SQLException {
    if (reps <= 0) {
      return Double.NaN;
    }
    com.sun.management.OperatingSystemMXBean bean =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long warm = bean.getProcessCpuTime();
    for (int i = 0; i < reps || bean.getProcessCpuTime() - warm < 1_000_000_000L; i++) {
      sink = c.run(contender);
    }
    long cpu = bean.getProcessCpuTime();
    int runs = 0;
    while (runs < reps || bean.getProcessCpuTime() - cpu < 2_000_000_000L) {
      sink = c.run(contender);
      runs++;
    }
    return (bean.getProcessCpuTime() - cpu) / 1e6 / runs;
  }

  private static List<Row> withJmh(
      List<Row> rows,
      List<PeerCase.Workload> workloads,
      int[] sizes,
      List<PeerCase.Contender> contenders,
      int warmup,
      int iterations,
      int seconds)
      throws RunnerException {
    StringBuilder methods = new StringBuilder();
    for (PeerCase.Contender c : contenders) {
      methods.append(methods.length() == 0 ? "" : "|").append(c.name().toLowerCase(Locale.ROOT));
    }
    ChainedOptionsBuilder builder = new OptionsBuilder()
        .include(PeersBenchmark.class.getName() + "\\.(" + methods + ")$")
        .param("workload", workloads.stream().map(Enum::name).toArray(String[]::new))
        .param("students", Arrays.stream(sizes).mapToObj(Integer::toString).toArray(String[]::new))
        .warmupIterations(warmup)
        .measurementIterations(iterations)
        .warmupTime(TimeValue.seconds(seconds))
        .measurementTime(TimeValue.seconds(seconds))
        .addProfiler(GCProfiler.class);
    Collection<RunResult> results = new Runner(builder.build()).run();
    List<Row> merged = new ArrayList<>();
    for (Row row : rows) {
      Row out = row;
      for (RunResult r : results) {
        String method = r.getParams().getBenchmark();
        if (method.endsWith("." + row.contender().name().toLowerCase(Locale.ROOT))
            && r.getParams().getParam("workload").equals(row.workload().name())
            && Integer.parseInt(r.getParams().getParam("students")) == row.students()) {
          double alloc = Double.NaN;
          for (String key : r.getSecondaryResults().keySet()) {
            if (key.endsWith("gc.alloc.rate.norm")) {
              alloc = r.getSecondaryResults().get(key).getScore() / 1e6;
            }
          }
          out = new Row(
              row.workload(),
              row.students(),
              row.contender(),
              row.loadMs(),
              row.coldMs(),
              row.cpuMs(),
              row.peakHeapMb(),
              r.getPrimaryResult().getScore(),
              r.getPrimaryResult().getScoreError(),
              alloc);
        }
      }
      merged.add(out);
    }
    return merged;
  }

  private static double time(Row r) {
    return !Double.isNaN(r.jmhMs()) ? r.jmhMs() : !Double.isNaN(r.cpuMs()) ? r.cpuMs() : r.coldMs();
  }

  /**
   * Formats the rows as a markdown table with the ratios kbbx/DuckDB and kbbx/loop.
   *
   * @param rows the rows
   * @return the table
   */
  static String table(List<Row> rows) {
    StringBuilder b = new StringBuilder();
    b.append(
        "| workload | students | contender | load ms | cold run ms | JMH ms/op | students/s | alloc MB/op"
            + " | heap after GC MB | kbbx / this | CPU ms/op | kbbx / this (CPU) |\n");
    b.append("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    Map<PeerCase.Workload, Map<Integer, Double>> kbbxCpu = new EnumMap<>(PeerCase.Workload.class);
    for (Row r : rows) {
      if (r.contender() == PeerCase.Contender.KBBX) {
        kbbxCpu
            .computeIfAbsent(r.workload(), w -> new LinkedHashMap<>())
            .put(r.students(), r.cpuMs());
      }
    }
    Map<PeerCase.Workload, Map<Integer, EnumMap<PeerCase.Contender, Double>>> times =
        new EnumMap<>(PeerCase.Workload.class);
    for (Row r : rows) {
      double t = time(r);
      times
          .computeIfAbsent(r.workload(), w -> new LinkedHashMap<>())
          .computeIfAbsent(r.students(), s -> new EnumMap<>(PeerCase.Contender.class))
          .put(r.contender(), t);
    }
    for (Row r : rows) {
      double t = time(r);
      Double kbbx = times.get(r.workload()).get(r.students()).get(PeerCase.Contender.KBBX);
      String ratio = kbbx == null || r.contender() == PeerCase.Contender.KBBX
          ? ""
          : String.format(Locale.ROOT, "%.2f×", kbbx / t);
      Double kc = kbbxCpu.getOrDefault(r.workload(), Map.of()).get(r.students());
      String cpuRatio =
          kc == null || r.contender() == PeerCase.Contender.KBBX || Double.isNaN(r.cpuMs())
              ? ""
              : String.format(Locale.ROOT, "%.2f×", kc / r.cpuMs());
      b.append(String.format(
          Locale.ROOT,
          "| %s | %,d | %s | %.0f | %.1f | %s | %s | %s | %.0f | %s | %s | %s |\n",
          r.workload(),
          r.students(),
          r.contender(),
          r.loadMs(),
          r.coldMs(),
          Double.isNaN(r.jmhMs())
              ? "–"
              : String.format(Locale.ROOT, "%.2f ± %.2f", r.jmhMs(), r.jmhError()),
          String.format(Locale.ROOT, "%,.0f", r.students() / (t / 1000)),
          Double.isNaN(r.allocMb()) ? "–" : String.format(Locale.ROOT, "%.1f", r.allocMb()),
          r.peakHeapMb(),
          ratio,
          Double.isNaN(r.cpuMs()) ? "–" : String.format(Locale.ROOT, "%.2f", r.cpuMs()),
          cpuRatio));
    }
    return b.toString();
  }
}

package org.kbbx.benchmarks;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.kbbx.benchmarks.ArrivalOrderWorkloads.Order;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.rules.casework.CaseEvent;
import org.kbbx.rules.casework.CaseMachine;
import org.kbbx.rules.file.FileInput;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Arrival order (issue 19, docs/rules.md §11: every operation linear or n log n for any arrival
 * order; R-SM-4): the same inputs sorted, newest first and shuffled, through the library's entry
 * points — {@code StudentTimeline} from 32,000 events of one student ({@code withAll} and one
 * {@code with} at a time), the same events through {@code FileKeeper.student} (what {@code kbbx
 * evaluate} calls per student), a file of 16,000 status events and 16,000 marks, 100,000 steps
 * of one return-persuasion case through {@code CaseMachine.record}, and a county's marks through
 * the escalation ledger and the county file, one call per day and in one replay.
 *
 * <p>The goal: every order within 2× of the sorted time; 100,000 case steps in under a second.
 * JMH: {@code java -jar benchmarks.jar ArrivalOrderBenchmark}. Table: {@code java -cp
 * benchmarks.jar org.kbbx.benchmarks.ArrivalOrderBenchmark [samples [batch]]}, which prints the
 * process's CPU time per run for each workload and order and each order's ratio to sorted.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ArrivalOrderBenchmark {

  /** Events of one student (the 32,000). */
  public static final int EVENTS = 32_000;

  /** The least wall time each workload warms up for before it is measured: 3 s. */
  static final long WARM_UP_NANOS = 3_000_000_000L;

  /**
   * Events of the timeline workload whose every event is followed by a duplicate: each refusal
   * names the status at its arrival, so it replays what waits (the class Javadoc's one case that
   * is not n log n); kept small.
   */
  public static final int DUPLICATED = 4_000;

  /** Steps of one case (the 100,000). */
  public static final int CASE_STEPS = 100_000;

  /** Students of the county workloads. */
  public static final int COUNTY_STUDENTS = 1_000;

  /** School days of the county workloads. */
  public static final int COUNTY_DAYS = 100;

  /** The arrival order. */
  @Param({"SORTED", "NEWEST_FIRST", "SHUFFLED"})
  public String order;

  private Inputs inputs;
  private Order arrival;

  /** Builds the inputs once. */
  @Setup
  public void setUp() {
    inputs = new Inputs();
    arrival = Order.valueOf(order);
  }

  /**
   * {@code StudentTimeline.withAll} of 32,000 events, then the current status.
   *
   * @return the status
   */
  @Benchmark
  public Object timelineWithAll() {
    return ArrivalOrderWorkloads.timelineWithAll(inputs.events.get(arrival));
  }

  /**
   * {@code StudentTimeline.with} of 32,000 events one at a time, then the current status.
   *
   * @return the status
   */
  @Benchmark
  public Object timelineOneByOne() {
    return ArrivalOrderWorkloads.timelineOneByOne(inputs.events.get(arrival));
  }

  /**
   * {@code FileKeeper.student} of 32,000 status events: {@code kbbx evaluate}'s library path.
   *
   * @return the status
   */
  @Benchmark
  public Object evaluatePath() {
    return ArrivalOrderWorkloads.fileStudent(inputs.statusInputs.get(arrival), inputs.statusAsOf);
  }

  /**
   * {@code FileKeeper.student} of 16,000 status events and 16,000 marks.
   *
   * @return the status
   */
  @Benchmark
  public Object fileMixed() {
    return ArrivalOrderWorkloads.fileStudent(inputs.mixed.get(arrival), inputs.mixedAsOf);
  }

  /**
   * {@code CaseMachine.record} of 100,000 steps of one case.
   *
   * @return the case
   */
  @Benchmark
  public Object caseRecord() {
    return ArrivalOrderWorkloads.recordAll(inputs.machine, inputs.steps.get(arrival));
  }

  /**
   * The escalation ledger fed one call per day of a county's marks, the days in this order.
   *
   * @return a count of the outputs
   */
  @Benchmark
  public long ledgerByDay() {
    return ArrivalOrderWorkloads.feedLedger(inputs.countyDays.get(arrival));
  }

  /**
   * The county file fed one call per day of marks, the days in this order.
   *
   * @return a count of the outputs
   */
  @Benchmark
  public long countyByDay() {
    return ArrivalOrderWorkloads.feedCountyByDay(
        inputs.enrolments, inputs.countyDays.get(arrival), arrival);
  }

  /**
   * The county file replayed from all its marks in one call, the marks in this order.
   *
   * @return a count of the outputs
   */
  @Benchmark
  public long countyReplay() {
    return ArrivalOrderWorkloads.replayCounty(inputs.countyReplay.get(arrival));
  }

  /** Every workload's inputs in every order, copied in arrival order, made once. */
  static final class Inputs {
    final Map<Order, List<StatusEvent>> events = ArrivalOrderWorkloads.arranged(
        ArrivalOrderWorkloads.events(EVENTS), ArrivalOrderWorkloads::copy);
    final Map<Order, List<StatusEvent>> withDuplicates = new java.util.EnumMap<>(Order.class);
    final Map<Order, List<FileInput>> statusInputs;
    final LocalDate statusAsOf;
    final Map<Order, List<FileInput>> mixed;
    final LocalDate mixedAsOf;
    final CaseMachine machine = ArrivalOrderWorkloads.caseMachine();
    final Map<Order, List<CaseEvent>> steps = ArrivalOrderWorkloads.arranged(
        ArrivalOrderWorkloads.caseSteps(CASE_STEPS), ArrivalOrderWorkloads::copy);
    final List<FileInput> enrolments = ArrivalOrderWorkloads.enrolments(COUNTY_STUDENTS);
    final Map<Order, List<List<FileInput>>> countyDays = new java.util.EnumMap<>(Order.class);
    final Map<Order, List<FileInput>> countyReplay = new java.util.EnumMap<>(Order.class);

    Inputs() {
      Map<Order, List<StatusEvent>> half = ArrivalOrderWorkloads.arranged(
          ArrivalOrderWorkloads.events(DUPLICATED), ArrivalOrderWorkloads::copy);
      for (Order o : Order.values()) {
        List<StatusEvent> list = new ArrayList<>(2 * DUPLICATED);
        for (StatusEvent e : half.get(o)) {
          list.add(e);
          list.add(e); // the same id again: refused, and its rejection names the status then
        }
        withDuplicates.put(o, list);
      }
      List<FileInput> status = ArrivalOrderWorkloads.statusInputs(EVENTS);
      statusInputs = ArrivalOrderWorkloads.arranged(status, ArrivalOrderWorkloads::copy);
      statusAsOf = ArrivalOrderWorkloads.lastDate(status);
      List<FileInput> m = ArrivalOrderWorkloads.mixedInputs(EVENTS);
      mixed = ArrivalOrderWorkloads.arranged(m, ArrivalOrderWorkloads::copy);
      mixedAsOf = ArrivalOrderWorkloads.lastDate(m);
      List<List<FileInput>> county = ArrivalOrderWorkloads.countyMarks(
          COUNTY_STUDENTS, ArrivalOrderWorkloads.schoolDays(COUNTY_DAYS));
      for (Order o : Order.values()) {
        countyDays.put(o, ArrivalOrderWorkloads.arrangeDays(county, o));
        countyReplay.put(o, ArrivalOrderWorkloads.arrangeReplay(enrolments, county, o));
      }
    }
  }

  /**
   * Prints a table: per workload and order, the process's CPU milliseconds per run (garbage
   * collection included; 10 ms ticks, so batches) and each
   * order's ratio to sorted. After warm-up batches of every order (at least three, and for at least
   * {@link #WARM_UP_NANOS} of wall time, so that the compiler is done before a workload of a few
   * milliseconds is measured: its threads count in the process's CPU), the orders run alternately,
   * {@code samples} times each; a sample is the mean of a batch of {@code batch} runs, and the
   * table shows each order's median sample.
   *
   * @param args optional: samples (default 5), runs per batch (default 3), then words picking
   *     workloads by name (default all)
   */
  public static void main(String[] args) {
    int samples = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int batch = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    List<String> only = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      only.add(args[i]);
    }
    Inputs in = new Inputs();
    Map<String, Function<Order, Object>> workloads = new java.util.LinkedHashMap<>();
    workloads.put(
        "timeline withAll, 32,000 events",
        o -> ArrivalOrderWorkloads.timelineWithAll(in.events.get(o)));
    workloads.put(
        "timeline with one by one, 32,000 events",
        o -> ArrivalOrderWorkloads.timelineOneByOne(in.events.get(o)));
    workloads.put(
        "timeline withAll, 4,000 events each followed by a duplicate (refused)",
        o -> ArrivalOrderWorkloads.timelineWithAll(in.withDuplicates.get(o)));
    workloads.put(
        "evaluate path (FileKeeper.student), 32,000 events",
        o -> ArrivalOrderWorkloads.fileStudent(in.statusInputs.get(o), in.statusAsOf));
    workloads.put(
        "FileKeeper.student, 16,000 events + 16,000 marks",
        o -> ArrivalOrderWorkloads.fileStudent(in.mixed.get(o), in.mixedAsOf));
    workloads.put(
        "CaseMachine.record, 100,000 steps",
        o -> ArrivalOrderWorkloads.recordAll(in.machine, in.steps.get(o)));
    workloads.put(
        "escalation ledger, 1,000 students x 100 days, a call per day",
        o -> ArrivalOrderWorkloads.feedLedger(in.countyDays.get(o)));
    workloads.put(
        "county file, 1,000 students x 100 days, one replay",
        o -> ArrivalOrderWorkloads.replayCounty(in.countyReplay.get(o)));
    workloads.put(
        "county file, 1,000 students x 100 days, a call per day",
        o -> ArrivalOrderWorkloads.feedCountyByDay(in.enrolments, in.countyDays.get(o), o));
    // Process CPU: includes the collector's threads, which this thread's CPU time leaves out
    // (the case recording's 100,000 kept rejections are mostly garbage-collection work).
    com.sun.management.OperatingSystemMXBean bean =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    System.out.println(
        "| workload | sorted ms | newest first ms (÷ sorted) | shuffled ms (÷ sorted) |");
    System.out.println("|---|---:|---:|---:|");
    Order[] orders = Order.values();
    for (Map.Entry<String, Function<Order, Object>> w : workloads.entrySet()) {
      if (!only.isEmpty() && only.stream().noneMatch(w.getKey()::contains)) {
        continue;
      }
      long warmStart = System.nanoTime();
      for (int warm = 0; warm < 3 || System.nanoTime() - warmStart < WARM_UP_NANOS; warm++) {
        for (Order o : orders) {
          for (int i = 0; i < batch; i++) {
            check(w.getKey(), w.getValue().apply(o));
          }
        }
      }
      double[][] ms = new double[orders.length][samples];
      for (int s = 0; s < samples; s++) {
        for (Order o : orders) {
          long cpu = bean.getProcessCpuTime();
          for (int i = 0; i < batch; i++) {
            check(w.getKey(), w.getValue().apply(o));
          }
          ms[o.ordinal()][s] = (bean.getProcessCpuTime() - cpu) / 1e6 / batch;
        }
      }
      double[] median = new double[orders.length];
      for (Order o : orders) {
        double[] sorted = ms[o.ordinal()].clone();
        java.util.Arrays.sort(sorted);
        median[o.ordinal()] = sorted[samples / 2];
      }
      System.out.printf(
          Locale.ROOT,
          "| %s | %.1f | %.1f (%.2f×) | %.1f (%.2f×) |%n",
          w.getKey(),
          median[0],
          median[1],
          median[1] / median[0],
          median[2],
          median[2] / median[0]);
    }
  }

  private static void check(String workload, Object result) {
    if (result == null) {
      throw new AssertionError(workload);
    }
  }
}

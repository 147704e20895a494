package org.kbbx.benchmarks.reconciliation;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.kbbx.reporting.reconciliation.Reconciliation;
import org.kbbx.reporting.reconciliation.ReconciliationResult;
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
 * Reconciliation (R-LED-2) of {@value #ROWS} population rows against {@value #ROWS} record rows,
 * the issue 6 benchmark. The score is in rows per second (one operation = one input row, so one
 * invocation is {@code 2 × ROWS} operations). One thread; the heap is fixed at 8 GB so the
 * million-person result fits without resizing.
 *
 * <p>Run: {@code java -jar kbbx-benchmarks/target/benchmarks.jar ReconciliationBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
public class ReconciliationBenchmark {

  /** Population rows, and record rows, per invocation. */
  public static final int ROWS = 1_000_000;

  /** Rows per source; the default is the 1,000,000. */
  @Param({"1000000"})
  public int rows;

  private ReconciliationData data;
  private Reconciliation reconciliation;

  /** Builds the county once per trial (not measured). */
  @Setup(Level.Trial)
  public void setUp() {
    data = new ReconciliationData(rows);
    reconciliation = Reconciliation.forSchools(data.schools());
  }

  /**
   * One reconciliation of the whole county.
   *
   * @return the result (consumed by JMH)
   */
  @Benchmark
  @OperationsPerInvocation(2 * ROWS)
  public ReconciliationResult populationAgainstRecords() {
    return reconciliation.reconcile(data.population(), data.records(), List.of(), Set.of());
  }
}

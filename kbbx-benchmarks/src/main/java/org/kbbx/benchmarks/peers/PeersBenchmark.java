package org.kbbx.benchmarks.peers;

import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 8: kbbx against DuckDB SQL and a hand-written loop, per workload and size. Each trial
 * builds the rows, every contender over them, and checks the peers' answers equal kbbx's before
 * anything is timed (the trial fails otherwise). One operation is one whole workload: replay every
 * timeline, one county report, one reconciliation, one attendance day. DuckDB's load is not in
 * the score ({@link PeersDriver} reports it apart).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx4g"})
public class PeersBenchmark {

  /** The workload, a {@code PeerCase.Workload} name. */
  @Param({"REPLAY", "COUNTY_REPORT", "RECONCILIATION", "ATTENDANCE_DAY", "COUNTY_DAY"})
  public String workload;

  /** Students (persons for the reconciliation). */
  @Param({"100000"})
  public int students;

  private PeerCase peers;

  /**
   * Builds the rows and the contenders and checks the answers (not measured).
   *
   * @throws SQLException if DuckDB fails
   */
  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    peers = PeerCase.open(PeerCase.Workload.valueOf(workload), students);
    peers.check();
  }

  /**
   * Closes DuckDB.
   *
   * @throws SQLException if DuckDB fails
   */
  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    peers.close();
  }

  /**
   * kbbx through its public API.
   *
   * @return the result (consumed by JMH)
   */
  @Benchmark
  public Object kbbx() {
    return peers.kbbx();
  }

  /**
   * DuckDB's query, results read into Java.
   *
   * @return the answers (consumed by JMH)
   * @throws SQLException if DuckDB fails
   */
  @Benchmark
  public long[] duckdb() throws SQLException {
    return peers.duckdb();
  }

  /**
   * The hand-written loop.
   *
   * @return the answers (consumed by JMH)
   */
  @Benchmark
  public long[] loop() {
    return peers.loop();
  }
}

package org.kbbx.benchmarks.peers;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.duckdb.DuckDBConnection;
import org.kbbx.core.status.StatusesOn;
import org.kbbx.reporting.rate.UnitRates;
import org.kbbx.reporting.reconciliation.ReconciliationSummary;
import org.kbbx.rules.escalation.EscalationLedger;

/**
 * One workload at one size with its three contenders built over the same rows: kbbx through its
 * public API, DuckDB in-process over the rows loaded into tables, and a hand-written loop over
 * primitive arrays. {@link #check()} fails unless both peers give kbbx's answers.
 *
 * <p>DuckDB runs with {@code SET threads} from the system property {@code peers.duckdb.threads}
 * (default 1: every contender on one core); the load (appending the rows) is timed apart from the
 * queries. Not thread-safe.
 */
final class PeerCase implements AutoCloseable {

  /** The four workloads of issue 8. */
  enum Workload {
    REPLAY,
    COUNTY_REPORT,
    RECONCILIATION,
    ATTENDANCE_DAY,
    COUNTY_DAY
  }

  /** The three contenders. */
  enum Contender {
    KBBX,
    DUCKDB,
    LOOP
  }

  static final long SEED = 20_260_901L;

  final Workload workload;
  final int students;
  final long dataNanos;
  final long kbbxLoadNanos;
  final long duckLoadNanos;
  final long loopLoadNanos;
  private final DuckDBConnection connection;
  private ReplayData replay;
  private ReplayWorkload.Kbbx replayKbbx;
  private ReplayWorkload.Duck replayDuck;
  private StatusData status;
  private CountyWorkload.Kbbx countyKbbx;
  private CountyDuck countyDuck;
  private ReconWorkload.Kbbx reconKbbx;
  private ReconWorkload.Duck reconDuck;
  private ReconWorkload.Loop reconLoop;
  private AttendanceData attendance;
  private AttendanceWorkload.Kbbx attendanceKbbx;
  private AttendanceWorkload.Duck attendanceDuck;
  private CountyDayWorkload.Kbbx countyDayKbbx;

  private PeerCase(Workload workload, int students, List<Contender> contenders)
      throws SQLException {
    this.workload = workload;
    this.students = students;
    long t0 = System.nanoTime();
    switch (workload) {
      case REPLAY -> replay = new ReplayData(students, SEED);
      case COUNTY_REPORT -> status = new StatusData(students, SEED);
      case RECONCILIATION -> recon = new ReconData(students, SEED);
      case ATTENDANCE_DAY, COUNTY_DAY -> attendance = new AttendanceData(students, SEED);
      default -> throw new AssertionError(workload);
    }
    long t1 = System.nanoTime();
    dataNanos = t1 - t0;
    if (contenders.contains(Contender.KBBX)) {
      switch (workload) {
        case REPLAY -> replayKbbx = new ReplayWorkload.Kbbx(replay);
        case COUNTY_REPORT -> countyKbbx = new CountyWorkload.Kbbx(status);
        case RECONCILIATION -> reconKbbx = new ReconWorkload.Kbbx(recon);
        case ATTENDANCE_DAY -> attendanceKbbx = new AttendanceWorkload.Kbbx(attendance);
        case COUNTY_DAY -> countyDayKbbx = new CountyDayWorkload.Kbbx(attendance);
        default -> throw new AssertionError(workload);
      }
    }
    long t2 = System.nanoTime();
    kbbxLoadNanos = t2 - t1;
    if (contenders.contains(Contender.DUCKDB)) {
      connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
      try (var st = connection.createStatement()) {
        st.execute("SET threads = " + Integer.getInteger("peers.duckdb.threads", 1));
      }
      switch (workload) {
        case REPLAY -> replayDuck = new ReplayWorkload.Duck(connection, replay);
        case COUNTY_REPORT -> countyDuck = new CountyDuck(connection, status);
        case RECONCILIATION -> reconDuck = new ReconWorkload.Duck(connection, recon);
        case ATTENDANCE_DAY, COUNTY_DAY ->
          attendanceDuck = new AttendanceWorkload.Duck(connection, attendance);
        default -> throw new AssertionError(workload);
      }
    } else {
      connection = null;
    }
    long t3 = System.nanoTime();
    duckLoadNanos = t3 - t2;
    if (contenders.contains(Contender.LOOP) && workload == Workload.RECONCILIATION) {
      reconLoop = new ReconWorkload.Loop(recon);
    }
    loopLoadNanos = System.nanoTime() - t3;
  }

  private ReconData recon;

  /**
   * Builds the rows and the given contenders.
   *
   * @param workload the workload
   * @param students the number of students (persons for reconciliation)
   * @param contenders which contenders to build
   * @return the case
   * @throws SQLException if DuckDB fails
   */
  static PeerCase open(Workload workload, int students, List<Contender> contenders)
      throws SQLException {
    return new PeerCase(workload, students, contenders);
  }

  static PeerCase open(Workload workload, int students) throws SQLException {
    return open(workload, students, List.of(Contender.values()));
  }

  /** Runs one contender once; the result is the contender's own output. */
  Object run(Contender contender) throws SQLException {
    return switch (contender) {
      case KBBX -> kbbx();
      case DUCKDB -> duckdb();
      case LOOP -> loop();
    };
  }

  Object kbbx() {
    return switch (workload) {
      case REPLAY -> replayKbbx.run();
      case COUNTY_REPORT -> countyKbbx.run();
      case RECONCILIATION -> reconKbbx.run();
      case ATTENDANCE_DAY -> attendanceKbbx.run();
      case COUNTY_DAY -> countyDayKbbx.run();
    };
  }

  long[] duckdb() throws SQLException {
    return switch (workload) {
      case REPLAY -> replayDuck.run();
      case COUNTY_REPORT -> countyDuck.run();
      case RECONCILIATION -> reconDuck.run();
      case ATTENDANCE_DAY, COUNTY_DAY -> attendanceDuck.run();
    };
  }

  long[] loop() {
    return switch (workload) {
      case REPLAY -> ReplayWorkload.loop(replay);
      case COUNTY_REPORT -> CountyLoop.run(status);
      case RECONCILIATION -> reconLoop.run();
      case ATTENDANCE_DAY, COUNTY_DAY -> AttendanceWorkload.loop(attendance);
    };
  }

  @SuppressWarnings("unchecked")
  long[] kbbxAnswers(Object result) {
    return switch (workload) {
      case REPLAY -> replayKbbx.answers((StatusesOn) result);
      case COUNTY_REPORT -> CountyWorkload.Kbbx.answers((List<UnitRates>) result);
      case RECONCILIATION -> ReconWorkload.Kbbx.answers((ReconciliationSummary) result);
      case ATTENDANCE_DAY -> attendanceKbbx.answers((EscalationLedger.LedgerDay) result);
      case COUNTY_DAY -> countyDayKbbx.answers((org.kbbx.rules.file.CountyDay) result);
    };
  }

  /**
   * Checks that DuckDB and the loop give kbbx's answers.
   *
   * @return kbbx's answers
   * @throws IllegalStateException naming the first difference
   * @throws SQLException if DuckDB fails
   */
  long[] check() throws SQLException {
    long[] expected = kbbxAnswers(kbbx());
    compare("DuckDB", expected, duckdb());
    compare("loop", expected, loop());
    return expected;
  }

  /**
   * Checks that the loop gives kbbx's answers (for a case built without DuckDB).
   *
   * @throws IllegalStateException naming the first difference
   */
  void checkLoop() {
    compare("loop", kbbxAnswers(kbbx()), loop());
  }

  private void compare(String who, long[] expected, long[] actual) {
    if (Arrays.equals(expected, actual)) {
      return;
    }
    int n = Math.min(expected.length, actual.length);
    int at = 0;
    while (at < n && expected[at] == actual[at]) {
      at++;
    }
    throw new IllegalStateException(String.format(
        Locale.ROOT,
        "%s at %d students: %s's answers differ from kbbx's (lengths %d vs %d; first difference at %d: %s vs %s)",
        workload,
        students,
        who,
        expected.length,
        actual.length,
        at,
        at < expected.length ? expected[at] : "none",
        at < actual.length ? actual[at] : "none"));
  }

  @Override
  public void close() throws SQLException {
    if (connection != null) {
      connection.close();
    }
  }
}

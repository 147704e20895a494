package org.kbbx.benchmarks.peers;

import io.vavr.control.Option;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.kbbx.core.id.StudentId;
import org.kbbx.rules.escalation.AbsenceEscalation;
import org.kbbx.rules.escalation.AbsenceTrigger;
import org.kbbx.rules.escalation.Alert;
import org.kbbx.rules.escalation.AlertCode;
import org.kbbx.rules.escalation.DropoutMode;
import org.kbbx.rules.escalation.EscalationInput;
import org.kbbx.rules.escalation.EscalationLedger;
import org.kbbx.rules.escalation.EscalationStatus;
import org.kbbx.rules.escalation.MarkKind;
import org.kbbx.rules.escalation.Streak;
import org.kbbx.rules.escalation.StudentEscalation;

/**
 * Workload 4, attendance day: one school day's marks for a county → updated streaks and the day's
 * alerts (R-ABS-1..3). The answer lists the alerts as {@code student * 16 + code}, sorted, then
 * the state of every marked student as {@code student * 4096 + status * 256 + streak}, sorted.
 */
final class AttendanceWorkload {

  private static final int ATTENDING = EscalationStatus.ATTENDING.ordinal();
  private static final int SUSPECTED = EscalationStatus.SUSPECTED_DROPOUT.ordinal();
  private static final int DROPPED = EscalationStatus.DROPPED_OUT.ordinal();
  private static final int ABSENT = MarkKind.ABSENT_WITHOUT_REASON.ordinal();
  private static final int EXCUSED = MarkKind.EXCUSED.ordinal();

  private AttendanceWorkload() {}

  static long[] combine(long[] alerts, long[] states) {
    Arrays.sort(alerts);
    Arrays.sort(states);
    long[] out = Arrays.copyOf(alerts, alerts.length + states.length + 1);
    out[alerts.length] = -1;
    System.arraycopy(states, 0, out, alerts.length + 1, states.length);
    return out;
  }

  /** kbbx: the ledger of the days before and the day's marks are built once; feeding is timed. */
  static final class Kbbx {
    private final AttendanceData data;
    private final EscalationLedger ledger;
    private final List<EscalationInput> marks = new ArrayList<>();
    private final StudentId[] ids;

    Kbbx(AttendanceData data) {
      this.data = data;
      ids = new StudentId[data.students];
      Map<StudentId, StudentEscalation> states = new HashMap<>();
      for (int i = 0; i < data.students; i++) {
        ids[i] = StudentId.of("S" + i);
        if (data.streak[i] > 0 || data.status[i] != ATTENDING) {
          LocalDate covered = LocalDate.ofEpochDay(data.covered[i]);
          Option<LocalDate> suspected = data.status[i] == SUSPECTED
              ? Option.some(LocalDate.ofEpochDay(data.suspectedOn[i]))
              : Option.none();
          states.put(
              ids[i],
              new StudentEscalation(
                  EscalationStatus.values()[data.status[i]],
                  Option.some(new Streak(data.streak[i], covered, covered)),
                  suspected,
                  Option.some(covered)));
        }
        if (data.mark[i] != AttendanceData.NONE) {
          marks.add(new EscalationInput.Mark(
              AttendanceData.markId(ids[i]), AttendanceData.DAY, MarkKind.values()[data.mark[i]]));
        }
      }
      ledger = EscalationLedger.empty(
              AbsenceEscalation.of(AttendanceData.RULES, AttendanceData.CALENDAR))
          .withAll(states);
    }

    EscalationLedger.LedgerDay run() {
      return ledger.feed(AttendanceData.DAY, marks);
    }

    long[] answers(EscalationLedger.LedgerDay day) {
      if (!day.rejections().isEmpty()) {
        throw new IllegalStateException(
            "kbbx rejected inputs: " + day.rejections().head());
      }
      long[] alerts = new long[day.alerts().size()];
      int k = 0;
      for (Alert alert : day.alerts()) {
        alerts[k++] = Long.parseLong(alert.studentId().unmasked().substring(1)) * 16
            + alert.code().ordinal();
      }
      List<Long> states = new ArrayList<>();
      for (int i = 0; i < data.students; i++) {
        if (data.mark[i] != AttendanceData.NONE) {
          StudentEscalation s = day.ledger().state(ids[i]);
          states.add(i * 4096L + s.status().ordinal() * 256L + s.streakLength());
        }
      }
      return combine(alerts, states.stream().mapToLong(Long::longValue).toArray());
    }
  }

  static int[] homeVisits() {
    return AttendanceData.RULES.homeVisits().stream()
        .mapToInt(AbsenceTrigger::firingStreak)
        .toArray();
  }

  /** The hand-written loop over the state arrays. */
  static long[] loop(AttendanceData data) {
    if (AttendanceData.RULES.dropout().mode() != DropoutMode.AUTOMATIC) {
      throw new IllegalStateException("the loop implements the automatic dropout rule only");
    }
    int day = (int) AttendanceData.DAY.toEpochDay();
    int previous = (int)
        AttendanceData.CALENDAR.plusSchoolDays(AttendanceData.DAY, -1).get().toEpochDay();
    int first = AttendanceData.RULES.firstContact().firingStreak();
    int[] visits = homeVisits();
    int suspected = AttendanceData.RULES.suspected().firingStreak();
    int months = AttendanceData.RULES.dropout().months();
    long[] alerts = new long[64];
    int alertCount = 0;
    long[] states = new long[data.students / 8 + 16];
    int stateCount = 0;
    for (int i = 0; i < data.students; i++) {
      int status = data.status[i];
      int streak = data.streak[i];
      int mark = data.mark[i];
      if (alertCount + 8 > alerts.length) {
        alerts = Arrays.copyOf(alerts, alerts.length * 2);
      }
      if (mark != AttendanceData.NONE && status == ATTENDING) {
        boolean unbroken = streak > 0 && data.covered[i] >= previous;
        if (mark == ABSENT) {
          streak = unbroken ? streak + 1 : 1;
          if (streak == first) {
            alerts[alertCount++] = i * 16L + AlertCode.FIRST_DAY_CONTACT.ordinal();
          }
          for (int v : visits) {
            if (streak == v) {
              alerts[alertCount++] = i * 16L + AlertCode.HOME_VISIT_REQUIRED.ordinal();
            }
          }
          if (streak == suspected) {
            alerts[alertCount++] = i * 16L + AlertCode.SUSPECTED_DROPOUT.ordinal();
            status = SUSPECTED;
          }
        } else if (mark == EXCUSED) {
          streak = unbroken ? streak : 0;
        }
      } else if (status == SUSPECTED
          && data.suspectedOn[i] > 0
          && LocalDate.ofEpochDay(data.suspectedOn[i])
                  .plusMonths(months)
                  .plusDays(1)
                  .toEpochDay()
              <= day) {
        alerts[alertCount++] = i * 16L + AlertCode.AUTO_DROPOUT.ordinal();
        status = DROPPED;
      }
      if (mark != AttendanceData.NONE) {
        if (stateCount == states.length) {
          states = Arrays.copyOf(states, states.length * 2);
        }
        states[stateCount++] = i * 4096L + status * 256L + streak;
      }
    }
    return combine(Arrays.copyOf(alerts, alertCount), Arrays.copyOf(states, stateCount));
  }

  /** DuckDB: a state table for every student and the day's marks; one query gives alerts and states. */
  static final class Duck {
    private final DuckDBConnection connection;

    Duck(DuckDBConnection connection, AttendanceData data) throws SQLException {
      this.connection = connection;
      try (var st = connection.createStatement()) {
        st.execute("DROP TABLE IF EXISTS escalation");
        st.execute("DROP TABLE IF EXISTS marks");
        st.execute(
            "CREATE TABLE escalation (id INTEGER, streak INTEGER, covered INTEGER, status TINYINT, "
                + "suspected_on INTEGER)");
        st.execute("CREATE TABLE marks (id INTEGER, kind TINYINT)");
      }
      try (DuckDBAppender a =
          connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "escalation")) {
        for (int i = 0; i < data.students; i++) {
          a.beginRow();
          a.append(i);
          a.append(data.streak[i]);
          a.append(data.covered[i]);
          a.append(data.status[i]);
          a.append(data.suspectedOn[i]);
          a.endRow();
        }
      }
      try (DuckDBAppender a = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "marks")) {
        for (int i = 0; i < data.students; i++) {
          if (data.mark[i] != AttendanceData.NONE) {
            a.beginRow();
            a.append(i);
            a.append(data.mark[i]);
            a.endRow();
          }
        }
      }
    }

    static String sql() {
      StringBuilder triggers = new StringBuilder("(VALUES (")
          .append(AttendanceData.RULES.firstContact().firingStreak())
          .append(", ")
          .append(AlertCode.FIRST_DAY_CONTACT.ordinal())
          .append(")");
      for (int v : homeVisits()) {
        triggers
            .append(", (")
            .append(v)
            .append(", ")
            .append(AlertCode.HOME_VISIT_REQUIRED.ordinal())
            .append(")");
      }
      triggers
          .append(", (")
          .append(AttendanceData.RULES.suspected().firingStreak())
          .append(", ")
          .append(AlertCode.SUSPECTED_DROPOUT.ordinal())
          .append(")) AS t(n, code)");
      String due = "(DATE '1970-01-01' + e.suspected_on + INTERVAL "
          + AttendanceData.RULES.dropout().months() + " MONTH)::DATE + 1 <= DATE '"
          + AttendanceData.DAY + "'";
      return "WITH upd AS (SELECT e.id, e.status, m.kind,"
          + " CASE WHEN e.status <> " + ATTENDING + " THEN e.streak"
          + " WHEN m.kind = " + ABSENT
          + " THEN (CASE WHEN e.streak > 0 AND e.covered >= ? THEN e.streak + 1 ELSE 1 END)"
          + " WHEN m.kind = " + EXCUSED
          + " THEN (CASE WHEN e.streak > 0 AND e.covered >= ? THEN e.streak ELSE 0 END)"
          + " ELSE e.streak END AS len,"
          + " e.status = " + SUSPECTED + " AND e.suspected_on > 0 AND " + due + " AS due"
          + " FROM marks m JOIN escalation e ON e.id = m.id)"
          + " SELECT 1, id::BIGINT * 4096 + 256 * (CASE WHEN status = " + ATTENDING + " AND kind = "
          + ABSENT
          + " AND len = " + AttendanceData.RULES.suspected().firingStreak() + " THEN " + SUSPECTED
          + " WHEN due THEN " + DROPPED + " ELSE status END) + len FROM upd"
          + " UNION ALL SELECT 0, id::BIGINT * 16 + t.code FROM upd, " + triggers
          + " WHERE status = " + ATTENDING + " AND kind = " + ABSENT + " AND len = t.n"
          + " UNION ALL SELECT 0, e.id::BIGINT * 16 + " + AlertCode.AUTO_DROPOUT.ordinal()
          + " FROM escalation e WHERE e.status = " + SUSPECTED + " AND e.suspected_on > 0 AND "
          + due;
    }

    long[] run() throws SQLException {
      int previous = (int)
          AttendanceData.CALENDAR.plusSchoolDays(AttendanceData.DAY, -1).get().toEpochDay();
      long[] alerts = new long[64];
      long[] states = new long[64];
      int a = 0;
      int s = 0;
      try (PreparedStatement ps = connection.prepareStatement(sql())) {
        ps.setInt(1, previous);
        ps.setInt(2, previous);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            long v = rs.getLong(2);
            if (rs.getInt(1) == 0) {
              if (a == alerts.length) {
                alerts = Arrays.copyOf(alerts, a * 2);
              }
              alerts[a++] = v;
            } else {
              if (s == states.length) {
                states = Arrays.copyOf(states, s * 2);
              }
              states[s++] = v;
            }
          }
        }
      }
      return combine(Arrays.copyOf(alerts, a), Arrays.copyOf(states, s));
    }
  }
}

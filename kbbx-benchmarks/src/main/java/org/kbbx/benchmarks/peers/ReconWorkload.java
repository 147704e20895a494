package org.kbbx.benchmarks.peers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.reporting.reconciliation.PersonClass;
import org.kbbx.reporting.reconciliation.PopulationRow;
import org.kbbx.reporting.reconciliation.PresenceRow;
import org.kbbx.reporting.reconciliation.Reconciliation;
import org.kbbx.reporting.reconciliation.ReconciliationSummary;
import org.kbbx.reporting.reconciliation.RecordRow;
import org.kbbx.reporting.reconciliation.RecordStatus;

/**
 * Workload 3, reconciliation (R-LED-2): population vs record vs presence rows → one class per
 * person. The answer is the number of persons in each {@link PersonClass}, by ordinal.
 */
final class ReconWorkload {

  private static final RecordStatus[] STATUSES = RecordStatus.values();
  private static final int CLASSES = PersonClass.values().length;

  private ReconWorkload() {}

  /** kbbx: resident IDs and school codes made once; row objects streamed from the arrays. */
  static final class Kbbx {
    private final ReconData data;
    private final String[] ids;
    private final String[] schoolCodes;
    private final LocalDate[] births;
    private final Reconciliation reconciliation;
    private final DivisionCode[] villages;

    Kbbx(ReconData data) {
      this.data = data;
      ids = new String[data.persons];
      for (int i = 0; i < data.persons; i++) {
        ids[i] = data.residentId(i);
      }
      schoolCodes = new String[data.schools];
      Set<String> codes = new HashSet<>();
      for (int s = 0; s < data.schools; s++) {
        schoolCodes[s] = ReconData.schoolCode(s);
        codes.add(schoolCodes[s]);
      }
      births = new LocalDate[data.persons];
      villages = new DivisionCode[data.persons];
      Map<Integer, LocalDate> dates = new HashMap<>();
      Map<Integer, DivisionCode> divisions = new HashMap<>();
      for (int i = 0; i < data.persons; i++) {
        births[i] = dates.computeIfAbsent(data.birth[i], LocalDate::ofEpochDay);
        villages[i] = divisions.computeIfAbsent(
            data.village[i], v -> DivisionCode.of(Province.villageCode(v)));
      }
      reconciliation = Reconciliation.forSchools(codes);
    }

    /**
     * The form a county uses for the answer (class counts): the summary, which keeps compact
     * per-person state instead of every row per person.
     */
    ReconciliationSummary run() {
      LocalDate check = LocalDate.ofEpochDay(ReconData.CHECK_DAY);
      LocalDate earlier = LocalDate.ofEpochDay(ReconData.EARLIER_CHECK_DAY);
      return reconciliation.summarize(
          rows(
              data.popPerson.length,
              k -> new PopulationRow(
                  ids[data.popPerson[k]],
                  "学生",
                  births[data.popPerson[k]],
                  villages[data.popPerson[k]])),
          rows(
              data.recPerson.length,
              k -> new RecordRow(
                  ids[data.recPerson[k]],
                  schoolCodes[data.recSchool[k]],
                  STATUSES[data.recStatus[k]])),
          rows(
              data.presPerson.length,
              k -> new PresenceRow(
                  ids[data.presPerson[k]],
                  schoolCodes[data.presSchool[k]],
                  data.presPresent[k],
                  data.presDay[k] == ReconData.CHECK_DAY ? check : earlier)),
          Set.of());
    }

    static long[] answers(ReconciliationSummary result) {
      long[] out = new long[CLASSES];
      for (Map.Entry<PersonClass, Long> e : result.classCounts().entrySet()) {
        out[e.getKey().ordinal()] = e.getValue();
      }
      return out;
    }

    private static <T> Iterable<T> rows(int size, IntFunction<T> row) {
      return () -> new Iterator<T>() {
        private int next;

        @Override
        public boolean hasNext() {
          return next < size;
        }

        @Override
        public T next() {
          return row.apply(next++);
        }
      };
    }
  }

  /** The hand-written loop: an open-addressing table from ID body to person slot. */
  static final class Loop {
    private final ReconData data;
    private final long[] popKey;
    private final long[] recKey;
    private final long[] presKey;

    Loop(ReconData data) {
      this.data = data;
      popKey = keys(data.popPerson);
      recKey = keys(data.recPerson);
      presKey = keys(data.presPerson);
    }

    private long[] keys(int[] persons) {
      long[] keys = new long[persons.length];
      for (int k = 0; k < persons.length; k++) {
        keys[k] = data.key(persons[k]);
      }
      return keys;
    }

    long[] run() {
      int capacity = Integer.highestOneBit(Math.max(4, (popKey.length + recKey.length) * 2)) * 2;
      long[] table = new long[capacity];
      java.util.Arrays.fill(table, -1L);
      int[] held = new int[capacity];
      int[] latest = new int[capacity];
      byte[] flags = new byte[capacity];
      int mask = capacity - 1;
      for (long key : popKey) {
        slot(table, mask, key);
      }
      for (int k = 0; k < recKey.length; k++) {
        int s = slot(table, mask, recKey[k]);
        if (data.recStatus[k] != RecordStatus.CLOSED.ordinal()) {
          held[s] = data.recSchool[k] + 1;
        }
      }
      for (int k = 0; k < presKey.length; k++) {
        int s = slot(table, mask, presKey[k]);
        int day = data.presDay[k];
        boolean present = data.presPresent[k];
        boolean match = present && held[s] == data.presSchool[k] + 1;
        if (day > latest[s]) {
          latest[s] = day;
          flags[s] = (byte) ((present ? 1 : 0) | (match ? 2 : 0));
        } else if (day == latest[s]) {
          flags[s] |= (byte) ((present ? 1 : 0) | (match ? 2 : 0));
        }
      }
      long[] out = new long[CLASSES];
      for (int s = 0; s < capacity; s++) {
        if (table[s] < 0) {
          continue;
        }
        PersonClass c = (flags[s] & 1) == 0
            ? (held[s] > 0 ? PersonClass.RECORD_HERE_PERSON_ABSENT : PersonClass.NO_RECORD)
            : (flags[s] & 2) != 0
                ? PersonClass.CONSISTENT
                : PersonClass.PERSON_HERE_RECORD_ELSEWHERE;
        out[c.ordinal()]++;
      }
      return out;
    }

    private static int slot(long[] table, int mask, long key) {
      int s = (int) (key ^ key >>> 29) * 0x9E3779B9 & mask;
      while (table[s] != key) {
        if (table[s] < 0) {
          table[s] = key;
          return s;
        }
        s = (s + 1) & mask;
      }
      return s;
    }
  }

  /** DuckDB: three tables keyed by the 18-character ID; joins and aggregates in one query. */
  static final class Duck {
    private final DuckDBConnection connection;

    Duck(DuckDBConnection connection, ReconData data) throws SQLException {
      this.connection = connection;
      try (var st = connection.createStatement()) {
        st.execute("DROP TABLE IF EXISTS population");
        st.execute("DROP TABLE IF EXISTS records");
        st.execute("DROP TABLE IF EXISTS presence");
        st.execute("CREATE TABLE population (id VARCHAR)");
        st.execute("CREATE TABLE records (id VARCHAR, school INTEGER, status TINYINT)");
        st.execute(
            "CREATE TABLE presence (id VARCHAR, school INTEGER, present BOOLEAN, day INTEGER)");
      }
      try (DuckDBAppender a =
          connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "population")) {
        for (int p : data.popPerson) {
          a.beginRow();
          a.append(data.residentId(p));
          a.endRow();
        }
      }
      try (DuckDBAppender a =
          connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "records")) {
        for (int k = 0; k < data.recPerson.length; k++) {
          a.beginRow();
          a.append(data.residentId(data.recPerson[k]));
          a.append(data.recSchool[k]);
          a.append(data.recStatus[k]);
          a.endRow();
        }
      }
      try (DuckDBAppender a =
          connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "presence")) {
        for (int k = 0; k < data.presPerson.length; k++) {
          a.beginRow();
          a.append(data.residentId(data.presPerson[k]));
          a.append(data.presSchool[k]);
          a.append(data.presPresent[k]);
          a.append(data.presDay[k]);
          a.endRow();
        }
      }
    }

    static final String SQL = """
        WITH held AS (SELECT DISTINCT id, school FROM records WHERE status <> 2),
        latest AS (SELECT id, max(day) AS day FROM presence GROUP BY id),
        present_now AS (
          SELECT DISTINCT p.id, p.school FROM presence p JOIN latest l ON p.id = l.id AND p.day = l.day
          WHERE p.present),
        persons AS (SELECT id FROM population UNION SELECT id FROM records UNION SELECT id FROM presence),
        facts AS (
          SELECT persons.id,
            EXISTS (SELECT 1 FROM held h WHERE h.id = persons.id) AS has_record,
            EXISTS (SELECT 1 FROM present_now n WHERE n.id = persons.id) AS is_present,
            EXISTS (SELECT 1 FROM present_now n JOIN held h ON h.id = n.id AND h.school = n.school
                    WHERE n.id = persons.id) AS matches
          FROM persons)
        SELECT CASE WHEN NOT is_present THEN (CASE WHEN has_record THEN 3 ELSE 1 END)
                    WHEN matches THEN 0 ELSE 2 END AS class, count(*)
        FROM facts GROUP BY class
        """;

    long[] run() throws SQLException {
      long[] out = new long[CLASSES];
      try (var st = connection.createStatement();
          ResultSet rs = st.executeQuery(SQL)) {
        while (rs.next()) {
          out[rs.getInt(1)] = rs.getLong(2);
        }
      }
      return out;
    }
  }
}

package org.kbbx.benchmarks.peers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.kbbx.core.status.RecordState;
import org.kbbx.core.status.SchoolingState;

/**
 * Workload 2 in DuckDB: the status columns in a {@code students} table, the school directory and
 * the age cohort in two small tables; one query builds the cells (enrolment side at the census or
 * count-date school, population side at the household's township), sums them per township and
 * county, and computes every rate's numerator and denominator.
 */
final class CountyDuck {

  private final DuckDBConnection connection;

  CountyDuck(DuckDBConnection connection, StatusData data) throws SQLException {
    this.connection = connection;
    try (var st = connection.createStatement()) {
      st.execute("DROP TABLE IF EXISTS students");
      st.execute("DROP TABLE IF EXISTS schools");
      st.execute("DROP TABLE IF EXISTS cohort");
      st.execute(
          "CREATE TABLE students (school INTEGER, c_state TINYINT, c_record TINYINT, c_grade TINYINT, "
              + "n_state TINYINT, n_record TINYINT, n_school INTEGER, n_grade TINYINT, n_since INTEGER, "
              + "p_state TINYINT, p_record TINYINT, p_grade TINYINT, x_grade TINYINT, sex TINYINT, birth INTEGER, "
              + "village BIGINT)");
      st.execute("CREATE TABLE schools (school INTEGER, township BIGINT)");
      st.execute("CREATE TABLE cohort (first INTEGER, last INTEGER, \"row\" INTEGER)");
    }
    try (DuckDBAppender a =
        connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "students")) {
      for (int i = 0; i < data.students; i++) {
        a.beginRow();
        a.append(data.school[i]);
        a.append(data.cState[i]);
        a.append(data.cRecord[i]);
        a.append(data.cGrade[i]);
        a.append(data.nState[i]);
        a.append(data.nRecord[i]);
        a.append(data.nSchool[i]);
        a.append(data.nGrade[i]);
        a.append(data.nSince[i]);
        a.append(data.pState[i]);
        a.append(data.pRecord[i]);
        a.append(data.pGrade[i]);
        a.append(data.xGrade[i]);
        a.append(data.sex[i]);
        if (data.birth[i] == StatusData.NO_BIRTH) {
          a.appendNull();
        } else {
          a.append(data.birth[i]);
        }
        if (data.village[i] < 0) {
          a.appendNull();
        } else {
          a.append(StatusData.villageCode(data.village[i]));
        }
        a.endRow();
      }
    }
    try (DuckDBAppender a = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "schools")) {
      for (int s = 0; s < data.schools; s++) {
        a.beginRow();
        a.append(s);
        a.append(StatusData.townshipCode(data.schoolTownship[s]));
        a.endRow();
      }
    }
    try (DuckDBAppender a = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "cohort")) {
      for (int[] age : StatusData.cohort()) {
        a.beginRow();
        a.append(age[0]);
        a.append(age[1]);
        a.append(age[2]);
        a.endRow();
      }
    }
  }

  private static String in(int bits) {
    StringBuilder b = new StringBuilder("(");
    for (SchoolingState s : SchoolingState.values()) {
      if ((bits >> s.ordinal() & 1) != 0) {
        b.append(b.length() > 1 ? ", " : "").append(s.ordinal());
      }
    }
    return b.append(")").toString();
  }

  static String sql() {
    String open =
        "(" + RecordState.ACTIVE.ordinal() + ", " + RecordState.TRANSFER_PENDING.ordinal() + ")";
    String enrolled = in(CountyWorkload.ENROLLED_STATES);
    String population = in(CountyWorkload.POPULATION_ENROLLED_STATES);
    int completed = SchoolingState.COMPLETED.ordinal();
    int none = RecordState.NONE.ordinal();
    long yearStart = CountyWorkload.DATES.year().start().toEpochDay();
    long countDay = CountyWorkload.DATES.countDate().toEpochDay();
    return "WITH s AS (SELECT *, c_record IN " + open + " AS op,"
        + " c_record IN " + open + " AND c_state IN " + enrolled + " AS enr,"
        + " n_state = " + SchoolingState.DROPPED_OUT.ordinal() + " AND n_since BETWEEN " + yearStart
        + " AND "
        + countDay + " AS dro,"
        + " n_state = " + completed + " AND n_since BETWEEN " + yearStart + " AND " + countDay
        + " AS cmp,"
        + " c_record IN " + open + " AND n_school >= 0 AND n_school <> school AS mov,"
        + " n_record IN " + open + " AS nop FROM students),"
        + " cells AS ("
        + " SELECT sc.township AS unit, s.c_grade AS g, enr::INT AS e, (NOT mov AND dro)::INT AS d,"
        + " (enr AND p_record IN " + open + " AND p_state IN " + enrolled
        + " AND p_grade = c_grade)::INT AS r,"
        + " (NOT mov AND cmp)::INT AS c,"
        + " 0 AS p, 0 AS pe, 0 AS pa, 0 AS pc,"
        + " (enr AND ((c_grade = 1 AND p_record = " + none + ") OR (c_grade = 7 AND p_record IN "
        + open
        + " AND p_grade BETWEEN 1 AND 6)))::INT AS i"
        + " FROM s JOIN schools sc ON sc.school = s.school WHERE op"
        + " UNION ALL SELECT sc.township, s.n_grade, 0, dro::INT, 0, cmp::INT, 0, 0, 0, 0, 0"
        + " FROM s JOIN schools sc ON sc.school = s.n_school WHERE (dro OR cmp OR mov) AND (NOT op OR mov)"
        + " UNION ALL SELECT s.village // 1000 * 1000, ch.\"row\", 0, 0, 0, 0, 1,"
        + " (op AND c_state IN " + population + ")::INT,"
        + " (ch.\"row\" > 0 AND (c_state = " + completed + " OR (op AND c_state IN " + population
        + " AND c_grade > 0 AND (CASE WHEN c_grade <= 6 THEN 0 ELSE 1 END)"
        + " >= (CASE WHEN ch.\"row\" <= 6 THEN 0 ELSE 1 END))))::INT,"
        + " (c_state = " + completed + ")::INT, 0"
        + " FROM s JOIN cohort ch ON s.birth BETWEEN ch.first AND ch.last"
        + " WHERE s.village IS NOT NULL AND c_state <> " + SchoolingState.DECEASED.ordinal()
        + " UNION ALL SELECT sc.township, 6, 0, 0, 0, 1, 0, 0, 0, 0, 0"
        + " FROM s JOIN schools sc ON sc.school = s.n_school WHERE nop AND n_grade = 6"
        + " AND (CASE WHEN c_record = " + RecordState.ACTIVE.ordinal()
        + " THEN x_grade WHEN c_record = " + none
        + " THEN 0 ELSE c_grade END) > 6),"
        + " t AS (SELECT unit, g, sum(e) e, sum(d) d, sum(r) r, sum(c) c, sum(p) p, sum(pe) pe, sum(pa) pa,"
        + " sum(pc) pc, sum(i) i FROM cells GROUP BY unit, g),"
        + " u AS (SELECT * FROM t UNION ALL SELECT unit // 1000000 * 1000000, g, e, d, r, c, p, pe, pa, pc, i"
        + " FROM t)"
        + " SELECT unit,"
        + " sum(d) FILTER (WHERE g BETWEEN 1 AND 6), sum(e) FILTER (WHERE g BETWEEN 1 AND 6),"
        + " sum(d) FILTER (WHERE g BETWEEN 7 AND 9), sum(e) FILTER (WHERE g BETWEEN 7 AND 9),"
        + " sum(d), sum(e),"
        + " sum(c) FILTER (WHERE g = 9),"
        + " coalesce(sum(i) FILTER (WHERE g = 1), 0),"
        + " sum(c) FILTER (WHERE g = 6),"
        + " coalesce(sum(i) FILTER (WHERE g = 1), 0),"
        + " sum(c) FILTER (WHERE g = 9),"
        + " coalesce(sum(i) FILTER (WHERE g = 7), 0),"
        + " sum(pe) + sum(pc), sum(p),"
        + " sum(pa) FILTER (WHERE g BETWEEN 1 AND 6), sum(p) FILTER (WHERE g BETWEEN 1 AND 6),"
        + " sum(e) FILTER (WHERE g BETWEEN 7 AND 9), sum(p) FILTER (WHERE g BETWEEN 7 AND 9), 0, 0"
        + " FROM u GROUP BY unit ORDER BY unit % 1000000 = 0, unit";
  }

  long[] run() throws SQLException {
    long[] out = new long[64 * CountyWorkload.KINDS * 2];
    int at = 0;
    try (var st = connection.createStatement();
        ResultSet rs = st.executeQuery(sql())) {
      while (rs.next()) {
        if (at + CountyWorkload.KINDS * 2 > out.length) {
          out = Arrays.copyOf(out, out.length * 2);
        }
        for (int k = 0; k < CountyWorkload.KINDS * 2; k++) {
          out[at++] = rs.getLong(k + 2);
        }
      }
    }
    return Arrays.copyOf(out, at);
  }
}

package org.kbbx.benchmarks.peers;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.school.Grade;
import org.kbbx.core.status.EventType;
import org.kbbx.core.status.RecordState;
import org.kbbx.core.status.SchoolingState;
import org.kbbx.core.status.Status;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.core.status.StatusEventBatch;
import org.kbbx.core.status.StatusesOn;
import org.kbbx.core.status.StudentTimeline;

/**
 * Workload 1, replay: every student's events → its status on {@link ReplayData#AS_OF}. The answer
 * is one {@code long} per student packing schooling state, record state, grade and record school.
 */
final class ReplayWorkload {

  private static final EventType[] TYPES = EventType.values();

  private ReplayWorkload() {}

  static long pack(int state, int record, int grade, int school) {
    return state | (long) record << 8 | (long) grade << 12 | (long) (school + 1) << 16;
  }

  /**
   * The kbbx side: the rows become status events and one {@link StatusEventBatch} once (the
   * "load", as DuckDB's appender); a run asks the batch for every student's status on the date.
   * The builder is given room for exactly the rows' events and they arrive grouped by student in
   * order, so it hands its columns to the batch without a copy (10,000,000 students fit in 4 GB).
   */
  static final class Kbbx {
    private final ReplayData data;
    private final StudentId[] students;
    private final SchoolId[] schools;
    private final Map<SchoolId, Integer> schoolIndex = new HashMap<>();
    private final String[] eventIds = new String[64];
    private final StatusEventBatch batch;

    Kbbx(ReplayData data) {
      this.data = data;
      students = new StudentId[data.students];
      for (int i = 0; i < data.students; i++) {
        students[i] = StudentId.of("G" + (100_000_000 + i));
      }
      schools = new SchoolId[data.schools];
      for (int s = 0; s < data.schools; s++) {
        schools[s] = SchoolId.of(String.format("52052710%05d", s));
        schoolIndex.put(schools[s], s);
      }
      for (int k = 0; k < eventIds.length; k++) {
        eventIds[k] = "e" + k;
      }
      StatusEventBatch.Builder builder = StatusEventBatch.builder(data.events());
      for (int i = 0; i < data.students; i++) {
        for (int e = data.offset[i], k = 0; e < data.offset[i + 1]; e++, k++) {
          builder.add(event(i, e, k));
        }
      }
      batch = builder.build();
      // every student has an enrolment, so the batch indexes students in row order
      for (int i = 0; i < data.students; i++) {
        if (!batch.student(i).equals(students[i]) || !batch.refused().isEmpty()) {
          throw new IllegalStateException("replay rows and batch disagree at student " + i);
        }
      }
    }

    /** Every student's status on the date, from the batch. */
    StatusesOn run() {
      return batch.statusesOn(ReplayData.AS_OF);
    }

    /** The former path, one {@link StudentTimeline} per student built event by event. */
    Status[] runTimelines() {
      Status[] out = new Status[data.students];
      for (int i = 0; i < data.students; i++) {
        StudentTimeline timeline = StudentTimeline.of(students[i]);
        for (int e = data.offset[i], k = 0; e < data.offset[i + 1]; e++, k++) {
          timeline = timeline.with(event(i, e, k));
        }
        out[i] = timeline.statusOn(ReplayData.AS_OF);
      }
      return out;
    }

    private StatusEvent event(int student, int e, int k) {
      EventType type = TYPES[data.type[e]];
      StatusEvent.Builder b = StatusEvent.builder()
          .id(eventIds[k])
          .student(students[student])
          .effectiveDate(LocalDate.ofEpochDay(data.day(e)))
          .sequence(k)
          .type(type);
      if (type.requiredFields().contains(org.kbbx.core.status.EventField.SCHOOL)) {
        b.school(schools[data.school(e)]);
      }
      if (type == EventType.ENROL || type == EventType.PROMOTE) {
        b.grade(Grade.of(data.grade[e]));
      }
      if (type == EventType.SUSPEND) {
        b.until(LocalDate.ofEpochDay(data.until(e)));
      }
      return b.build();
    }

    long[] answers(StatusesOn statuses) {
      long[] out = new long[statuses.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = answer(statuses.status(i));
      }
      return out;
    }

    long[] answers(Status[] statuses) {
      long[] out = new long[statuses.length];
      for (int i = 0; i < statuses.length; i++) {
        out[i] = answer(statuses[i]);
      }
      return out;
    }

    private long answer(Status s) {
      return pack(
          s.schooling().ordinal(),
          s.record().ordinal(),
          s.grade().map(Grade::number).orElse(0),
          s.recordSchool().map(schoolIndex::get).orElse(-1));
    }
  }

  /** State after an event type for the peers (-1: no change, as for PROMOTE). */
  static int stateAfter(EventType type) {
    return switch (type) {
      case ENROL, END_LEAVE, RETURN, RESUME, END_BORROW, TRANSFER_OUT, CONFIRM_TRANSFER_IN ->
        SchoolingState.ATTENDING.ordinal();
      case START_LEAVE -> SchoolingState.ON_LEAVE.ordinal();
      case MARK_SUSPECTED -> SchoolingState.SUSPECTED_DROPOUT.ordinal();
      case SUSPEND -> SchoolingState.SUSPENDED.ordinal();
      case BORROW -> SchoolingState.BORROWED.ordinal();
      default -> -1;
    };
  }

  /** The hand-written loop: one pass over each student's rows, last value wins. */
  static long[] loop(ReplayData data) {
    int[] stateOf = new int[TYPES.length];
    for (EventType t : TYPES) {
      stateOf[t.ordinal()] = stateAfter(t);
    }
    int enrol = EventType.ENROL.ordinal();
    int promote = EventType.PROMOTE.ordinal();
    int out = EventType.TRANSFER_OUT.ordinal();
    int in = EventType.CONFIRM_TRANSFER_IN.ordinal();
    int asOf = (int) ReplayData.AS_OF.toEpochDay() - ReplayData.BASE;
    int active = RecordState.ACTIVE.ordinal();
    int pending = RecordState.TRANSFER_PENDING.ordinal();
    long[] answers = new long[data.students];
    for (int i = 0; i < data.students; i++) {
      int state = SchoolingState.NOT_ENROLLED.ordinal();
      int record = RecordState.NONE.ordinal();
      int grade = 0;
      int school = -1;
      for (int e = data.offset[i]; e < data.offset[i + 1] && data.day[e] <= asOf; e++) {
        int t = data.type[e];
        if (stateOf[t] >= 0) {
          state = stateOf[t];
        }
        if (t == enrol || t == promote) {
          grade = data.grade[e];
        }
        if (t == enrol || t == in) {
          school = data.arg[e];
          record = active;
        } else if (t == out) {
          record = pending;
        }
      }
      answers[i] = pack(state, record, grade, school);
    }
    return answers;
  }

  /** DuckDB: the rows in one table; the query takes each student's last value of each fact. */
  static final class Duck {
    private final Connection connection;
    private final int students;

    Duck(DuckDBConnection connection, ReplayData data) throws SQLException {
      this.connection = connection;
      this.students = data.students;
      try (var st = connection.createStatement()) {
        st.execute("DROP TABLE IF EXISTS events");
        st.execute("CREATE TABLE events (student INTEGER, day INTEGER, seq INTEGER, type TINYINT, "
            + "school INTEGER, grade TINYINT)");
      }
      try (DuckDBAppender a =
          connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events")) {
        for (int i = 0; i < data.students; i++) {
          for (int e = data.offset[i], k = 0; e < data.offset[i + 1]; e++, k++) {
            a.beginRow();
            a.append(i);
            a.append(data.day(e));
            a.append(k);
            a.append(data.type[e]);
            a.append(data.school(e));
            a.append(data.grade[e]);
            a.endRow();
          }
        }
      }
    }

    static String sql() {
      StringBuilder states = new StringBuilder("CASE type");
      for (EventType t : TYPES) {
        if (stateAfter(t) >= 0) {
          states.append(" WHEN ").append(t.ordinal()).append(" THEN ").append(stateAfter(t));
        }
      }
      states.append(" END");
      String order = "day::BIGINT * 64 + seq";
      return "SELECT student,"
          + " coalesce(arg_max(" + states + ", " + order + ") FILTER (WHERE type <> "
          + EventType.PROMOTE.ordinal()
          + "), " + SchoolingState.NOT_ENROLLED.ordinal() + ") AS state,"
          + " CASE WHEN arg_max(type, " + order + ") FILTER (WHERE type IN ("
          + EventType.ENROL.ordinal() + ", "
          + EventType.TRANSFER_OUT.ordinal() + ", " + EventType.CONFIRM_TRANSFER_IN.ordinal()
          + ")) = "
          + EventType.TRANSFER_OUT.ordinal() + " THEN " + RecordState.TRANSFER_PENDING.ordinal()
          + " ELSE " + RecordState.ACTIVE.ordinal() + " END AS record,"
          + " arg_max(grade, " + order + ") FILTER (WHERE type IN (" + EventType.ENROL.ordinal()
          + ", "
          + EventType.PROMOTE.ordinal() + ")) AS grade,"
          + " arg_max(school, " + order + ") FILTER (WHERE type IN (" + EventType.ENROL.ordinal()
          + ", "
          + EventType.CONFIRM_TRANSFER_IN.ordinal() + ")) AS school"
          + " FROM events WHERE day <= ? GROUP BY student";
    }

    long[] run() throws SQLException {
      long[] answers = new long[students];
      try (PreparedStatement ps = connection.prepareStatement(sql())) {
        ps.setInt(1, (int) ReplayData.AS_OF.toEpochDay());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            answers[rs.getInt(1)] = pack(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5));
          }
        }
      }
      return answers;
    }
  }
}

package org.kbbx.rules.file;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kbbx.core.status.StatusEvent;
import org.kbbx.core.status.StatusSpan;
import org.kbbx.rules.escalation.Alert;
import org.kbbx.rules.escalation.EscalationInput;
import org.kbbx.rules.escalation.EscalationNumbers;
import org.kbbx.rules.escalation.EscalationStatus;
import org.kbbx.rules.escalation.Streak;
import org.kbbx.rules.escalation.StudentEscalation;
import org.kbbx.rules.internal.ChainLog;
import org.kbbx.rules.internal.ChainReader;
import org.kbbx.rules.internal.RowReader;
import org.kbbx.rules.internal.StudentColumns;

/**
 * How a county file keeps a student (R-FILE-3, R-FILE-4): her {@link StudentFile} as last
 * written out (the row's object) and, in the row's int fields, the part a mark dated after her
 * derivation reads and writes — the escalation state, the derived-through day, whether she is
 * expected at school after her last status span, the pending dropout day — and the chain of
 * marks taken since the file was written out (in the county's {@link ChainLog}).
 *
 * <p>A mark dated after the derivation then touches only int fields and appends the mark, and
 * the alerts and events it raises, to the log; the file is rebuilt, equal to what taking the
 * marks one by one gives, when someone asks for it ({@link #file}). Invariant: with no chained
 * item ({@link #CHAIN} -1) the int fields are those of the row's file and nothing is chained.
 */
final class HotRow {

  static final int FLAGS = 0;
  /** The latest position of the row's chain: marks, alerts and events since written out. */
  static final int CHAIN = 1;
  /** The first of the int fields that hold the dates, two 16-bit epoch days an int. */
  private static final int DATES = 2;

  // The dates, by their 16-bit slot in the date fields.
  private static final int LAST_COUNTED = 0;
  private static final int COVERED = 1;
  private static final int SUSPECTED_ON = 2;
  private static final int LAST_INPUT = 3;
  private static final int THROUGH = 4;
  private static final int SPAN_FROM = 5;
  private static final int DUE = 6;

  /**
   * Int fields per row: the flags, the chain and seven dates of 16 bits, so that a chunk of two
   * rows (with its header) is one 64-byte cache line's worth, read and copied whole.
   */
  static final int WIDTH = DATES + 4;

  /** The latest epoch day a date field holds (2149-06-06); a later or negative one keeps the row cold. */
  private static final int MAX_DAY = 0xFFFF;

  /** Bits 0-1: the escalation status's ordinal. */
  private static final int STATUS_MASK = 3;
  /** The int fields hold the file's state: a quiet mark may be taken without the file. */
  static final int HOT = 1 << 2;

  private static final int HAS_STREAK = 1 << 3;
  private static final int HAS_SUSPECTED = 1 << 4;
  private static final int HAS_LAST_INPUT = 1 << 5;
  static final int HAS_THROUGH = 1 << 6;
  static final int HAS_SPANS = 1 << 7;
  static final int EXPECTED = 1 << 8;
  static final int HAS_DUE = 1 << 9;
  private static final int LENGTH_SHIFT = 10;
  private static final int MAX_LENGTH = (1 << (31 - LENGTH_SHIFT)) - 1;

  private static final EscalationStatus[] STATUSES = EscalationStatus.values();

  private HotRow() {}

  /** Writes a file out into a row: the object, and its int fields, with no chained mark. */
  static void write(StudentColumns.Builder columns, int row, StudentFile file) {
    columns.setObject(row, file);
    StudentFile.Derived d = file.derived();
    int flags = state(columns, row, d.escalation());
    flags = date(columns, row, THROUGH, d.through(), HAS_THROUGH, flags);
    flags = date(columns, row, DUE, d.dropoutDue(), HAS_DUE, flags);
    Seq<StatusSpan> spans = d.baseSpans();
    if (!spans.isEmpty()) {
      StatusSpan last = spans.last();
      flags = date(columns, row, SPAN_FROM, Option.some(last.from()), HAS_SPANS, flags);
      if (Derivation.expectedAtSchool(last.state())) {
        flags |= EXPECTED;
      }
    }
    columns.setInt(row, CHAIN, -1);
    columns.setInt(row, FLAGS, flags);
  }

  /**
   * Writes the state after a mark taken on numbers: the escalation state, the derived-through day
   * {@code date}, the pending dropout epoch day {@code due} ({@link EscalationNumbers#NONE} for
   * none), and the mark (null for a dropout that came due) and what it raised chained. Answers false, writing nothing, when a value
   * does not fit the int fields (then the caller writes the file out).
   */
  static boolean take(
      StudentColumns.Builder columns,
      ChainLog.Builder log,
      int row,
      EscalationNumbers state,
      EscalationInput.Mark mark,
      int date,
      long due,
      List<Alert> alerts,
      List<StatusEvent> events) {
    if (state.streakLength() > MAX_LENGTH
        || !fits(date)
        || (due != EscalationNumbers.NONE && !fits(due))
        || (state.streakLength() > 0
            && !(fits(state.lastCounted()) && fits(state.coveredThrough())))
        || (state.suspectedOn() != EscalationNumbers.NONE && !fits(state.suspectedOn()))
        || (state.lastInput() != EscalationNumbers.NONE && !fits(state.lastInput()))) {
      return false;
    }
    int[] fields = columns.ownInts(row);
    int at = columns.offset(row);
    int chain = fields[at + CHAIN];
    if (mark != null) {
      chain = log.append(mark, chain);
    }
    for (int i = 0; i < alerts.size(); i++) {
      chain = log.append(alerts.get(i), chain);
    }
    for (int i = 0; i < events.size(); i++) {
      chain = log.append(events.get(i), chain);
    }
    fields[at + CHAIN] = chain;
    int flags = HOT
        | HAS_THROUGH
        | (fields[at + FLAGS] & (HAS_SPANS | EXPECTED))
        | state.status().ordinal();
    if (state.streakLength() > 0) {
      flags |= HAS_STREAK | (state.streakLength() << LENGTH_SHIFT);
      put(fields, at, LAST_COUNTED, state.lastCounted());
      put(fields, at, COVERED, state.coveredThrough());
    }
    if (state.suspectedOn() != EscalationNumbers.NONE) {
      flags |= HAS_SUSPECTED;
      put(fields, at, SUSPECTED_ON, state.suspectedOn());
    }
    if (state.lastInput() != EscalationNumbers.NONE) {
      flags |= HAS_LAST_INPUT;
      put(fields, at, LAST_INPUT, state.lastInput());
    }
    if (due != EscalationNumbers.NONE) {
      flags |= HAS_DUE;
      put(fields, at, DUE, (int) due);
    }
    put(fields, at, THROUGH, date);
    fields[at + FLAGS] = flags;
    return true;
  }

  /** A date field of a row: an epoch day from 0 to {@value #MAX_DAY}. */
  private static int get(RowReader rows, int row, int slot) {
    return (rows.intAt(row, DATES + (slot >>> 1)) >>> ((slot & 1) << 4)) & MAX_DAY;
  }

  /** Sets a date field in a row's own chunk ({@code at}: the row's offset in it). */
  private static void put(int[] fields, int at, int slot, int day) {
    int word = at + DATES + (slot >>> 1);
    int shift = (slot & 1) << 4;
    fields[word] = (fields[word] & ~(MAX_DAY << shift)) | (day << shift);
  }

  /** Sets a date field of a row through the builder (copying its chunk on the first write). */
  private static void put(StudentColumns.Builder columns, int row, int slot, int day) {
    put(columns.ownInts(row), columns.offset(row), slot, day);
  }

  /** The derived-through epoch day of a row whose flags have {@link #HAS_THROUGH}. */
  static int through(RowReader rows, int row) {
    return get(rows, row, THROUGH);
  }

  /** The first day of the last status span of a row whose flags have {@link #HAS_SPANS}. */
  static int spanFrom(RowReader rows, int row) {
    return get(rows, row, SPAN_FROM);
  }

  /** Loads the escalation state of a hot row into numbers. */
  static EscalationNumbers load(RowReader rows, int row, EscalationNumbers into) {
    int flags = rows.intAt(row, FLAGS);
    boolean streak = (flags & HAS_STREAK) != 0;
    return into.set(
        flags & STATUS_MASK,
        streak ? flags >>> LENGTH_SHIFT : 0,
        streak ? get(rows, row, LAST_COUNTED) : EscalationNumbers.NONE,
        streak ? get(rows, row, COVERED) : EscalationNumbers.NONE,
        (flags & HAS_SUSPECTED) == 0 ? EscalationNumbers.NONE : get(rows, row, SUSPECTED_ON),
        (flags & HAS_LAST_INPUT) == 0 ? EscalationNumbers.NONE : get(rows, row, LAST_INPUT));
  }

  /** The pending dropout epoch day of a hot row, or {@link EscalationNumbers#NONE}. */
  static long dueDay(RowReader rows, int row) {
    return (rows.intAt(row, FLAGS) & HAS_DUE) == 0 ? EscalationNumbers.NONE : get(rows, row, DUE);
  }

  /** The escalation state of a hot row. */
  static StudentEscalation escalation(RowReader rows, int row, Dates dates) {
    int flags = rows.intAt(row, FLAGS);
    Option<Streak> streak = (flags & HAS_STREAK) == 0
        ? Option.none()
        : Option.some(new Streak(
            flags >>> LENGTH_SHIFT,
            dates.of(get(rows, row, LAST_COUNTED)),
            dates.of(get(rows, row, COVERED))));
    return new StudentEscalation(
        STATUSES[flags & STATUS_MASK],
        streak,
        (flags & HAS_SUSPECTED) == 0
            ? Option.none()
            : Option.some(dates.of(get(rows, row, SUSPECTED_ON))),
        (flags & HAS_LAST_INPUT) == 0
            ? Option.none()
            : Option.some(dates.of(get(rows, row, LAST_INPUT))));
  }

  /** The pending dropout day of a hot row, as the file holds it. */
  static Option<LocalDate> due(RowReader rows, int row, Dates dates) {
    return (rows.intAt(row, FLAGS) & HAS_DUE) == 0
        ? Option.none()
        : Option.some(dates.of(get(rows, row, DUE)));
  }

  /**
   * A row's student file: the one written out, or, after quiet marks, that file with the marks
   * appended and the derivation extended through them.
   */
  static StudentFile file(RowReader rows, ChainReader log, int row) {
    StudentFile written = (StudentFile) rows.objectAt(row);
    int head = rows.intAt(row, CHAIN);
    if (head < 0) {
      return written;
    }
    List<Object> items = new ArrayList<>();
    for (int at = head; at >= 0; at = log.link(at)) {
      items.add(log.item(at));
    }
    Collections.reverse(items);
    List<EscalationInput.Mark> marks = new ArrayList<>();
    List<Alert> alerts = new ArrayList<>();
    List<StatusEvent> events = new ArrayList<>();
    for (Object item : items) {
      if (item instanceof EscalationInput.Mark) {
        marks.add((EscalationInput.Mark) item);
      } else if (item instanceof Alert) {
        alerts.add((Alert) item);
      } else {
        events.add((StatusEvent) item);
      }
    }
    Dates dates = new Dates();
    StudentFile.Derived d = written.derived();
    return new StudentFile(
        written.student(),
        written.events(),
        written.marks().appendAll(marks),
        written.caseEvents(),
        new StudentFile.Derived(
            Option.some(dates.of(get(rows, row, THROUGH))),
            escalation(rows, row, dates),
            d.alerts().appendAll(alerts),
            d.events().appendAll(events),
            d.baseSpans(),
            due(rows, row, dates)));
  }

  private static int state(StudentColumns.Builder columns, int row, StudentEscalation state) {
    if (!fits(state)) {
      return 0;
    }
    int flags = HOT | state.status().ordinal();
    if (state.streak().isDefined()) {
      Streak s = state.streak().get();
      flags |= HAS_STREAK | (s.length() << LENGTH_SHIFT);
      put(columns, row, LAST_COUNTED, (int) s.lastCounted().toEpochDay());
      put(columns, row, COVERED, (int) s.coveredThrough().toEpochDay());
    }
    flags = date(columns, row, SUSPECTED_ON, state.suspectedOn(), HAS_SUSPECTED, flags);
    return date(columns, row, LAST_INPUT, state.lastInput(), HAS_LAST_INPUT, flags);
  }

  /** Sets a date field and its flag; a date that does not fit makes the row not hot. */
  private static int date(
      StudentColumns.Builder columns,
      int row,
      int slot,
      Option<LocalDate> date,
      int has,
      int flags) {
    if (date.isEmpty()) {
      return flags;
    }
    if (!fits(date.get())) {
      return flags & ~HOT;
    }
    put(columns, row, slot, (int) date.get().toEpochDay());
    return flags | has;
  }

  private static boolean fits(StudentEscalation state) {
    if (state.status().ordinal() > STATUS_MASK) {
      return false;
    }
    if (state.streak().isDefined()) {
      Streak s = state.streak().get();
      if (s.length() > MAX_LENGTH || !fits(s.lastCounted()) || !fits(s.coveredThrough())) {
        return false;
      }
    }
    return (state.suspectedOn().isEmpty() || fits(state.suspectedOn().get()))
        && (state.lastInput().isEmpty() || fits(state.lastInput().get()));
  }

  private static boolean fits(LocalDate date) {
    return fits(date.toEpochDay());
  }

  /** Whether an epoch day fits a 16-bit date field. */
  private static boolean fits(long day) {
    return day >= 0 && day <= MAX_DAY;
  }

  /** Dates by epoch day, the recent ones kept: a county day reads the same few dates. */
  static final class Dates {
    private final int[] days = new int[64];
    private final LocalDate[] dates = new LocalDate[64];

    LocalDate of(int day) {
      int k = day & 63;
      LocalDate d = dates[k];
      if (d == null || days[k] != day) {
        d = LocalDate.ofEpochDay(day);
        dates[k] = d;
        days[k] = day;
      }
      return d;
    }
  }
}

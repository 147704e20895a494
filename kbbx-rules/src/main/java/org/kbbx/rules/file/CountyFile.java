package org.kbbx.rules.file;

import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.kbbx.core.id.StudentId;
import org.kbbx.rules.internal.ChainLog;
import org.kbbx.rules.internal.StudentColumns;
import org.kbbx.rules.internal.StudentTable;

/**
 * The student files of a county as one value (R-FILE-3, R-FILE-4): every student's {@link
 * StudentFile} and the day the county has been fed through.
 *
 * <p>The state is plain data: {@link #students()} and {@link #day()} are all there is, and
 * {@link #restore} turns them back into an equal county file without replaying history (the
 * library gives the data; storing it is the vendor's). Feeding it is the {@link FileKeeper}'s
 * work; a new county file shares unchanged parts with the one it came from, which never changes.
 *
 * <p>Inside, each student is a row of columns: the file as last written out, and in plain int
 * fields the part the next mark reads and writes (escalation state, derived-through day), with the
 * marks taken since in a shared log; a day of quiet marks touches only those fields, and a
 * student's {@link StudentFile} is rebuilt when asked for ({@link #student}, {@link #students()}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CountyFile {

  private static final CountyFile EMPTY = new CountyFile(
      Option.none(), StudentColumns.empty(HotRow.WIDTH), ChainLog.empty(), TreeMap.empty());

  private final Option<LocalDate> day;
  private final StudentColumns rows;
  private final ChainLog marks;
  /** The students whose dropout rule comes due after {@link #day}, by due day. */
  private final TreeMap<LocalDate, Set<StudentId>> pending;

  CountyFile(
      Option<LocalDate> day,
      StudentColumns rows,
      ChainLog marks,
      TreeMap<LocalDate, Set<StudentId>> pending) {
    this.day = day;
    this.rows = rows;
    this.marks = marks;
    this.pending = pending;
  }

  /**
   * Returns the county file with no student, fed through no day.
   *
   * @return the empty county file
   */
  public static CountyFile empty() {
    return EMPTY;
  }

  /**
   * Restores a county file from its data, as given by {@link #day()} and {@link #students()}.
   *
   * @param day the day fed through, or empty, not null
   * @param students the student files, not null, no null element, one per student
   * @return the county file, equal to the one the data came from
   * @throws IllegalArgumentException if two files are for the same student
   */
  public static CountyFile restore(Option<LocalDate> day, Iterable<StudentFile> students) {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(students, "students");
    StudentColumns.Builder table = StudentColumns.empty(HotRow.WIDTH).toBuilder();
    TreeMap<LocalDate, Set<StudentId>> pending = TreeMap.empty();
    // Added in slot order, the rows follow the index: a day's marks, taken in slot order, sweep
    // through both.
    List<StudentFile> files = new ArrayList<>();
    for (StudentFile file : students) {
      files.add(Objects.requireNonNull(file, "students element"));
    }
    long[] order = new long[files.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = (StudentColumns.order(StudentTable.hash(files.get(i).student())) << 31) | i;
    }
    java.util.Arrays.sort(order);
    table.reserve(order.length);
    for (long o : order) {
      StudentFile file = files.get((int) (o & Integer.MAX_VALUE));
      int h = StudentTable.hash(file.student());
      if (table.find(file.student(), h) >= 0) {
        throw new IllegalArgumentException("Invalid students: two files for one student");
      }
      HotRow.write(table, table.add(file.student(), h), file);
      pending = schedule(pending, day, file);
    }
    return new CountyFile(day, table.build(), ChainLog.empty(), pending);
  }

  /** Adds a file's pending dropout to the queue when it comes due after {@code day}. */
  static TreeMap<LocalDate, Set<StudentId>> schedule(
      TreeMap<LocalDate, Set<StudentId>> pending, Option<LocalDate> day, StudentFile file) {
    return schedule(pending, day, file.student(), file.derived().dropoutDue());
  }

  /** Adds a student's pending dropout to the queue when it comes due after {@code day}. */
  static TreeMap<LocalDate, Set<StudentId>> schedule(
      TreeMap<LocalDate, Set<StudentId>> pending,
      Option<LocalDate> day,
      StudentId student,
      Option<LocalDate> due) {
    if (due.isEmpty() || (day.isDefined() && !due.get().isAfter(day.get()))) {
      return pending;
    }
    return pending.put(
        due.get(), pending.get(due.get()).getOrElse(HashSet::empty).add(student));
  }

  /** Removes a file's pending dropout from the queue. */
  static TreeMap<LocalDate, Set<StudentId>> unschedule(
      TreeMap<LocalDate, Set<StudentId>> pending, StudentFile file) {
    return unschedule(pending, file.student(), file.derived().dropoutDue());
  }

  /** Removes a student's pending dropout from the queue. */
  static TreeMap<LocalDate, Set<StudentId>> unschedule(
      TreeMap<LocalDate, Set<StudentId>> pending, StudentId student, Option<LocalDate> due) {
    if (due.isEmpty()) {
      return pending;
    }
    Option<Set<StudentId>> at = pending.get(due.get());
    if (at.isEmpty() || !at.get().contains(student)) {
      return pending;
    }
    Set<StudentId> left = at.get().remove(student);
    return left.isEmpty() ? pending.remove(due.get()) : pending.put(due.get(), left);
  }

  /**
   * Returns the latest day fed, if any.
   *
   * @return the day
   */
  public Option<LocalDate> day() {
    return day;
  }

  /**
   * Returns one student's file.
   *
   * @param student the student, may be null (answered empty)
   * @return the file, or empty when the county holds no input for the student
   */
  public Option<StudentFile> student(StudentId student) {
    if (student == null) {
      return Option.none();
    }
    int row = rows.find(student);
    return row < 0 ? Option.none() : Option.some(file(row));
  }

  /** The file of a row, rebuilt after quiet marks. */
  private StudentFile file(int row) {
    return HotRow.file(rows, marks, row);
  }

  /**
   * Returns the number of students with a file.
   *
   * @return at least 0
   */
  public int size() {
    return rows.size();
  }

  /**
   * Returns every student's file, ordered by student id: the data to save. O(n log n).
   *
   * @return the files, a new list
   */
  public List<StudentFile> students() {
    List<StudentFile> out = new ArrayList<>(rows.size());
    for (int row = 0; row < rows.size(); row++) {
      out.add(file(row));
    }
    out.sort(Comparator.comparing(f -> f.student().unmasked()));
    return out;
  }

  StudentColumns rows() {
    return rows;
  }

  ChainLog marks() {
    return marks;
  }

  TreeMap<LocalDate, Set<StudentId>> pending() {
    return pending;
  }

  /**
   * Returns the number of students whose dropout rule (R-ABS-3) comes due after {@link #day()}.
   *
   * @return at least 0
   */
  public int pendingDropouts() {
    return pending.values().map(Set::size).sum().intValue();
  }

  /** Two county files are equal when they hold the same day and equal student files. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof CountyFile)) {
      return false;
    }
    CountyFile that = (CountyFile) other;
    if (!day.equals(that.day) || rows.size() != that.rows.size()) {
      return false;
    }
    for (int row = 0; row < rows.size(); row++) {
      StudentFile file = file(row);
      if (!Option.some(file).equals(that.student(file.student()))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = day.hashCode();
    for (int row = 0; row < rows.size(); row++) {
      h += file(row).hashCode();
    }
    return h;
  }

  /** Returns a short form without student ids (PIPL). */
  @Override
  public String toString() {
    return "CountyFile[" + rows.size() + " students, day " + day.getOrNull() + "]";
  }
}

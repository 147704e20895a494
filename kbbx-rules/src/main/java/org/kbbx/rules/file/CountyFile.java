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
import java.util.Optional;
import org.kbbx.core.id.StudentId;
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
 * <p>This class is immutable and thread-safe.
 */
public final class CountyFile {

  private static final CountyFile EMPTY =
      new CountyFile(Optional.empty(), StudentTable.empty(), TreeMap.empty());

  private final Optional<LocalDate> day;
  private final StudentTable<StudentFile> files;
  /** The students whose dropout rule comes due after {@link #day}, by due day. */
  private final TreeMap<LocalDate, Set<StudentId>> pending;

  CountyFile(
      Optional<LocalDate> day,
      StudentTable<StudentFile> files,
      TreeMap<LocalDate, Set<StudentId>> pending) {
    this.day = day;
    this.files = files;
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
  public static CountyFile restore(Optional<LocalDate> day, Iterable<StudentFile> students) {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(students, "students");
    StudentTable.Builder<StudentFile> table = StudentTable.<StudentFile>empty().toBuilder();
    TreeMap<LocalDate, Set<StudentId>> pending = TreeMap.empty();
    for (StudentFile file : students) {
      Objects.requireNonNull(file, "students element");
      int h = StudentTable.hash(file.student());
      table.ensureRoom();
      int found = table.find(file.student(), h);
      if (found >= 0) {
        throw new IllegalArgumentException("Invalid students: two files for one student");
      }
      table.put(found, file.student(), h, file);
      pending = schedule(pending, day, file);
    }
    return new CountyFile(day, table.build(), pending);
  }

  /** Adds a file's pending dropout to the queue when it comes due after {@code day}. */
  static TreeMap<LocalDate, Set<StudentId>> schedule(
      TreeMap<LocalDate, Set<StudentId>> pending, Optional<LocalDate> day, StudentFile file) {
    Optional<LocalDate> due = file.derived().dropoutDue();
    if (due.isEmpty() || (day.isPresent() && !due.get().isAfter(day.get()))) {
      return pending;
    }
    return pending.put(
        due.get(), pending.get(due.get()).getOrElse(HashSet::empty).add(file.student()));
  }

  /** Removes a file's pending dropout from the queue. */
  static TreeMap<LocalDate, Set<StudentId>> unschedule(
      TreeMap<LocalDate, Set<StudentId>> pending, StudentFile file) {
    Optional<LocalDate> due = file.derived().dropoutDue();
    if (due.isEmpty()) {
      return pending;
    }
    Option<Set<StudentId>> at = pending.get(due.get());
    if (at.isEmpty() || !at.get().contains(file.student())) {
      return pending;
    }
    Set<StudentId> left = at.get().remove(file.student());
    return left.isEmpty() ? pending.remove(due.get()) : pending.put(due.get(), left);
  }

  /**
   * Returns the latest day fed, if any.
   *
   * @return the day
   */
  public Optional<LocalDate> day() {
    return day;
  }

  /**
   * Returns one student's file.
   *
   * @param student the student, may be null (answered empty)
   * @return the file, or empty when the county holds no input for the student
   */
  public Optional<StudentFile> student(StudentId student) {
    return student == null ? Optional.empty() : Optional.ofNullable(files.get(student));
  }

  /**
   * Returns the number of students with a file.
   *
   * @return at least 0
   */
  public int size() {
    return files.size();
  }

  /**
   * Returns every student's file, ordered by student id: the data to save. O(n log n).
   *
   * @return the files, a new list
   */
  public List<StudentFile> students() {
    List<StudentFile> out = new ArrayList<>(files.size());
    files.forEach((id, file) -> out.add(file));
    out.sort(Comparator.comparing(f -> f.student().unmasked()));
    return out;
  }

  StudentTable<StudentFile> files() {
    return files;
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
    if (!day.equals(that.day) || files.size() != that.files.size()) {
      return false;
    }
    boolean[] same = {true};
    files.forEach((id, file) -> {
      if (same[0] && !file.equals(that.files.get(id))) {
        same[0] = false;
      }
    });
    return same[0];
  }

  @Override
  public int hashCode() {
    int[] h = {day.hashCode()};
    files.forEach((id, file) -> h[0] += file.hashCode());
    return h[0];
  }

  /** Returns a short form without student ids (PIPL). */
  @Override
  public String toString() {
    return "CountyFile[" + files.size() + " students, day " + day.orElse(null) + "]";
  }
}

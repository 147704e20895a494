package org.kbbx.core.status;

import java.util.Arrays;
import org.kbbx.core.id.StudentId;

/**
 * The students of a {@link StatusEventBatch} numbered 0, 1, … in order of arrival, with an
 * open-addressing hash table of their numbers: about 6 bytes a student besides the ids
 * themselves, where a {@code HashMap<StudentId, Integer>} takes about 40. Lookups and additions
 * take expected constant time (multiplicative hashing, linear probing, load at most 3/4).
 *
 * <p>This class is mutable and not thread-safe; a batch holds one that no one changes any more.
 */
final class StudentIndex {

  private StudentId[] students;
  private int size;
  /** Student number + 1 at each slot, 0 where empty; a power of two long. */
  private int[] slots;

  private int shift;

  StudentIndex(int expected) {
    int capacity = 16;
    while (capacity < Math.min(expected, 1 << 29) * 4L / 3 + 1) {
      capacity <<= 1;
    }
    slots = new int[capacity];
    shift = 32 - Integer.numberOfTrailingZeros(capacity);
    students = new StudentId[Math.max(16, Math.min(expected, 1 << 29))];
  }

  private StudentIndex(StudentIndex other) {
    this.students = other.students.clone();
    this.size = other.size;
    this.slots = other.slots.clone();
    this.shift = other.shift;
  }

  /** Returns a copy that changes independently of this index. */
  StudentIndex copy() {
    return new StudentIndex(this);
  }

  /** Returns the number of students. */
  int size() {
    return size;
  }

  /** Returns student number {@code index}; out of range throws IndexOutOfBoundsException. */
  StudentId get(int index) {
    if (index >= size) {
      throw new IndexOutOfBoundsException("student index " + index + " of " + size);
    }
    return students[index];
  }

  /** Returns the number of {@code student}, or -1 if the index does not hold them. */
  int indexOf(StudentId student) {
    int mask = slots.length - 1;
    for (int at = slot(student); ; at = (at + 1) & mask) {
      int held = slots[at];
      if (held == 0) {
        return -1;
      }
      if (students[held - 1].equals(student)) {
        return held - 1;
      }
    }
  }

  /** Returns the number of {@code student}, numbering them next if they are new. */
  int add(StudentId student) {
    int mask = slots.length - 1;
    int at = slot(student);
    for (; ; at = (at + 1) & mask) {
      int held = slots[at];
      if (held == 0) {
        break;
      }
      if (students[held - 1].equals(student)) {
        return held - 1;
      }
    }
    if (size == students.length) {
      students = Arrays.copyOf(students, students.length + (students.length >> 1));
    }
    students[size] = student;
    slots[at] = ++size;
    if (size > (slots.length >> 2) * 3) {
      rehash();
    }
    return size - 1;
  }

  private int slot(StudentId student) {
    return (student.hashCode() * 0x9E3779B9) >>> shift;
  }

  private void rehash() {
    slots = new int[slots.length * 2];
    shift--;
    int mask = slots.length - 1;
    for (int i = 0; i < size; i++) {
      int at = slot(students[i]);
      while (slots[at] != 0) {
        at = (at + 1) & mask;
      }
      slots[at] = i + 1;
    }
  }
}

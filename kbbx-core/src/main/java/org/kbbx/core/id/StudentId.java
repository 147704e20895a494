package org.kbbx.core.id;

import java.util.Objects;

/**
 * The key of one student's timeline, for example a student record number (学籍号, R-ID-4): an
 * opaque, non-blank string with no further parsing.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the key, never blank
 */
public record StudentId(String value) {

  /** Creates a student id; throws if {@code value} is null or blank. */
  public StudentId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("Invalid StudentId: must not be blank: '" + value + "'");
    }
  }

  /**
   * Returns the student id {@code value}.
   *
   * @param value the key, not blank
   * @return the id
   * @throws IllegalArgumentException if the value is blank
   */
  public static StudentId of(String value) {
    return new StudentId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

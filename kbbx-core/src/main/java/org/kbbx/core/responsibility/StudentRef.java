package org.kbbx.core.responsibility;

import java.util.Objects;

/**
 * A student, by an opaque id (for example the 学籍号, R-ID-4); the full student record lives elsewhere.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the id, not blank
 */
public record StudentRef(String value) {

  /** Checks that the id is not blank. */
  public StudentRef {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("Invalid StudentRef: must not be blank");
    }
  }

  /**
   * Returns the id.
   *
   * @param value the id, not blank
   * @return the id
   * @throws IllegalArgumentException if the id is blank
   */
  public static StudentRef of(String value) {
    return new StudentRef(value);
  }

  /** Returns the id itself. */
  @Override
  public String toString() {
    return value;
  }
}

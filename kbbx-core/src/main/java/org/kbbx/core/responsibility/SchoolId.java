package org.kbbx.core.responsibility;

import java.util.Objects;

/**
 * A school, by an id the county assigns (for example its 学校标识码).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the id, not blank
 */
public record SchoolId(String value) {

  /** Checks that the id is not blank. */
  public SchoolId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("Invalid SchoolId: must not be blank");
    }
  }

  /**
   * Returns the id.
   *
   * @param value the id, not blank
   * @return the id
   * @throws IllegalArgumentException if the id is blank
   */
  public static SchoolId of(String value) {
    return new SchoolId(value);
  }

  /** Returns the id itself. */
  @Override
  public String toString() {
    return value;
  }
}

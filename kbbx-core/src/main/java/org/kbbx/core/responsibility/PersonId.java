package org.kbbx.core.responsibility;

import java.util.Objects;

/**
 * A person (or body, such as a bureau section) who holds positions on the chain, by an id the county assigns.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the id, not blank
 */
public record PersonId(String value) {

  /** Checks that the id is not blank. */
  public PersonId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("Invalid PersonId: must not be blank");
    }
  }

  /**
   * Returns the id.
   *
   * @param value the id, not blank
   * @return the id
   * @throws IllegalArgumentException if the id is blank
   */
  public static PersonId of(String value) {
    return new PersonId(value);
  }

  /** Returns the id itself. */
  @Override
  public String toString() {
    return value;
  }
}

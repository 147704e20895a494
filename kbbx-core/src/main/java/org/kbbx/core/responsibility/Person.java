package org.kbbx.core.responsibility;

import java.util.Objects;

/**
 * A person on the chain, with the name reports print.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the id, not null
 * @param name the name, not blank
 */
public record Person(PersonId id, String name) {

  /** Checks that both parts are present and the name is not blank. */
  public Person {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("Invalid Person name for " + id + ": must not be blank");
    }
  }

  /**
   * Returns the person with the given id and name.
   *
   * @param id the id, not blank
   * @param name the name, not blank
   * @return the person
   */
  public static Person of(String id, String name) {
    return new Person(PersonId.of(id), name);
  }
}

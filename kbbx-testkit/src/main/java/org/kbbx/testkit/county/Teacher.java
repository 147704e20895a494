package org.kbbx.testkit.county;

import java.util.Objects;

/**
 * A member of a school's staff in the synthetic county.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the staff id, unique in the county, not null
 * @param schoolId the school's id, not null
 * @param principal whether this is the school's principal (校长); others are teachers (师长)
 */
public record Teacher(String id, String schoolId, boolean principal) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public Teacher {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(schoolId, "schoolId");
  }
}

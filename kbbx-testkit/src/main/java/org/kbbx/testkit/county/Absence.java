package org.kbbx.testkit.county;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One absence mark on a school day: excused (approved leave) or without reason (无故缺课).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param date the school day, not null
 * @param excused whether the absence is excused
 */
public record Absence(LocalDate date, boolean excused) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if the date is null
   */
  public Absence {
    Objects.requireNonNull(date, "date");
  }
}

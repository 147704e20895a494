package org.kbbx.reporting.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A reporting obligation every school owes by a time (R-LED-4, R-LED-5): a submission is on time
 * when made strictly before {@code dueBefore}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param obligation the stable obligation code, for example {@code WEEKLY 2023-09-11}, never null
 * @param dueBefore the first moment that is late, never null
 */
public record Deadline(String obligation, LocalDateTime dueBefore) {

  /** Checks that no component is null. */
  public Deadline {
    Objects.requireNonNull(obligation, "obligation");
    Objects.requireNonNull(dueBefore, "dueBefore");
  }

  /**
   * Returns a deadline at the end of {@code lastDay} (late from the next midnight).
   *
   * @param obligation the obligation code, not null
   * @param lastDay the last day on which a submission is on time, not null
   * @return the deadline
   */
  public static Deadline endOf(String obligation, LocalDate lastDay) {
    return new Deadline(obligation, lastDay.plusDays(1).atStartOfDay());
  }

  /**
   * Returns whether a submission at {@code at} is on time.
   *
   * @param at the submission time, not null
   * @return true if strictly before {@link #dueBefore()}
   */
  public boolean isMetBy(LocalDateTime at) {
    return at.isBefore(dueBefore);
  }
}

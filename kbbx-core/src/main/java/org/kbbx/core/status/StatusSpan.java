package org.kbbx.core.status;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A maximal run of days on which a student had one {@link Status} (R-SM-6).
 *
 * <p>The start date is included, the end date ({@code until}) is not; the last span of a
 * timeline has no end. Consecutive spans of a timeline meet without gap or overlap and differ in
 * status.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param status the status on every day of the span
 * @param from the first day, included
 * @param until the first day after the span, absent for the open last span
 */
public record StatusSpan(Status status, LocalDate from, Option<LocalDate> until) {

  /** Creates a span; {@code until}, when present, must be after {@code from}. */
  public StatusSpan {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    if (until.isDefined() && !until.get().isAfter(from)) {
      throw new IllegalArgumentException(
          "Invalid StatusSpan: until " + until.get() + " must be after from " + from);
    }
  }

  /** Returns the schooling state of the span. */
  public SchoolingState state() {
    return status.schooling();
  }

  /**
   * Returns whether {@code date} lies in the span: {@code from <= date < until}.
   *
   * @param date the date, not null
   * @return true if inside
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(from) && (until.isEmpty() || date.isBefore(until.get()));
  }
}

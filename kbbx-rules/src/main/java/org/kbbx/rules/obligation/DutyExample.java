package org.kbbx.rules.obligation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A self-test of a profile's {@link Duties} (R-PROF-3): with nothing done, the obligations due
 * from {@code from} to the day of {@code asOf} on the examples' weekday calendar that are overdue
 * at {@code asOf} are exactly {@code overdue} (obligation ids, in any order).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param description what the example shows, not blank
 * @param from the first due day looked at, not null
 * @param asOf the instant of the check, not before {@code from}, not null
 * @param overdue the ids expected overdue, possibly empty; copied
 */
public record DutyExample(
    String description, LocalDate from, LocalDateTime asOf, List<String> overdue) {

  /** Creates an example. */
  public DutyExample {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(asOf, "asOf");
    overdue = List.copyOf(Objects.requireNonNull(overdue, "overdue"));
    if (description.isBlank()) {
      throw new IllegalArgumentException("Invalid description: must not be blank");
    }
    if (asOf.toLocalDate().isBefore(from)) {
      throw new IllegalArgumentException(
          "Invalid asOf " + asOf + ": must not be before from " + from);
    }
  }
}

package org.kbbx.rules.profile;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A self-test a profile ships (R-PROF-3), like libphonenumber's example numbers.
 *
 * <p>A student is absent without reason on {@code absentSchoolDays} consecutive school days
 * starting on {@code firstAbsence}, on a plain calendar (every Monday–Friday is a school day, no
 * holidays), never returns, and is followed for {@value #FOLLOW_MONTHS} months; each expected
 * alert must fire on its date, or never.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param description what the example shows, in plain words, not blank
 * @param firstAbsence the first day absent, a Monday–Friday, not null
 * @param absentSchoolDays how many consecutive school days, at least 1
 * @param expected what must happen, not empty; copied
 */
public record ProfileExample(
    String description,
    LocalDate firstAbsence,
    int absentSchoolDays,
    List<ExpectedAlert> expected) {

  /** How long, in months after the first absence, an example is followed: {@value}. */
  public static final int FOLLOW_MONTHS = 3;

  /** Creates an example. */
  public ProfileExample {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(firstAbsence, "firstAbsence");
    expected = List.copyOf(Objects.requireNonNull(expected, "expected"));
    if (description.isBlank()) {
      throw new IllegalArgumentException("Invalid description: must not be blank");
    }
    if (absentSchoolDays < 1) {
      throw new IllegalArgumentException(
          "Invalid value for absentSchoolDays (valid values 1 or more): " + absentSchoolDays);
    }
    if (expected.isEmpty()) {
      throw new IllegalArgumentException("Invalid expected: must not be empty");
    }
  }
}

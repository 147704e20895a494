package org.kbbx.core.responsibility;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.util.Objects;
import org.kbbx.core.validation.Violation;

/**
 * How many wards one guarantor should look after (profile data, R-RC-4).
 *
 * <p>Seed 004 (Liuba Madao middle school): 35 teachers each look after 6–8 students, 259 in all, so
 * {@code GuaranteeCap.of(6, 8)}. The maximum is the cap the coverage check (R-RC-5) enforces; the
 * minimum is the profile's expectation and is reported only as data.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param minimum the fewest wards expected, 0 to {@code maximum}
 * @param maximum the cap, at least 1
 */
public record GuaranteeCap(int minimum, int maximum) {

  /** Checks the bounds: {@code 0 <= minimum <= maximum} and {@code maximum >= 1}. */
  public GuaranteeCap {
    if (maximum < 1) {
      throw new IllegalArgumentException("Invalid value for GuaranteeCap maximum (valid values 1 - "
          + Integer.MAX_VALUE + "): " + maximum);
    }
    if (minimum < 0 || minimum > maximum) {
      throw new IllegalArgumentException(
          "Invalid value for GuaranteeCap minimum (valid values 0 - " + maximum + "): " + minimum);
    }
  }

  /**
   * Returns a cap from {@code minimum} to {@code maximum} wards, both inclusive.
   *
   * @param minimum the fewest wards expected, 0 to {@code maximum}
   * @param maximum the cap, at least 1
   * @return the cap
   * @throws IllegalArgumentException if the bounds are out of range
   */
  public static GuaranteeCap of(int minimum, int maximum) {
    return new GuaranteeCap(minimum, maximum);
  }

  /**
   * Validates an untrusted cap, such as one read from a profile file, reporting every problem
   * (R-RC-4: a cap of zero is rejected).
   *
   * @param path where the cap is in the input, for example {@code $.caps.TEACHER_STUDENT}
   * @param minimum the fewest wards expected
   * @param maximum the cap
   * @return the cap or the violations
   */
  public static Validation<Seq<Violation>, GuaranteeCap> validate(
      String path, int minimum, int maximum) {
    Objects.requireNonNull(path, "path");
    java.util.List<Violation> problems = new java.util.ArrayList<>();
    if (maximum < 1) {
      problems.add(Violation.at(path + ".maximum", "cap must be at least 1, found " + maximum));
    }
    if (minimum < 0) {
      problems.add(
          Violation.at(path + ".minimum", "minimum must not be negative, found " + minimum));
    } else if (maximum >= 1 && minimum > maximum) {
      problems.add(
          Violation.at(path + ".minimum", "minimum " + minimum + " is above the cap " + maximum));
    }
    return problems.isEmpty()
        ? Validation.valid(new GuaranteeCap(minimum, maximum))
        : Validation.invalid(Vector.ofAll(problems));
  }

  /**
   * Returns a cap of at most {@code maximum} wards with no minimum.
   *
   * @param maximum the cap, at least 1
   * @return the cap
   * @throws IllegalArgumentException if {@code maximum < 1}
   */
  public static GuaranteeCap atMost(int maximum) {
    return new GuaranteeCap(0, maximum);
  }

  /**
   * Returns by how many wards {@code count} exceeds the cap, 0 when it does not.
   *
   * @param count the number of wards a guarantor has
   * @return {@code max(0, count - maximum)}
   */
  public int excess(int count) {
    return Math.max(0, count - maximum);
  }

  /** Returns the {@code 6-8} form. */
  @Override
  public String toString() {
    return minimum + "-" + maximum;
  }
}

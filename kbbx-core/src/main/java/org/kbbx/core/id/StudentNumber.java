package org.kbbx.core.id;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;
import org.kbbx.core.mask.IdMask;
import org.kbbx.core.validation.Violation;

/**
 * A student record number (全国学籍号) issued by the national student record system (R-ID-4).
 *
 * <p>Opaque: any non-blank text, kept exactly as given, compared exactly. Because the national
 * number is often {@code G} followed by the child's resident ID, {@link #toString()} and every
 * message show it masked by the one rule {@link IdMask#mask} (R-ID-2, R-ID-5); use
 * {@link #unmasked()} for the full text.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StudentNumber implements Comparable<StudentNumber> {

  private final String value;

  private StudentNumber(String value) {
    this.value = value;
  }

  /**
   * Returns the student number {@code value}.
   *
   * @param value the number, not null and not blank
   * @return the student number
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static StudentNumber of(String value) {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException(
          "Invalid student number '" + IdMask.mask(value) + "': expected non-blank text");
    }
    return new StudentNumber(value);
  }

  /**
   * Validates untrusted text as a student number at path {@code studentNumber}.
   *
   * @param value the text; null or blank gives a violation
   * @return the student number or the problem
   */
  public static Validation<Seq<Violation>, StudentNumber> validate(String value) {
    if (value == null || value.isBlank()) {
      return Validation.invalid(List.of(Violation.at(
          "studentNumber",
          "Invalid student number " + (value == null ? "null" : "'" + IdMask.mask(value) + "'")
              + ": expected non-blank text")));
    }
    return Validation.valid(new StudentNumber(value));
  }

  /** Returns the number exactly as given: the one explicit way to the full text (R-ID-2). */
  public String unmasked() {
    return value;
  }

  @Override
  public int compareTo(StudentNumber other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StudentNumber that && that.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the number masked by {@link IdMask#mask}, for example {@code G11010*********002X}. */
  @Override
  public String toString() {
    return IdMask.mask(value);
  }
}

package org.kbbx.core.id;

import java.util.Objects;
import org.kbbx.core.mask.IdMask;

/**
 * The key of one student's timeline, for example a student record number (学籍号, R-ID-4): an
 * opaque, non-blank string with no further parsing.
 *
 * <p>A 学籍号 often is {@code G} followed by the child's resident ID, so {@link #toString()} and
 * every library message show the key masked by the one rule {@link IdMask#mask} (R-ID-2, R-ID-5):
 * {@code G11010*********002X}, and a short key such as {@code H1} as {@code **}. The full key
 * needs the explicit {@link #unmasked()}. Equality is on the full key.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StudentId {

  private final String value;
  /**
   * The key's {@link String#hashCode()}, computed once: a county day hashes tens of thousands of
   * ids, and reading it here saves a read of the string.
   */
  private final int hash;

  private StudentId(String value) {
    this.value = value;
    this.hash = value.hashCode();
  }

  /**
   * Returns the student id {@code value}.
   *
   * @param value the key, not null and not blank; kept exactly as given
   * @return the id
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if the value is blank
   */
  public static StudentId of(String value) {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("Invalid StudentId: must not be blank");
    }
    return new StudentId(value);
  }

  /**
   * Returns the key exactly as given: the one explicit way to the full text (R-ID-2); use only
   * where the reader may see it. No library message calls it.
   *
   * @return the full key
   */
  public String unmasked() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StudentId that && that.hash == hash && that.value.equals(value);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /** Returns the key masked by {@link IdMask#mask} (R-ID-5), for example {@code G11010*********002X}. */
  @Override
  public String toString() {
    return IdMask.mask(value);
  }
}

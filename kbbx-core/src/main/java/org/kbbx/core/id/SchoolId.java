package org.kbbx.core.id;

import java.util.Objects;
import org.kbbx.core.mask.IdMask;

/**
 * The identifier of a school (for example its national school code, 学校标识码): an opaque,
 * non-blank string.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the identifier, never blank
 */
public record SchoolId(String value) implements Comparable<SchoolId> {

  /** Creates a school id; throws if {@code value} is null or blank. */
  public SchoolId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("Invalid SchoolId: must not be blank");
    }
  }

  /**
   * Returns the school id {@code value}.
   *
   * @param value the identifier, not blank
   * @return the id
   * @throws IllegalArgumentException if the value is blank
   */
  public static SchoolId of(String value) {
    return new SchoolId(value);
  }

  @Override
  public int compareTo(SchoolId other) {
    return value.compareTo(other.value);
  }

  /** Returns the identifier, with any ID-like run masked by {@link IdMask#maskIdLikeRuns} (R-ID-5). */
  @Override
  public String toString() {
    return IdMask.maskIdLikeRuns(value);
  }
}

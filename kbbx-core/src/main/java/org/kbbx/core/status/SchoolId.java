package org.kbbx.core.status;

import java.util.Objects;

/**
 * The identifier of a school (for example its national school code, 学校标识码): an opaque,
 * non-blank string.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the identifier, never blank
 */
public record SchoolId(String code) implements Comparable<SchoolId> {

  /** Creates a school id; throws if {@code code} is null or blank. */
  public SchoolId {
    Objects.requireNonNull(code, "code");
    if (code.isBlank()) {
      throw new IllegalArgumentException("Invalid SchoolId: must not be blank: '" + code + "'");
    }
  }

  /**
   * Returns the school id {@code code}.
   *
   * @param code the identifier, not blank
   * @return the id
   * @throws IllegalArgumentException if the code is blank
   */
  public static SchoolId of(String code) {
    return new SchoolId(code);
  }

  @Override
  public int compareTo(SchoolId other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}

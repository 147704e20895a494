package org.kbbx.rules.profile;

import java.util.Objects;

/**
 * An effective profile value: the value, the profile it came from and its source (R-PROF-1).
 *
 * <p>This class is immutable and thread-safe when {@code T} is.
 *
 * @param <T> the value type
 * @param value the value, not null
 * @param fromProfile the id of the profile in the parent chain that set it, not null
 * @param source where that profile took it from, not null
 */
public record Resolved<T>(T value, String fromProfile, Source source) {

  /** Creates a resolved value. */
  public Resolved {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(fromProfile, "fromProfile");
    Objects.requireNonNull(source, "source");
  }

  /**
   * Returns the value with its source, without the profile it came from.
   *
   * @return the sourced value
   */
  public Sourced<T> sourced() {
    return Sourced.of(value, source);
  }
}

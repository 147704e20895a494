package org.kbbx.rules.profile;

import java.util.Objects;

/**
 * A profile value with its source (R-PROF-1).
 *
 * <p>This class is immutable and thread-safe when {@code T} is.
 *
 * @param <T> the value type
 * @param value the value, not null
 * @param source where it comes from, not null
 */
public record Sourced<T>(T value, Source source) {

  /** Creates a sourced value. */
  public Sourced {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
  }

  /**
   * Returns a sourced value.
   *
   * @param <T> the value type
   * @param value the value
   * @param source where it comes from
   * @return the sourced value
   */
  public static <T> Sourced<T> of(T value, Source source) {
    return new Sourced<>(value, source);
  }
}

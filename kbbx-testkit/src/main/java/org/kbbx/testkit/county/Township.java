package org.kbbx.testkit.county;

import java.util.List;
import java.util.Objects;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.division.DivisionLevel;

/**
 * A township (乡) or town (镇) of the synthetic county with its villages.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the township-level division code, not null
 * @param name the Chinese name, e.g. {@code 河坝镇}, not null
 * @param villages the villages and communities, in code order, not empty
 */
public record Township(DivisionCode code, String name, List<Village> villages) {

  /**
   * Checks and copies the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the code is not township-level or a village lies elsewhere
   */
  public Township {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    villages = List.copyOf(villages);
    if (code.level() != DivisionLevel.TOWNSHIP) {
      throw new IllegalArgumentException(
          "Invalid township code (expected a township-level code): " + code);
    }
    for (Village v : villages) {
      if (!v.township().equals(code)) {
        throw new IllegalArgumentException(
            "Invalid village " + v.code() + " (expected one within township " + code + ")");
      }
    }
  }
}

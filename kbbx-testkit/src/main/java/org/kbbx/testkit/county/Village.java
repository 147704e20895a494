package org.kbbx.testkit.county;

import java.util.Objects;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.division.DivisionLevel;

/**
 * A village (村) or community (社区) of the synthetic county, with its 12-digit division code.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the village-level division code, not null
 * @param name the Chinese name, e.g. {@code 石桥村}, not null
 */
public record Village(DivisionCode code, String name) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the code is not a village-level code
   */
  public Village {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    if (code.level() != DivisionLevel.VILLAGE) {
      throw new IllegalArgumentException(
          "Invalid village code (expected a village-level code): " + code);
    }
  }

  /**
   * Returns the township the village belongs to (R-DIV-1).
   *
   * @return the township-level code
   */
  public DivisionCode township() {
    return code.township();
  }
}

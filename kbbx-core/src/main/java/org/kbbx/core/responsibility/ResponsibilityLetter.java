package org.kbbx.core.responsibility;

import io.vavr.control.Option;
import java.util.Objects;
import org.kbbx.core.time.SchoolYear;

/**
 * A responsibility letter (责任书, R-RC-3) signed between two adjacent levels of a line for a school
 * year, such as Xixiang's county head → township head and bureau director → principal letters (seed
 * 004).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param upper the upper seat, not null
 * @param lower the lower seat, not null
 * @param year the school year the letter covers, not null
 */
public record ResponsibilityLetter(Position upper, Position lower, SchoolYear year) {

  /** Checks that every part is present. */
  public ResponsibilityLetter {
    Objects.requireNonNull(upper, "upper");
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(year, "year");
  }

  /**
   * Returns the link this letter backs, or none when its two seats are not adjacent levels of one
   * line (the organisation builder rejects such a letter).
   *
   * @return the link, or none
   */
  public Option<ChainLink> link() {
    return ChainLink.between(upper.role(), lower.role());
  }
}

package org.kbbx.core.responsibility;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * One level of a student's chain on one line (R-RC-2): the seat, who holds it and the letter that
 * binds it to the level above (R-RC-3).
 *
 * <p>The seat is absent only for a student who has no class teacher on the education line
 * (R-RC-10). The holder is absent when the seat is vacant, and always for the parent's seat (the
 * guardian lives in the student record, not here). The letter is absent at the top of the line and
 * where none was signed for the school year.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param role the level's role, not null
 * @param position the seat, or none
 * @param holder the person holding the seat, or none
 * @param letterAbove the letter between this seat and the one above for the chain's school year, or none
 */
public record ChainStep(
    Role role,
    Option<Position> position,
    Option<Person> holder,
    Option<ResponsibilityLetter> letterAbove) {

  /** Checks that every part is present (options may be empty). */
  public ChainStep {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(letterAbove, "letterAbove");
  }
}

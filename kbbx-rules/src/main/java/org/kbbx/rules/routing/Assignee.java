package org.kbbx.rules.routing;

import io.vavr.control.Option;
import java.util.Objects;
import org.kbbx.core.responsibility.Person;
import org.kbbx.core.responsibility.Position;
import org.kbbx.core.responsibility.ResponsibilityDegree;
import org.kbbx.core.responsibility.Role;

/**
 * A seat a route names for one student, with its holder (R-RC-6).
 *
 * <p>When the seat a rule names is vacant (or, for a teacher, the student has no guarantor), the
 * next held seat up the same line answers instead, and {@code standingInFor} names the role it
 * covers for: a principal stands in for a missing teacher, a township head for a vacant village
 * director. The top seats (county head, bureau director) have nobody above them and are returned
 * vacant.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param role the role of {@code seat}, not null
 * @param seat the seat, not null
 * @param holder who holds it, or none when even the top seat is vacant (never for a parent: the
 *     guardian lives in the student record)
 * @param standingInFor the role this seat covers for, or none when it answers in its own right
 */
public record Assignee(Role role, Position seat, Option<Person> holder, Option<Role> standingInFor) {

  /** Checks that every part is present (options may be empty). */
  public Assignee {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(seat, "seat");
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(standingInFor, "standingInFor");
  }

  /** Returns first or direct responsibility of this seat's role (R-RC-7), if any. */
  public Option<ResponsibilityDegree> degree() {
    return role.degree();
  }

  /** Returns a short form such as {@code 校长@S1 (王) for 师长}. */
  @Override
  public String toString() {
    return seat
        + holder.map(person -> " (" + person.name() + ")").getOrElse(role == Role.PARENT ? "" : " (vacant)")
        + standingInFor.map(covered -> " for " + covered.chineseLabel()).getOrElse("");
  }
}

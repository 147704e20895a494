package org.kbbx.rules.routing;

import io.vavr.control.Option;
import java.util.Objects;
import org.kbbx.core.responsibility.Person;
import org.kbbx.core.responsibility.Position;
import org.kbbx.core.responsibility.ResponsibilityDegree;
import org.kbbx.core.responsibility.Role;

/**
 * One party a route names for one student: the role the routing row names, the seat that answers
 * and who holds it (R-RC-6, R-RC-14, R-RC-15).
 *
 * <p>The seat is the student's seat of {@code role} (for the teacher the class teacher, R-RC-10;
 * for a body such as the township government the seat of its head, the township head). When that
 * seat is vacant, the next held seat up the same line answers instead and {@code standIn} is true:
 * the principal stands in for a vacant class teacher, the township head for a vacant village
 * director. The top seats (county head, bureau director) have nobody above them and are returned
 * vacant. The seat is none when the route was asked without the organisation, and for a body
 * outside the county (the city bureau, the household-registration county's bureau, the
 * supervision office).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param role the role the routing row names, not null
 * @param seat the seat that answers, or none
 * @param holder who holds the seat, or none when it is vacant or unknown (always none for a
 *     parent: the guardian lives in the student record)
 * @param standIn whether {@code seat} stands in for the vacant seat of {@code role}
 */
public record Assignee(Role role, Option<Position> seat, Option<Person> holder, boolean standIn) {

  /** Checks that every part is present (options may be empty). */
  public Assignee {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(seat, "seat");
    Objects.requireNonNull(holder, "holder");
  }

  /**
   * Returns the role this party covers for when it stands in, for example {@code TEACHER} when
   * the principal acts for a vacant class teacher (R-RC-15).
   *
   * @return the covered role, or none when the party answers in its own right
   */
  public Option<Role> standingInFor() {
    return standIn ? Option.some(role) : Option.none();
  }

  /**
   * Returns the role of the seat that answers ({@code PRINCIPAL} for a principal standing in, the
   * head's role for a body), or {@link #role()} when there is no seat.
   *
   * @return the role, never null
   */
  public Role seatRole() {
    return seat.map(Position::role).getOrElse(role);
  }

  /**
   * Returns first or direct responsibility of the answering seat's role (R-RC-7), if any.
   *
   * @return the degree, or none
   */
  public Option<ResponsibilityDegree> degree() {
    return seatRole().degree();
  }

  /**
   * Returns a short form such as {@code 师长: 校长@S1 (王) stands in}; a parent's seat is shown by
   * its role only, never with the student's id.
   */
  @Override
  public String toString() {
    String seatText = seat.map(
            s -> s.role() == Role.PARENT ? s.role().chineseLabel() : s.toString())
        .getOrElse("-");
    String holderText = holder
        .map(person -> " (" + person.name() + ")")
        .getOrElse(seat.isDefined() && seatRole() != Role.PARENT ? " (vacant)" : "");
    return role.chineseLabel() + ": " + seatText + holderText + (standIn ? " stands in" : "");
  }
}

package org.kbbx.rules.routing;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.division.DivisionLevel;
import org.kbbx.core.responsibility.Organisation;
import org.kbbx.core.responsibility.Position;
import org.kbbx.core.responsibility.Role;
import org.kbbx.core.responsibility.StudentPlacement;
import org.kbbx.core.id.StudentId;
import org.kbbx.rules.casework.CaseStep;
import org.kbbx.rules.escalation.AlertCode;

/**
 * Answers who must act and who must be told for a student's case step or alert (R-RC-6), with the
 * first and direct responsible persons (R-RC-7).
 *
 * <p>A rule's roles become the student's seats: the teacher is the student's guarantor (包保教师),
 * the principal that of the school attended, the village director and township head those of the
 * household, the education centre director that of the school's township. A vacant seat passes
 * the duty to the next held seat up its line (see {@link Assignee}). Lookups are O(depth).
 *
 * <p>Never throws: an unknown student or a null argument is a {@link RoutingRejection}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WhoActs {

  private final RoutingTable table;

  private WhoActs(RoutingTable table) {
    this.table = table;
  }

  /**
   * Returns a router over {@code table}.
   *
   * @param table the routing table, not null
   * @return the router
   */
  public static WhoActs using(RoutingTable table) {
    return new WhoActs(Objects.requireNonNull(table, "table"));
  }

  /**
   * Returns who acts on a return-persuasion step for a student.
   *
   * @param organisation the county's organisation
   * @param student the student
   * @param step the case step
   * @return the route, or why none could be given
   */
  public Either<RoutingRejection, Route> forCaseStep(Organisation organisation, StudentId student, CaseStep step) {
    if (step == null) {
      return Either.left(new RoutingRejection.MissingArgument("step"));
    }
    return route(organisation, student, table.ruleFor(step));
  }

  /**
   * Returns who acts on an absence alert for a student.
   *
   * @param organisation the county's organisation
   * @param student the student
   * @param alert the alert code
   * @return the route, or why none could be given
   */
  public Either<RoutingRejection, Route> forAlert(Organisation organisation, StudentId student, AlertCode alert) {
    if (alert == null) {
      return Either.left(new RoutingRejection.MissingArgument("alert"));
    }
    return route(organisation, student, table.ruleFor(alert));
  }

  private static Either<RoutingRejection, Route> route(Organisation organisation, StudentId student, RouteRule rule) {
    if (organisation == null) {
      return Either.left(new RoutingRejection.MissingArgument("organisation"));
    }
    if (student == null) {
      return Either.left(new RoutingRejection.MissingArgument("student"));
    }
    Option<StudentPlacement> placement = organisation.placement(student);
    if (placement.isEmpty()) {
      return Either.left(new RoutingRejection.UnknownStudent(student.toString()));
    }
    Seats seats = new Seats(organisation, placement.get());
    Seq<Assignee> acting = Vector.ofAll(rule.acting()).map(seats::resolve);
    Seq<Assignee> informed = Vector.ofAll(rule.informed()).map(seats::resolve);
    Seq<Assignee> accountable = seats.accountable();
    return Either.right(new Route(rule.line(), acting, informed, accountable));
  }

  /** Maps roles to one student's seats. */
  private static final class Seats {
    private final Organisation organisation;
    private final StudentPlacement placement;

    Seats(Organisation organisation, StudentPlacement placement) {
      this.organisation = organisation;
      this.placement = placement;
    }

    private Option<DivisionCode> schoolTownship() {
      return organisation
          .location(placement.school())
          .filter(location -> location.level() != DivisionLevel.COUNTY)
          .map(DivisionCode::township);
    }

    /** The seat of {@code role} for this student, or none when the role has no seat here. */
    private Option<Position> seatOf(Role role) {
      switch (role) {
        case PARENT:
          return Option.some(Position.parent(placement.student()));
        case TEACHER:
          return organisation.guarantor(placement.student());
        case SCHOOL_LEADER:
          return organisation.guarantor(placement.student()).flatMap(organisation::leaderOf);
        case PRINCIPAL:
          return Option.some(Position.principal(placement.school()));
        case EDUCATION_CENTRE_DIRECTOR:
          return schoolTownship().map(Position::educationCentreDirector);
        case BUREAU_DIRECTOR:
          return Option.some(Position.bureauDirector(organisation.county()));
        case VILLAGE_DIRECTOR:
          return Option.some(Position.villageDirector(placement.household()));
        case TOWNSHIP_HEAD:
          return Option.some(Position.townshipHead(placement.household().township()));
        case COUNTY_HEAD:
          return Option.some(Position.countyHead(organisation.county()));
        case BUREAU_LEADER:
        case BUREAU_SECTION:
          return organisation
              .bureauGuarantors(placement.household().township())
              .find(seat -> seat.role() == role);
        default:
          return Option.none();
      }
    }

    /** The role that covers for a vacant {@code role}, or none at the top of a line. */
    private static Option<Role> above(Role role) {
      switch (role) {
        case TEACHER:
        case SCHOOL_LEADER:
          return Option.some(Role.PRINCIPAL);
        case PRINCIPAL:
        case EDUCATION_CENTRE_DIRECTOR:
        case BUREAU_LEADER:
        case BUREAU_SECTION:
          return Option.some(Role.BUREAU_DIRECTOR);
        case VILLAGE_DIRECTOR:
          return Option.some(Role.TOWNSHIP_HEAD);
        case TOWNSHIP_HEAD:
          return Option.some(Role.COUNTY_HEAD);
        default:
          return Option.none();
      }
    }

    Assignee resolve(Role wanted) {
      Role role = wanted;
      while (true) {
        Option<Position> seat = seatOf(role);
        boolean held = seat.isDefined() && (role == Role.PARENT || organisation.holder(seat.get()).isDefined());
        Option<Role> next = above(role);
        if (held || (seat.isDefined() && next.isEmpty())) {
          Option<Role> standingInFor = role == wanted ? Option.none() : Option.some(wanted);
          return new Assignee(role, seat.get(), organisation.holder(seat.get()), standingInFor);
        }
        role = next.get();
      }
    }

    Seq<Assignee> accountable() {
      Vector<Role> roles = Vector.of(Role.TOWNSHIP_HEAD);
      if (schoolTownship().isDefined()) {
        roles = roles.append(Role.EDUCATION_CENTRE_DIRECTOR);
      }
      return roles.append(Role.PRINCIPAL).map(role -> {
        Position seat = seatOf(role).get();
        return new Assignee(role, seat, organisation.holder(seat), Option.none());
      });
    }
  }
}

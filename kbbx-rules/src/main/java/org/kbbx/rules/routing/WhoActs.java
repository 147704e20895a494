package org.kbbx.rules.routing;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.division.DivisionLevel;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.responsibility.Organisation;
import org.kbbx.core.responsibility.Person;
import org.kbbx.core.responsibility.Position;
import org.kbbx.core.responsibility.Role;
import org.kbbx.core.responsibility.StudentPlacement;
import org.kbbx.rules.casework.CaseStep;
import org.kbbx.rules.escalation.AlertCode;

/**
 * The routing entry point (R-RC-6, R-RC-10, R-RC-14, R-RC-15): for a student and an absence alert
 * or a return-persuasion step, who must act and who must be told, from a profile's routing table.
 *
 * <pre>{@code
 * Either<RoutingRejection, Route> route = WhoActs.using(profile.routing().value())
 *     .route(Option.some(organisation), StudentId.of("s1"), RouteKey.of(AlertCode.FIRST_DAY_CONTACT));
 * }</pre>
 *
 * <p>With the organisation, a row's roles become the student's seats: the teacher (师长) is the
 * student's class teacher (班主任, R-RC-10), the guarantor the student's guarantor (包保, omitted
 * when the student has none), the principal that of the school attended, the village director and
 * township head those of the household, the education centre director that of the school's
 * township; a body answers through its head's seat. A vacant seat passes the duty to the next held
 * seat up its line ({@link Assignee#standIn()}). Each party — a person, or a seat when vacant —
 * appears once in {@code acting} and is dropped from {@code informed} when it acts (R-RC-15).
 * Without the organisation the route names the roles only (no seats). Lookups are O(depth).
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
   * Returns a router over {@code table}, usually a profile's {@code routing()} value.
   *
   * @param table the routing table, not null
   * @return the router
   */
  public static WhoActs using(RoutingTable table) {
    return new WhoActs(Objects.requireNonNull(table, "table"));
  }

  /**
   * Returns the routing table this router reads.
   *
   * @return the table
   */
  public RoutingTable table() {
    return table;
  }

  /**
   * Returns who acts and who is told for a student's alert or case step.
   *
   * @param organisation the county's organisation, or none to get the roles without seats; not null
   * @param student the student, not null
   * @param key the alert or case step, not null
   * @return the route, or {@link RoutingRejection.MissingArgument} for a null argument, or {@link
   *     RoutingRejection.UnknownStudent} when the organisation does not place the student
   */
  public Either<RoutingRejection, Route> route(
      Option<Organisation> organisation, StudentId student, RouteKey key) {
    if (organisation == null) {
      return Either.left(new RoutingRejection.MissingArgument("organisation"));
    }
    if (student == null) {
      return Either.left(new RoutingRejection.MissingArgument("student"));
    }
    if (key == null) {
      return Either.left(new RoutingRejection.MissingArgument("key"));
    }
    RouteRule rule = table.ruleFor(key);
    if (organisation.isEmpty()) {
      return Either.right(new Route(
          rule.line(),
          Vector.ofAll(rule.acting()).map(WhoActs::roleOnly),
          Vector.ofAll(rule.informed())
              .filter(role -> !rule.acting().contains(role))
              .distinct()
              .map(WhoActs::roleOnly),
          Vector.of(Role.TOWNSHIP_HEAD, Role.EDUCATION_CENTRE_DIRECTOR, Role.PRINCIPAL)
              .map(WhoActs::roleOnly)));
    }
    Option<StudentPlacement> placement = organisation.get().placement(student);
    if (placement.isEmpty()) {
      return Either.left(new RoutingRejection.UnknownStudent(student));
    }
    Seats seats = new Seats(organisation.get(), placement.get());
    Set<Object> seen = new HashSet<>();
    Seq<Assignee> acting = once(seats.resolveAll(rule.acting()), seen);
    Seq<Assignee> informed = once(seats.resolveAll(rule.informed()), seen);
    return Either.right(new Route(rule.line(), acting, informed, seats.accountable()));
  }

  /**
   * Returns who acts on a return-persuasion step for a student; same as {@link #route} with the
   * organisation.
   *
   * @param organisation the county's organisation
   * @param student the student
   * @param step the case step
   * @return the route, or why none could be given
   */
  public Either<RoutingRejection, Route> forCaseStep(
      Organisation organisation, StudentId student, CaseStep step) {
    if (organisation == null) {
      return Either.left(new RoutingRejection.MissingArgument("organisation"));
    }
    if (step == null) {
      return Either.left(new RoutingRejection.MissingArgument("step"));
    }
    return route(Option.some(organisation), student, RouteKey.of(step));
  }

  /**
   * Returns who acts on an absence alert for a student; same as {@link #route} with the
   * organisation.
   *
   * @param organisation the county's organisation
   * @param student the student
   * @param alert the alert code
   * @return the route, or why none could be given
   */
  public Either<RoutingRejection, Route> forAlert(
      Organisation organisation, StudentId student, AlertCode alert) {
    if (organisation == null) {
      return Either.left(new RoutingRejection.MissingArgument("organisation"));
    }
    if (alert == null) {
      return Either.left(new RoutingRejection.MissingArgument("alert"));
    }
    return route(Option.some(organisation), student, RouteKey.of(alert));
  }

  private static Assignee roleOnly(Role role) {
    return new Assignee(role, Option.none(), Option.none(), false);
  }

  /** Keeps the first entry of each party not yet {@code seen}, and marks the kept ones seen. */
  private static Seq<Assignee> once(Seq<Assignee> parties, Set<Object> seen) {
    return parties.filter(party -> seen.add(partyKey(party)));
  }

  /** A person once; a vacant seat once; a seatless body once. */
  private static Object partyKey(Assignee party) {
    if (party.holder().isDefined()) {
      return party.holder().get().id();
    }
    return party.seat().isDefined() ? party.seat().get() : party.role();
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

    /** The seat of a seat role for this student, or none when the role has no seat here. */
    private Option<Position> seatOf(Role role) {
      switch (role) {
        case PARENT:
          return Option.some(organisation.parentSeat(placement.student()));
        case TEACHER:
          return organisation.classTeacher(placement.student());
        case GUARANTOR:
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

    Seq<Assignee> resolveAll(List<Role> roles) {
      return Vector.ofAll(roles).flatMap(this::resolve);
    }

    /** The party answering for {@code named}; none for a guarantor the student does not have. */
    Option<Assignee> resolve(Role named) {
      if (named == Role.GUARANTOR) {
        return seatOf(Role.GUARANTOR)
            .map(seat -> new Assignee(named, Option.some(seat), organisation.holder(seat), false));
      }
      if (named.kind() == Role.Kind.BODY && named.head().isEmpty()) {
        return Option.some(roleOnly(named));
      }
      Role own = named.head().getOrElse(named);
      Role role = own;
      while (true) {
        Option<Position> seat = seatOf(role);
        Option<Person> holder = seat.flatMap(organisation::holder);
        boolean held = seat.isDefined() && (role == Role.PARENT || holder.isDefined());
        Option<Role> next = above(role);
        if (held || (seat.isDefined() && next.isEmpty())) {
          return Option.some(new Assignee(named, seat, holder, role != own));
        }
        if (next.isEmpty()) {
          return Option.some(roleOnly(named));
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
        return new Assignee(role, Option.some(seat), organisation.holder(seat), false);
      });
    }
  }
}

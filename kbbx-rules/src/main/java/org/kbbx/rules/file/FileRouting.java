package org.kbbx.rules.file;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.EnumMap;
import java.util.Map;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.responsibility.Organisation;
import org.kbbx.rules.casework.CaseStep;
import org.kbbx.rules.escalation.AlertCode;
import org.kbbx.rules.profile.EffectiveProfile;
import org.kbbx.rules.routing.Route;
import org.kbbx.rules.routing.RouteKey;
import org.kbbx.rules.routing.RoutingRejection;
import org.kbbx.rules.routing.WhoActs;

/**
 * The one place where a student file asks the profile's routing (R-RC-6, R-RC-14, R-RC-15) who
 * acts and who is told for an alert or a case step.
 *
 * <p>With an organisation the route names the seats and persons (stand-ins for vacant seats listed
 * once); without one it names the roles of the profile's routing row only. This class is immutable
 * and thread-safe.
 */
final class FileRouting {

  private final WhoActs whoActs;
  private final Option<Organisation> organisation;
  /**
   * Without an organisation, the route of each alert code: it names roles only and does not
   * depend on the student, so it is asked once (a county day raises tens of thousands of alerts).
   */
  private final Map<AlertCode, Option<Either<RoutingRejection, Route>>> byCode;

  private FileRouting(WhoActs whoActs, Option<Organisation> organisation) {
    this.whoActs = whoActs;
    this.organisation = organisation;
    this.byCode = new EnumMap<>(AlertCode.class);
    if (organisation.isEmpty()) {
      StudentId anyone = StudentId.of("routing");
      for (AlertCode code : AlertCode.values()) {
        byCode.put(code, Option.some(whoActs.route(Option.none(), anyone, RouteKey.of(code))));
      }
    }
  }

  /**
   * Returns the routing of a profile over an organisation.
   *
   * @param profile the profile whose routing table decides, not null
   * @param organisation the county's organisation, or empty
   * @return the routing
   */
  static FileRouting of(EffectiveProfile profile, Option<Organisation> organisation) {
    return new FileRouting(profile.whoActs(), organisation);
  }

  /** Who acts on an alert for a student: seats with an organisation, roles without. */
  Option<Either<RoutingRejection, Route>> forAlert(StudentId student, AlertCode code) {
    if (organisation.isEmpty() && student != null && code != null) {
      return byCode.get(code);
    }
    return Option.some(whoActs.route(organisation, student, RouteKey.of(code)));
  }

  /** Who acts on a case step for a student: seats with an organisation, roles without. */
  Option<Either<RoutingRejection, Route>> forCaseStep(StudentId student, CaseStep step) {
    return Option.some(whoActs.route(organisation, student, RouteKey.of(step)));
  }
}

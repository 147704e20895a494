package org.kbbx.rules.file;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Optional;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.responsibility.Organisation;
import org.kbbx.rules.casework.CaseStep;
import org.kbbx.rules.escalation.AlertCode;
import org.kbbx.rules.profile.EffectiveProfile;
import org.kbbx.rules.routing.Route;
import org.kbbx.rules.routing.RoutingRejection;
import org.kbbx.rules.routing.RoutingTable;
import org.kbbx.rules.routing.WhoActs;

/**
 * The one place where a student file asks the routing (R-RC-6, R-RC-7) who acts and who is told
 * for an alert or a case step. When routing becomes profile data (R-RC-14, R-RC-15), only this
 * class changes; it already receives the profile for that.
 *
 * <p>Without an organisation nothing is routed (the answer is empty). This class is immutable and
 * thread-safe.
 */
final class FileRouting {

  private final WhoActs whoActs;
  private final Optional<Organisation> organisation;

  private FileRouting(WhoActs whoActs, Optional<Organisation> organisation) {
    this.whoActs = whoActs;
    this.organisation = organisation;
  }

  /**
   * Returns the routing of a profile over an organisation.
   *
   * @param profile the profile (its routing rules, once they are profile data), not null
   * @param organisation the county's organisation, or empty
   * @return the routing
   */
  static FileRouting of(EffectiveProfile profile, Optional<Organisation> organisation) {
    return new FileRouting(WhoActs.using(RoutingTable.standard()), organisation);
  }

  /** Who acts on an alert for a student; empty without an organisation. */
  Option<Either<RoutingRejection, Route>> forAlert(StudentId student, AlertCode code) {
    return organisation.isEmpty() ? Option.none()
        : Option.some(whoActs.forAlert(organisation.get(), student, code));
  }

  /** Who acts on a case step for a student; empty without an organisation. */
  Option<Either<RoutingRejection, Route>> forCaseStep(StudentId student, CaseStep step) {
    return organisation.isEmpty() ? Option.none()
        : Option.some(whoActs.forCaseStep(organisation.get(), student, step));
  }
}

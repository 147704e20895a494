package org.kbbx.rules.routing;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import org.kbbx.rules.casework.CaseStep;
import org.kbbx.rules.escalation.AlertCode;

/** Every route key: each alert code, then each case step. */
final class RoutingKeys {

  private RoutingKeys() {}

  static Seq<RouteKey> all() {
    return Vector.of(AlertCode.values())
        .map(RouteKey::of)
        .appendAll(Vector.of(CaseStep.values()).map(RouteKey::of));
  }
}

package org.kbbx.rules.file;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import org.kbbx.rules.escalation.Alert;
import org.kbbx.rules.routing.Route;
import org.kbbx.rules.routing.RoutingRejection;

/**
 * An alert of a student file (R-FILE-1): the escalation's alert with its due actions, and who
 * acts and who is told (R-RC-6).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param alert the alert: date, code, required actions with due dates; not null
 * @param route who acts, who is told and who answers, or why the routing could not say; empty
 *     when the file keeper was given no organisation
 */
public record FileAlert(Alert alert, Option<Either<RoutingRejection, Route>> route) {

  /** Checks the parts. */
  public FileAlert {
    Objects.requireNonNull(alert, "alert");
    Objects.requireNonNull(route, "route");
  }

  /** Returns a short form without the student's id (PIPL). */
  @Override
  public String toString() {
    return "FileAlert[" + alert.code() + " on " + alert.on() + "]";
  }
}

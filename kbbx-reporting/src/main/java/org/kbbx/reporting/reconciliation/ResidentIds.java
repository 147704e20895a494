package org.kbbx.reporting.reconciliation;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.kbbx.core.id.ResidentId;
import org.kbbx.core.id.ResidentIdProblem;

/**
 * The one place the reconciliation parses untrusted ID text (R-ID-1); never throws. Problem
 * details name the failed checks and positions without repeating any character of the ID text,
 * so findings stay masked (R-ID-5).
 */
final class ResidentIds {

  private ResidentIds() {}

  static Validation<Seq<ResidentIdProblem>, ResidentId> check(String text) {
    return ResidentId.check(text);
  }

  static String describe(Seq<ResidentIdProblem> problems) {
    return problems.map(p -> p.check() + ": " + p.reason()).mkString("; ");
  }
}

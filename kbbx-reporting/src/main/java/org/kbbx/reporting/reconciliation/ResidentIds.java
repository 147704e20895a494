package org.kbbx.reporting.reconciliation;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Optional;
import org.kbbx.core.id.ResidentId;
import org.kbbx.core.validation.Violation;

/** The one place the reconciliation parses untrusted ID text (R-ID-1); never throws. */
final class ResidentIds {

  private ResidentIds() {}

  static Optional<ResidentId> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Validation<Seq<Violation>, ResidentId> id = ResidentId.validate(text);
    return id.isValid() ? Optional.of(id.get()) : Optional.empty();
  }

  static String problem(String text) {
    if (text == null) {
      return "the resident ID is missing";
    }
    Validation<Seq<Violation>, ResidentId> id = ResidentId.validate(text);
    return id.isValid() ? "valid" : id.getError().map(Violation::message).mkString("; ");
  }
}

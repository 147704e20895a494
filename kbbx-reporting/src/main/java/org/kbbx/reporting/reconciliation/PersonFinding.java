package org.kbbx.reporting.reconciliation;

import java.util.Objects;
import org.kbbx.core.id.ResidentId;

/**
 * A finding about a matched person (R-LED-2, R-ID-3): it names the person; the person's rows stay
 * with the person's {@link PersonMatch}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind what was found, never null
 * @param residentId the person, never null
 * @param detail the evidence (dates, schools), never null
 */
public record PersonFinding(PersonFindingKind kind, ResidentId residentId, String detail) {

  /** Checks that no component is null. */
  public PersonFinding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(residentId, "residentId");
    Objects.requireNonNull(detail, "detail");
  }
}

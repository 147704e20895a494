package org.kbbx.reporting.reconciliation;

import java.util.Objects;
import org.kbbx.core.id.ResidentId;
import org.kbbx.core.mask.IdMask;

/**
 * A finding about a matched person (R-LED-2, R-ID-3): it names the person; the person's rows stay
 * with the person's {@link PersonMatch}.
 *
 * <p>The library's details never give the birth date the ID encodes (with the masked ID it would
 * be the full number); {@link #toString()} masks any ID-like run in the detail (R-ID-5). This class
 * is immutable and thread-safe.
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

  /** Returns the finding with the ID masked (R-ID-5). */
  @Override
  public String toString() {
    return "PersonFinding[kind=" + kind + ", residentId=" + residentId + ", detail="
        + IdMask.maskIdLikeRuns(detail) + "]";
  }
}

package org.kbbx.rules.casework;

import java.util.Objects;
import org.kbbx.rules.escalation.EvidenceKind;

/**
 * A document kept as evidence (材料留存): its kind and a reference the embedding system resolves
 * (a file number, an archive id).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind the kind of document, not null
 * @param reference the reference, not blank
 */
public record Evidence(EvidenceKind kind, String reference) {

  /** Creates evidence. */
  public Evidence {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reference, "reference");
    if (reference.isBlank()) {
      throw new IllegalArgumentException("Invalid reference: must not be blank");
    }
  }

  /**
   * Returns evidence.
   *
   * @param kind the kind
   * @param reference the reference
   * @return the evidence
   */
  public static Evidence of(EvidenceKind kind, String reference) {
    return new Evidence(kind, reference);
  }
}

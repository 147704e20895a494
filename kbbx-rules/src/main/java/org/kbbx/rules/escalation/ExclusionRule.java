package org.kbbx.rules.escalation;

import java.util.List;
import java.util.Objects;

/**
 * An exclusion reason and the evidence it needs (R-ABS-5): any one of {@code evidence} suffices.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param reason the reason, not null
 * @param evidence the kinds of document that prove it, not empty; copied
 */
public record ExclusionRule(ExclusionReason reason, List<EvidenceKind> evidence) {

  /** Creates a rule. */
  public ExclusionRule {
    Objects.requireNonNull(reason, "reason");
    evidence = List.copyOf(Objects.requireNonNull(evidence, "evidence"));
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("Invalid evidence for " + reason + ": must not be empty");
    }
  }

  /**
   * Returns whether {@code kind} is accepted as evidence for this reason.
   *
   * @param kind the document kind
   * @return true when accepted
   */
  public boolean accepts(EvidenceKind kind) {
    return evidence.contains(kind);
  }
}

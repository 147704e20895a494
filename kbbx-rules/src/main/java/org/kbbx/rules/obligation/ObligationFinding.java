package org.kbbx.rules.obligation;

import io.vavr.control.Option;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * An obligation that was done late or not at all, as of a date.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param obligation the obligation, not null
 * @param kind late, missing or zero report absent; not null
 * @param doneAt when it was done, for a late one; empty otherwise
 */
public record ObligationFinding(
    Obligation obligation, FindingKind kind, Option<LocalDateTime> doneAt) {

  /** Creates a finding. */
  public ObligationFinding {
    Objects.requireNonNull(obligation, "obligation");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(doneAt, "doneAt");
  }
}

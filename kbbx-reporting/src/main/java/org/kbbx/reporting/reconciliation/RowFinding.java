package org.kbbx.reporting.reconciliation;

import java.util.Objects;

/**
 * A row the reconciliation could not attach to a person, kept with the reason (R-LED-2).
 *
 * <p>This class is immutable and thread-safe if the row is.
 *
 * @param kind why the row was not attached, never null
 * @param row the row and where it came from, never null
 * @param detail what exactly was wrong, with the expected value, never null
 */
public record RowFinding(RowFindingKind kind, SourceRow<?> row, String detail) {

  /** Checks that no component is null. */
  public RowFinding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(detail, "detail");
  }
}

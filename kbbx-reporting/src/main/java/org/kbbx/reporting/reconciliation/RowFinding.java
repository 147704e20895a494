package org.kbbx.reporting.reconciliation;

import java.util.Objects;
import org.kbbx.core.mask.IdMask;

/**
 * A row the reconciliation could not attach to a person, kept with the reason (R-LED-2).
 *
 * <p>{@link #toString()} relies on the row's own masked {@code toString()} (the reconciliation's
 * rows mask their IDs) and masks any ID-like run in the detail (R-ID-5). This class is immutable
 * and thread-safe if the row is.
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

  /** Returns the finding with every ID masked (R-ID-5). */
  @Override
  public String toString() {
    return IdMask.maskIdLikeRuns(
        "RowFinding[kind=" + kind + ", row=" + row + ", detail=" + detail + "]");
  }
}

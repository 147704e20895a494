package org.kbbx.reporting.reconciliation;

import java.util.Objects;

/**
 * An input row with where it came from: its source and its 0-based position in that source.
 *
 * <p>Every row given to {@link Reconciliation#reconcile} comes back wrapped in exactly one
 * {@code SourceRow}, attached either to a {@link PersonMatch} or to a {@link RowFinding}
 * (conservation, R-LED-2); {@link Reconciliation#summarize} wraps only the rows of its findings.
 * This class is immutable and thread-safe if the row is.
 *
 * @param source the source, never null
 * @param position the 0-based position of the row in its source, never negative
 * @param row the row as received, null when the source yielded null
 * @param <R> the row type
 */
public record SourceRow<R>(Source source, long position, R row) {

  /** Checks the components; the row itself may be null. */
  public SourceRow {
    Objects.requireNonNull(source, "source");
    if (position < 0) {
      throw new IllegalArgumentException("Invalid row position (expected 0 or more): " + position);
    }
  }
}

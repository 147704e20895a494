package org.kbbx.core.status;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * One event of a {@link StudentTimeline} with what became of it and the status after it
 * (R-SM-3).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param event the event; null only for a {@link EntryOutcome#REFUSED} null event
 * @param outcome applied, rejected, retracted or refused
 * @param rejection the rejection, present exactly for {@code REJECTED} and {@code REFUSED}
 * @param status the status after this entry (unchanged unless {@code APPLIED}); for a refused
 *     entry, the latest status when it arrived
 */
public record TimelineEntry(
    StatusEvent event, EntryOutcome outcome, Option<Rejection> rejection, Status status) {

  /** Creates an entry, checking that a rejection is present exactly when rejected or refused. */
  public TimelineEntry {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(rejection, "rejection");
    Objects.requireNonNull(status, "status");
    boolean rejected = outcome == EntryOutcome.REJECTED || outcome == EntryOutcome.REFUSED;
    if (rejection.isDefined() != rejected) {
      throw new IllegalArgumentException("Invalid TimelineEntry: " + outcome + " must "
          + (rejected ? "" : "not ") + "carry a rejection");
    }
    if (event == null && outcome != EntryOutcome.REFUSED) {
      throw new IllegalArgumentException(
          "Invalid TimelineEntry: only a REFUSED entry has no event");
    }
  }
}

package org.kbbx.rules.obligation;

import java.util.Objects;

/**
 * Deadlines of the student-record rules (学籍管理办法): transfers and death cancellations.
 *
 * <p>NATIONAL: 10 working days each. This class is immutable and thread-safe.
 *
 * @param transfer from the transfer-out request to the transfer-in confirmation, not null
 * @param deathCancellation from the death to the cancellation of the record, not null
 */
public record RecordDeadlines(DayCount transfer, DayCount deathCancellation) {

  /** Creates the deadlines. */
  public RecordDeadlines {
    Objects.requireNonNull(transfer, "transfer");
    Objects.requireNonNull(deathCancellation, "deathCancellation");
  }
}

package org.kbbx.rules.obligation;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What was done about an obligation and when (the input of {@link ObligationCalendar#findings}).
 *
 * <p>A weekly report with nothing to report is still a fulfilment: the zero report (零报告).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param obligationId the {@link Obligation#id()}, not null
 * @param doneAt when, not null
 */
public record Fulfilment(String obligationId, LocalDateTime doneAt) {

  /** Creates a fulfilment. */
  public Fulfilment {
    Objects.requireNonNull(obligationId, "obligationId");
    Objects.requireNonNull(doneAt, "doneAt");
  }
}

package org.kbbx.rules.casework;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A case step that was, or is, late (R-CASE-4).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param step the step, not null
 * @param due the last day it was due, not null
 * @param takenOn the day it was taken late, or empty when it is still outstanding
 */
public record OverdueStep(CaseStep step, LocalDate due, Option<LocalDate> takenOn) {

  /** Creates an overdue step. */
  public OverdueStep {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(takenOn, "takenOn");
  }
}

package org.kbbx.reporting.report;

import java.util.Objects;

/**
 * A missing, late or unexpected report (R-LED-4, R-LED-5).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind what was found, never null
 * @param school the school concerned, or null for a submission without school
 * @param obligation the obligation concerned, or null for a submission without obligation
 * @param detail the dates and times involved, never null
 */
public record ReportFinding(
    ReportFindingKind kind, String school, String obligation, String detail) {

  /** Checks the kind and the detail. */
  public ReportFinding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(detail, "detail");
  }
}

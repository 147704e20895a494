package org.kbbx.reporting.rate;

import java.util.Objects;

/**
 * A problem found in reported flow counts (R-RATE-10): reported with its row, never thrown.
 *
 * <p>This family is closed; each member has a stable {@link #code()} and the zero-based {@link
 * #index()} of the row in the input.
 */
public sealed interface FlowFinding {

  /** Returns the stable code, for example {@code FLOW_NEGATIVE_COUNT}. */
  String code();

  /** Returns the zero-based position of the row in the input. */
  int index();

  /** Returns a sentence naming the row and the problem. */
  String message();

  /**
   * The input itself, or one of its rows, was null; nothing was counted from it.
   *
   * @param index the row's position, or −1 for a null input
   */
  record MissingRow(int index) implements FlowFinding {
    @Override
    public String code() {
      return "FLOW_MISSING_ROW";
    }

    @Override
    public String message() {
      return index < 0 ? "No flow reports (null input)" : "Row " + index + " is missing (null)";
    }
  }

  /**
   * A count is negative or above {@value FlowResidual#MAX_COUNT}; the row is not counted.
   *
   * @param index the row's position
   * @param report the row, not null
   * @param field the count's name, for example {@code deaths}
   * @param value the reported value
   */
  record InvalidCount(int index, FlowReport report, String field, long value)
      implements FlowFinding {
    /** Creates the finding. */
    public InvalidCount {
      Objects.requireNonNull(report, "report");
      Objects.requireNonNull(field, "field");
    }

    @Override
    public String code() {
      return value < 0 ? "FLOW_NEGATIVE_COUNT" : "FLOW_IMPLAUSIBLE_COUNT";
    }

    @Override
    public String message() {
      return "Row "
          + index
          + " ("
          + report.school().id()
          + ", "
          + report.grade()
          + "): "
          + field
          + " is "
          + value
          + ", expected 0 - "
          + FlowResidual.MAX_COUNT
          + "; the row is not counted";
    }
  }

  /**
   * Increases exceeded decreases, so the residual was negative and dropouts were floored at 0. The
   * row is counted.
   *
   * @param index the row's position
   * @param report the row, not null
   * @param residual the negative residual before flooring
   */
  record FlooredResidual(int index, FlowReport report, long residual) implements FlowFinding {
    /** Creates the finding. */
    public FlooredResidual {
      Objects.requireNonNull(report, "report");
    }

    @Override
    public String code() {
      return "FLOW_RESIDUAL_FLOORED";
    }

    @Override
    public String message() {
      return "Row " + index + " (" + report.school().id() + ", " + report.grade() + "): residual "
          + residual + " floored to 0 dropouts";
    }
  }

  /**
   * The residual exceeds the enrolment at the start of the year; the row is counted as reported.
   *
   * @param index the row's position
   * @param report the row, not null
   * @param dropouts the residual dropouts
   */
  record DropoutsExceedEnrolment(int index, FlowReport report, long dropouts)
      implements FlowFinding {
    /** Creates the finding. */
    public DropoutsExceedEnrolment {
      Objects.requireNonNull(report, "report");
    }

    @Override
    public String code() {
      return "FLOW_DROPOUTS_EXCEED_ENROLMENT";
    }

    @Override
    public String message() {
      return "Row " + index + " (" + report.school().id() + ", " + report.grade() + "): " + dropouts
          + " dropouts exceed the " + report.enrolledAtStart()
          + " enrolled at the start of the year";
    }
  }
}

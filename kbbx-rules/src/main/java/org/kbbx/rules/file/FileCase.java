package org.kbbx.rules.file;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;
import org.kbbx.rules.casework.CaseStep;
import org.kbbx.rules.casework.Evidence;
import org.kbbx.rules.casework.OverdueStep;
import org.kbbx.rules.casework.ReturnCase;
import org.kbbx.rules.routing.Route;
import org.kbbx.rules.routing.RoutingRejection;

/**
 * One return-persuasion case of a student file as of a date (劝返复学, R-CASE-1..4): the case, its
 * next step with its due date and who acts, the steps that were or are late, and the evidence
 * kept.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param returnCase the case: opening, events taken and rejected, state; not null
 * @param nextStep the step that comes next while the case is open, if any
 * @param due the day the next step is due, if it has a deadline
 * @param overdue the steps taken late and the next step if late on the as-of date (R-CASE-4)
 * @param evidence the documents kept, in the order of the case's events
 * @param nextStepRoute who acts on the next step, when there is one and an organisation
 */
public record FileCase(
    ReturnCase returnCase,
    Option<CaseStep> nextStep,
    Option<LocalDate> due,
    Seq<OverdueStep> overdue,
    Seq<Evidence> evidence,
    Option<Either<RoutingRejection, Route>> nextStepRoute) {

  /** Checks the parts and keeps the sequences as vectors. */
  public FileCase {
    Objects.requireNonNull(returnCase, "returnCase");
    Objects.requireNonNull(nextStep, "nextStep");
    Objects.requireNonNull(due, "due");
    overdue = Vector.ofAll(Objects.requireNonNull(overdue, "overdue"));
    evidence = Vector.ofAll(Objects.requireNonNull(evidence, "evidence"));
    Objects.requireNonNull(nextStepRoute, "nextStepRoute");
  }

  /**
   * Returns whether the next step is late on the as-of date.
   *
   * @return true when an outstanding step is overdue
   */
  public boolean isNextStepOverdue() {
    return overdue.exists(step -> step.takenOn().isEmpty());
  }

  /** Returns a short form without the student's id (PIPL). */
  @Override
  public String toString() {
    return "FileCase[" + returnCase.state() + " since " + returnCase.openedOn() + ", next "
        + nextStep.getOrNull() + " due " + due.getOrNull() + "]";
  }
}

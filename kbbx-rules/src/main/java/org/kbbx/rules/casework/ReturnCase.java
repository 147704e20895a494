package org.kbbx.rules.casework;

import io.vavr.collection.Vector;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.internal.KbbxStyle;

/**
 * One student's return-persuasion case (一生一案, R-CASE-1..4): its opening, every event taken,
 * every event rejected, and where it stands.
 *
 * <p>Created by {@link CaseMachine#open} and advanced only by {@link CaseMachine}. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
@KbbxStyle
public abstract class ReturnCase {

  /**
   * Returns the student's identifier.
   *
   * @return the id
   */
  public abstract StudentId studentId();

  /**
   * Returns the day the case was opened (the student became suspected or dropped out, or was
   * found out of school).
   *
   * @return the day
   */
  public abstract LocalDate openedOn();

  /**
   * Returns the household-registration county of a non-resident student (R-CASE-3); empty for a
   * resident.
   *
   * @return the county code
   */
  public abstract Optional<DivisionCode> householdCounty();

  /**
   * Returns where the case stands.
   *
   * @return the state
   */
  public abstract CaseState state();

  /**
   * The events taken, in order, held in a persistent vector so that a step shares the earlier
   * events instead of copying them: recording n steps costs O(n), not O(n²) (issue 19, §11).
   */
  @Value.Default
  Vector<CaseEvent> takenEvents() {
    return Vector.empty();
  }

  /** The events rejected, in order of arrival, shared between steps like {@link #takenEvents}. */
  @Value.Default
  Vector<RejectedCaseEvent> rejectedEvents() {
    return Vector.empty();
  }

  /**
   * Returns the events taken, in order: an unmodifiable view, O(1) to obtain.
   *
   * @return the events
   */
  public List<CaseEvent> events() {
    return takenEvents().asJava();
  }

  /**
   * Returns the events rejected, with their rejections, in order of arrival: an unmodifiable
   * view, O(1) to obtain.
   *
   * @return the rejected events
   */
  public List<RejectedCaseEvent> rejected() {
    return rejectedEvents().asJava();
  }

  /**
   * Returns the date of the latest event, or the opening day.
   *
   * @return the day
   */
  public LocalDate latest() {
    return takenEvents().isEmpty() ? openedOn() : takenEvents().last().on();
  }

  /** Returns the case with the student id masked by the one rule (R-ID-5). */
  @Override
  public String toString() {
    return "ReturnCase{studentId=" + studentId() + ", openedOn=" + openedOn()
        + ", householdCounty=" + householdCounty().map(String::valueOf).orElse("none") + ", state="
        + state()
        + ", events=" + events() + ", rejected=" + rejected() + "}";
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableReturnCase.Builder {}
}

package org.kbbx.rules.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.kbbx.core.KbbxStyle;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.mask.IdMask;

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
  public abstract String studentId();

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
   * Returns the events taken, in order.
   *
   * @return the events
   */
  public abstract List<CaseEvent> events();

  /**
   * Returns the events rejected, with their rejections, in order of arrival.
   *
   * @return the rejected events
   */
  public abstract List<RejectedCaseEvent> rejected();

  /**
   * Returns the date of the latest event, or the opening day.
   *
   * @return the day
   */
  public LocalDate latest() {
    return events().isEmpty() ? openedOn() : events().get(events().size() - 1).on();
  }

  /** Returns the case with the student id masked by the one rule (R-ID-5). */
  @Override
  public String toString() {
    return "ReturnCase{studentId=" + IdMask.mask(studentId()) + ", openedOn=" + openedOn()
        + ", householdCounty=" + householdCounty().map(String::valueOf).orElse("none") + ", state=" + state()
        + ", events=" + events() + ", rejected=" + rejected() + "}";
  }

    static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableReturnCase.Builder {}
}

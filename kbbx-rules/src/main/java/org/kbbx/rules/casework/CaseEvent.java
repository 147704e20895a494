package org.kbbx.rules.casework;

import java.time.LocalDate;
import java.util.Objects;
import org.kbbx.core.responsibility.Role;
import org.kbbx.rules.escalation.ExclusionReason;

/**
 * One dated event of a return-persuasion case, with the role that acted (R-CASE-1, R-CASE-2).
 *
 * <p>A closed family: a step taken (with its evidence), a return, an exclusion (reason and
 * evidence), or ageing out. Implementations are immutable and thread-safe.
 */
public sealed interface CaseEvent {

  /**
   * Returns the state this event leads to, the key of the transition table with the case's
   * current state: the state at the step taken, or the ending.
   *
   * @return never null
   */
  CaseState target();

  /**
   * Returns the day it happened.
   *
   * @return never null
   */
  LocalDate on();

  /**
   * Returns the role that acted.
   *
   * @return never null
   */
  Role actor();

  /**
   * A step taken, with the document kept.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param step the step, not null
   * @param on the day, not null
   * @param actor who acted, not null
   * @param evidence the document kept, not null
   */
  record Step(CaseStep step, LocalDate on, Role actor, Evidence evidence) implements CaseEvent {
    /** Creates a step event. */
    public Step {
      Objects.requireNonNull(step, "step");
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(evidence, "evidence");
    }

    @Override
    public CaseState target() {
      return CaseState.at(step);
    }
  }

  /**
   * The student returned to school (返校复学).
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param on the day of return, not null
   * @param actor who recorded it, not null
   * @param evidence the return record, not null
   */
  record Return(LocalDate on, Role actor, Evidence evidence) implements CaseEvent {
    /** Creates a return. */
    public Return {
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(evidence, "evidence");
    }

    @Override
    public CaseState target() {
      return CaseState.RETURNED;
    }
  }

  /**
   * The child is not a dropout for an R-ABS-5 reason, with its evidence.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param on the day, not null
   * @param reason the exclusion reason, not null
   * @param actor who decided, not null
   * @param evidence the document proving it, not null
   */
  record Exclude(LocalDate on, ExclusionReason reason, Role actor, Evidence evidence)
      implements CaseEvent {
    /** Creates an exclusion. */
    public Exclude {
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(evidence, "evidence");
    }

    @Override
    public CaseState target() {
      return CaseState.EXCLUDED;
    }
  }

  /**
   * The student left compulsory age without returning.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param on the day, not null
   * @param actor who recorded it, not null
   */
  record AgeOut(LocalDate on, Role actor) implements CaseEvent {
    /** Creates an ageing-out event. */
    public AgeOut {
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(actor, "actor");
    }

    @Override
    public CaseState target() {
      return CaseState.AGED_OUT;
    }
  }
}

package org.kbbx.rules.obligation;

import java.time.LocalDate;
import org.kbbx.core.Problem;

/**
 * Why no unannounced-visit plan can be made (R-OBL-4): a typed result with a stable code.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface PlanRejection extends Problem {

  /** The stable codes of this family: a constant's name is the code (see {@link Problem}). */
  enum Code {
    /** See the record of this code. */
    PLAN_PERIOD_INVALID,
    /** See the record of this code. */
    PLAN_NOT_ENOUGH_DAYS
  }

  /**
   * Returns the stable code, for example {@code PLAN_NOT_ENOUGH_DAYS}.
   *
   * @return never null
   */
  @Override
  Code code();

  /**
   * The period ends before it starts or is longer than {@value UnannouncedVisits#MAX_PERIOD_DAYS}
   * days.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param from the first day asked for
   * @param to the last day asked for
   */
  record InvalidPeriod(LocalDate from, LocalDate to) implements PlanRejection {
    @Override
    public Code code() {
      return Code.PLAN_PERIOD_INVALID;
    }

    @Override
    public String message() {
      return "Invalid period " + from + " - " + to
          + ": expected an end on or after the start and at" + " most "
          + UnannouncedVisits.MAX_PERIOD_DAYS + " days";
    }
  }

  /**
   * More schools than the period's school days can take at the daily maximum.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param schools how many schools
   * @param schoolDays how many school days in the period
   * @param maxSchoolsPerDay the daily maximum
   */
  record NotEnoughDays(int schools, int schoolDays, int maxSchoolsPerDay) implements PlanRejection {
    @Override
    public Code code() {
      return Code.PLAN_NOT_ENOUGH_DAYS;
    }

    @Override
    public String message() {
      return schools + " schools do not fit into " + schoolDays + " school days at "
          + maxSchoolsPerDay + " a day";
    }
  }
}

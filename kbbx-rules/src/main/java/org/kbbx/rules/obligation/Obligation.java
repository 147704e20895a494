package org.kbbx.rules.obligation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.kbbx.core.internal.KbbxStyle;
import org.kbbx.core.responsibility.Role;

/**
 * One dated duty: who must do what, for whom, by when (R-LED-4, R-LED-5).
 *
 * <p>The {@link #id()} is stable and readable, for example {@code
 * WEEKLY_REPORT/2023-10-09/SCHOOL>COUNTY_EDUCATION_BUREAU} or {@code
 * TERM_START/2023-09-01/FULL_CHECK}; a {@link Fulfilment} names it. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
@KbbxStyle
public abstract class Obligation {

  /**
   * Returns the stable id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  public abstract ObligationKind kind();

  /**
   * Returns what is due, in words, for example {@code FULL_CHECK}.
   *
   * @return the task
   */
  public abstract String task();

  /**
   * Returns who must do it.
   *
   * @return the role
   */
  public abstract Role actor();

  /**
   * Returns to whom it goes.
   *
   * @return the recipients, possibly empty
   */
  public abstract List<Role> recipients();

  /**
   * Returns the named persons responsible, as the document names them (for example {@code 冯海军});
   * empty when only the seat is named (R-OBL-1).
   *
   * @return the persons, possibly empty
   */
  public abstract List<String> persons();

  /**
   * Returns the last day it may be done.
   *
   * @return the due date
   */
  public abstract LocalDate dueDate();

  /**
   * Returns the time on the due date it must be done before; empty for "by the end of the day".
   *
   * @return the time
   */
  public abstract Optional<LocalTime> dueBefore();

  /**
   * Returns the first instant at which doing it is late.
   *
   * @return the deadline (exclusive)
   */
  public LocalDateTime lateFrom() {
    return dueBefore().map(dueDate()::atTime).orElse(dueDate().plusDays(1).atStartOfDay());
  }

  /**
   * Returns whether doing it at {@code doneAt} is late.
   *
   * @param doneAt when it was done, not null
   * @return true when at or after {@link #lateFrom()}
   */
  public boolean isLate(LocalDateTime doneAt) {
    return !doneAt.isBefore(lateFrom());
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableObligation.Builder {}
}

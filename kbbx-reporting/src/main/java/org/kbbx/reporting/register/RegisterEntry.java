package org.kbbx.reporting.register;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.ResidentId;
import org.kbbx.core.internal.KbbxStyle;
import org.kbbx.core.status.SchoolingState;

/**
 * One entry of a county register (R-LED-0): a child and an episode, open until resolved
 * (动态销号: then it carries the closing date and reason).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@KbbxStyle
public abstract class RegisterEntry {

  RegisterEntry() {}

  /**
   * Returns the register this entry belongs to.
   *
   * @return the register, never null
   */
  public abstract RegisterKind register();

  /**
   * Returns the child.
   *
   * @return the resident ID, never null
   */
  public abstract ResidentId residentId();

  /**
   * Returns the child's name.
   *
   * @return the name, never null
   */
  public abstract String name();

  /**
   * Returns the child's school, if any.
   *
   * @return the school code, or empty
   */
  public abstract Optional<String> school();

  /**
   * Returns the household's village, if known.
   *
   * @return the village code, or empty
   */
  public abstract Optional<DivisionCode> village();

  /**
   * Returns the first day of the episode.
   *
   * @return the opening date, never null
   */
  public abstract LocalDate openedOn();

  /**
   * Returns the day the entry was closed (the first day in the resolving state), if closed on or
   * before the register's as-of date.
   *
   * @return the closing date, or empty while open
   */
  public abstract Optional<LocalDate> closedOn();

  /**
   * Returns why the entry was closed.
   *
   * @return the reason, present exactly when {@link #closedOn()} is
   */
  public abstract Optional<ClosingReason> closingReason();

  /**
   * Returns the state the child entered when the entry was closed.
   *
   * @return the state, present exactly when {@link #closedOn()} is
   */
  public abstract Optional<SchoolingState> closedBy();

  /**
   * Returns whether the entry is still open.
   *
   * @return true while not closed
   */
  public boolean isOpen() {
    return closedOn().isEmpty();
  }

  @Value.Check
  void check() {
    boolean closed = closedOn().isPresent();
    if (closingReason().isPresent() != closed || closedBy().isPresent() != closed) {
      throw new IllegalStateException(
          "Invalid register entry: closing date, reason and state must be given together");
    }
    if (closed && closedOn().get().isBefore(openedOn())) {
      throw new IllegalStateException("Invalid register entry: closed on "
          + closedOn().get() + " before opened on " + openedOn());
    }
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RegisterEntry}. */
  public static final class Builder extends ImmutableRegisterEntry.Builder {
    Builder() {}
  }
}

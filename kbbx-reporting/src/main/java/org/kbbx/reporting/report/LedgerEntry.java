package org.kbbx.reporting.report;

import java.util.Optional;
import org.immutables.value.Value;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.ResidentId;
import org.kbbx.core.internal.KbbxStyle;
import org.kbbx.core.status.SchoolingState;

/**
 * One child of the school-age population ledger (学龄人口台账, R-LED-1): status on the as-of date,
 * its column, and the evidence held for an exclusion.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@KbbxStyle
public abstract class LedgerEntry {

  LedgerEntry() {}

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
   * Returns the household's village, if known.
   *
   * @return the village, or empty
   */
  public abstract Optional<DivisionCode> village();

  /**
   * Returns the schooling state on the as-of date, if known.
   *
   * @return the state, or empty (not verified)
   */
  public abstract Optional<SchoolingState> state();

  /**
   * Returns the table column the child falls into.
   *
   * @return the column, never {@link LedgerColumn#POPULATION}
   */
  @Value.Derived
  public LedgerColumn column() {
    return LedgerColumn.of(state().orElse(null));
  }

  /**
   * Returns the evidence held for an exclusion, if any.
   *
   * @return the evidence, or empty
   */
  public abstract Optional<String> evidence();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LedgerEntry}. */
  public static final class Builder extends ImmutableLedgerEntry.Builder {
    Builder() {}
  }
}

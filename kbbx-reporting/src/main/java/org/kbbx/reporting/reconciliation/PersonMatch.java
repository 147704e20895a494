package org.kbbx.reporting.reconciliation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.kbbx.core.id.ResidentId;
import org.kbbx.core.internal.KbbxStyle;
import org.kbbx.core.mask.IdMask;

/**
 * One person as the reconciliation sees them: the class and every row attached (R-LED-2).
 *
 * <p>{@link #toString()} shows the ID masked and the rows by their own masked {@code toString()}
 * (R-ID-5). This class is immutable and thread-safe.
 */
@Value.Immutable
@KbbxStyle
public abstract class PersonMatch {

  PersonMatch() {}

  /**
   * Returns the person's resident ID, the join key.
   *
   * @return the ID, never null
   */
  @Value.Parameter
  public abstract ResidentId residentId();

  /**
   * Returns the one class of this person.
   *
   * @return the class, never null
   */
  @Value.Parameter
  public abstract PersonClass personClass();

  /**
   * Returns the population row, if the person is in the population data.
   *
   * @return the row, or empty
   */
  @Value.Parameter
  public abstract Optional<SourceRow<PopulationRow>> population();

  /**
   * Returns the record rows attached to the person (at most one per school).
   *
   * @return the rows in input order, possibly empty
   */
  @Value.Parameter
  public abstract List<SourceRow<RecordRow>> records();

  /**
   * Returns the presence rows attached to the person.
   *
   * @return the rows in input order, possibly empty
   */
  @Value.Parameter
  public abstract List<SourceRow<PresenceRow>> presence();

  /**
   * Returns the schools holding an active or transfer-pending record for the person.
   *
   * @return the school codes, possibly empty
   */
  @Value.Parameter
  public abstract Set<String> recordSchools();

  /**
   * Returns the schools where the person was present on the latest presence date.
   *
   * @return the school codes, possibly empty
   */
  @Value.Parameter
  public abstract Set<String> presentSchools();

  /**
   * Returns whether the person is on the registered-poor list given to the reconciliation.
   *
   * @return true if registered poor
   */
  @Value.Parameter
  public abstract boolean registeredPoor();

  /**
   * Returns the number of input rows attached to this person.
   *
   * @return population (0 or 1) plus records plus presence rows
   */
  public long rowCount() {
    return (population().isPresent() ? 1L : 0L) + records().size() + presence().size();
  }

  /** Returns the person with every ID masked (R-ID-5). */
  @Override
  public String toString() {
    return IdMask.maskIdLikeRuns("PersonMatch{residentId=" + residentId() + ", personClass="
        + personClass()
        + ", population=" + population().map(String::valueOf).orElse("none") + ", records="
        + records()
        + ", presence=" + presence() + ", recordSchools=" + recordSchools()
        + ", presentSchools=" + presentSchools() + ", registeredPoor=" + registeredPoor() + "}");
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PersonMatch}. */
  public static final class Builder extends ImmutablePersonMatch.Builder {
    Builder() {}
  }
}

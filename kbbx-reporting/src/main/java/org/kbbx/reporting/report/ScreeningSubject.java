package org.kbbx.reporting.report;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.kbbx.core.id.ResidentId;
import org.kbbx.core.internal.KbbxStyle;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.status.SchoolingState;

/**
 * The facts the screening list weighs for one child (R-LED-3), as of the list's date.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@KbbxStyle
public abstract class ScreeningSubject {

  ScreeningSubject() {}

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
   * Returns the schooling state, if known.
   *
   * @return the state, or empty
   */
  public abstract Optional<SchoolingState> state();

  /**
   * Returns the child's priority groups.
   *
   * @return the groups, possibly empty
   */
  public abstract Set<PriorityGroup> priorityGroups();

  /**
   * Returns the current absence streak in school days (R-ABS-1).
   *
   * @return 0 or more; 0 by default
   */
  @Value.Default
  public int absenceStreak() {
    return 0;
  }

  /**
   * Returns the evidence held for an exclusion, if any.
   *
   * @return the evidence, or empty
   */
  public abstract Optional<String> evidence();

  /**
   * Returns whether the child completed primary school but has not enrolled in junior secondary.
   *
   * @return false by default
   */
  @Value.Default
  public boolean transitionNotMade() {
    return false;
  }

  /**
   * Returns how many years the child is older than the expected age for the grade (R-AGE-6).
   *
   * @return 0 or more; 0 by default
   */
  @Value.Default
  public int yearsOverAge() {
    return 0;
  }

  /**
   * Returns whether the child has repeated a grade.
   *
   * @return false by default
   */
  @Value.Default
  public boolean repeatedGrade() {
    return false;
  }

  @Value.Check
  void check() {
    if (absenceStreak() < 0 || yearsOverAge() < 0) {
      throw new IllegalStateException("Invalid screening subject " + residentId()
          + ": absenceStreak and yearsOverAge must be 0 or more, found " + absenceStreak()
          + " and " + yearsOverAge());
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

  /** Builds a {@link ScreeningSubject}. */
  public static final class Builder extends ImmutableScreeningSubject.Builder {
    Builder() {}
  }
}

package org.kbbx.reporting.report;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.kbbx.core.id.ResidentId;
import org.kbbx.core.internal.KbbxStyle;
import org.kbbx.rules.profile.RiskCriterion;

/**
 * One child on the screening warning list (R-LED-3): the score and every contribution to it.
 *
 * <p>The score is always the sum of the contributions' weights. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
@KbbxStyle
public abstract class ScreeningEntry {

  ScreeningEntry() {}

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
   * Returns the criteria that contributed, in {@link RiskCriterion} order.
   *
   * @return the contributions, at least one
   */
  public abstract List<RiskContribution> contributions();

  /**
   * Returns the risk score: the sum of the contributions' weights.
   *
   * @return the score, more than 0
   */
  @Value.Derived
  public int score() {
    return contributions().stream().mapToInt(RiskContribution::weight).sum();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScreeningEntry}. */
  public static final class Builder extends ImmutableScreeningEntry.Builder {
    Builder() {}
  }
}

package org.kbbx.reporting.rate;

import java.util.Optional;
import org.immutables.value.Value;
import org.kbbx.core.internal.KbbxStyle;
import org.kbbx.core.person.Sex;
import org.kbbx.core.school.Grade;

/**
 * One school's reported flow counts for one grade and school year (两基 statistics), the input of
 * the {@code FLOW_RESIDUAL} dropout mode (R-RATE-10).
 *
 * <p>The counts are untrusted: they may be negative or implausible, and {@link FlowResidual}
 * reports such rows as findings instead of throwing. Absent counts default to 0.
 *
 * <p>This class is immutable and thread-safe.
 */
@KbbxStyle
@Value.Immutable
public abstract class FlowReport {

  FlowReport() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FlowReport}; not thread-safe. */
  public static final class Builder extends ImmutableFlowReport.Builder {
    Builder() {}
  }

  /** The reporting school. */
  public abstract SchoolRef school();

  /** The grade reported. */
  public abstract Grade grade();

  /** The sex, when the report is split by sex. */
  public abstract Optional<Sex> sex();

  /** Enrolment at the start of the year (年初在校生). */
  @Value.Default
  public long enrolledAtStart() {
    return 0;
  }

  /** Suspensions (休学). */
  @Value.Default
  public long suspensions() {
    return 0;
  }

  /** Withdrawals (退学). */
  @Value.Default
  public long withdrawals() {
    return 0;
  }

  /** Deaths (死亡). */
  @Value.Default
  public long deaths() {
    return 0;
  }

  /** Transfers out (转出). */
  @Value.Default
  public long transfersOut() {
    return 0;
  }

  /** Other decreases (其他减少). */
  @Value.Default
  public long otherDecreases() {
    return 0;
  }

  /** Transfers in (转入). */
  @Value.Default
  public long transfersIn() {
    return 0;
  }

  /** Other increases (其他增加), for example resumptions. */
  @Value.Default
  public long otherIncreases() {
    return 0;
  }
}

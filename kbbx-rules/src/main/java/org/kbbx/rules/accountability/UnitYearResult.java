package org.kbbx.rules.accountability;

import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.kbbx.core.internal.KbbxStyle;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.rate.Rate;
import org.kbbx.core.rate.Target;
import org.kbbx.core.school.SchoolLevel;
import org.kbbx.core.time.SchoolYear;

/**
 * One unit's results for one school year, the evidence accountability rules are judged on (R-RC-9).
 *
 * <p>Rates come from the rates module (R-RATE-10), targets from the profile (R-RATE-3), dropouts
 * per priority group from the registers, findings from coverage checks (R-RC-5), missing reports
 * (R-LED-4) or inspections; each finding is one line of text naming the gap.
 *
 * <pre>{@code
 * UnitYearResult.builder()
 *     .unit(new AccountableUnit.School(SchoolId.of("S1")))
 *     .year(SchoolYear.of(2022))
 *     .putDropoutRates(SchoolLevel.JUNIOR_SECONDARY, Rate.of(3, 100))
 *     .putDropoutTargets(SchoolLevel.JUNIOR_SECONDARY, Target.atMostPercent("1.8"))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@KbbxStyle
@Value.Immutable
public abstract class UnitYearResult {

  /** Returns the unit. */
  public abstract AccountableUnit unit();

  /** Returns the school year. */
  public abstract SchoolYear year();

  /** Returns the annual dropout rate per level (R-RATE-10); a level absent has no rate. */
  public abstract Map<SchoolLevel, Rate> dropoutRates();

  /** Returns the dropout target per level (R-RATE-3); a level absent has no target. */
  public abstract Map<SchoolLevel, Target> dropoutTargets();

  /** Returns how many children of each priority group dropped out in the unit during the year, each at least 0. */
  public abstract Map<PriorityGroup, Long> dropoutsByGroup();

  /** Returns the findings against the unit for the year, one line each. */
  public abstract List<String> findings();

  /**
   * Returns the failures charged to the unit for the year (R-RC-17), each with its cause and, where
   * a child is behind it, the child.
   */
  public abstract List<UnitFailure> failures();

  /**
   * Returns the children who dropped out in the unit during the year, with their groups (R-RC-16);
   * a one-vote veto and a priority-child failure name them (masked) in the evidence.
   */
  public abstract List<StudentDropout> dropouts();

  /** Checks that no count is negative. */
  @Value.Check
  protected void check() {
    dropoutsByGroup().forEach((group, count) -> {
      if (count < 0) {
        throw new IllegalArgumentException("Invalid dropout count for " + group + " in " + unit()
            + ", " + year() + ": " + count + " (expected >= 0)");
      }
    });
  }

  /**
   * Returns the levels whose rate misses its target this year (R-RATE-3); a level with a rate but
   * no target, or an undefined rate, is not over.
   *
   * @return the levels over target, in level order
   */
  public List<SchoolLevel> levelsOverTarget() {
    return dropoutTargets().entrySet().stream()
        .filter(entry -> dropoutRates().containsKey(entry.getKey()))
        .filter(
            entry -> entry.getValue().check(dropoutRates().get(entry.getKey())).outcome()
                == org.kbbx.core.rate.TargetOutcome.MISSED)
        .map(Map.Entry::getKey)
        .sorted()
        .collect(java.util.stream.Collectors.toList());
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UnitYearResult}; {@code build()} throws if a required part is missing. */
  public static final class Builder extends ImmutableUnitYearResult.Builder {}
}

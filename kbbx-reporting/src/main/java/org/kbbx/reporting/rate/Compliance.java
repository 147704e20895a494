package org.kbbx.reporting.rate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kbbx.core.rate.Target;

/**
 * Each unit's rates against the targets of a profile, with the gap (R-RATE-3).
 *
 * <p>The targets are input (a jurisdiction profile supplies them), so the same counts can be judged
 * against {@code HEZHANG_2018}, {@code BISHAN_2024} or a test profile. Rows come in the units'
 * iteration order (sorted when the map is sorted, as {@link UnitCounts#rollUp} is), then in {@link
 * RateKind} order; only rates that have a target appear.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Compliance {

  private Compliance() {}

  /**
   * Judges every unit's rates against the targets.
   *
   * @param <U> the unit type
   * @param units each unit's rates, not null
   * @param targets the target of each rate kind that has one, not null
   * @return one row per unit and targeted rate
   */
  public static <U> List<ComplianceRow<U>> check(Map<U, UnitRates> units, Map<RateKind, Target> targets) {
    Objects.requireNonNull(units, "units");
    Objects.requireNonNull(targets, "targets");
    List<ComplianceRow<U>> rows = new ArrayList<>();
    units.forEach(
        (unit, rates) -> {
          for (RateKind kind : RateKind.values()) {
            Target target = targets.get(kind);
            if (target != null) {
              rows.add(new ComplianceRow<>(unit, kind, target, rates.get(kind).map(target::check)));
            }
          }
        });
    return Collections.unmodifiableList(rows);
  }
}

package org.kbbx.reporting.rate;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kbbx.core.rate.Rate;
import org.kbbx.core.rate.Target;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.rules.profile.EffectiveProfile;
import org.kbbx.rules.profile.TargetRule;

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
  public static <U> List<ComplianceRow<U>> check(
      Map<U, UnitRates> units, Map<RateKind, Target> targets) {
    Objects.requireNonNull(units, "units");
    Objects.requireNonNull(targets, "targets");
    List<ComplianceRow<U>> rows = new ArrayList<>();
    units.forEach((unit, rates) -> {
      for (RateKind kind : RateKind.values()) {
        Target target = targets.get(kind);
        if (target != null) {
          rows.add(new ComplianceRow<>(unit, kind, target, rates.get(kind).map(target::check)));
        }
      }
    });
    return Collections.unmodifiableList(rows);
  }

  /**
   * Judges every unit's rates of school year {@code year} against every target of {@code profile}
   * that is due in that year (R-RATE-20): a target "by" a calendar year is due from the school year
   * ending in it; a target without a year is always due. Each target names its rate through {@link
   * RateKind#of}; a target the library computes no rate for is a row with a {@link
   * RateRejection.NotComputable} result, never dropped.
   *
   * @param <U> the unit type
   * @param units each unit's rates, not null
   * @param profile the effective profile, not null
   * @param year the school year the rates describe, not null
   * @return one row per unit and due target, in the units' order, then the profile's target order
   */
  public static <U> List<ComplianceRow<U>> check(
      Map<U, UnitRates> units, EffectiveProfile profile, SchoolYear year) {
    Objects.requireNonNull(units, "units");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(year, "year");
    List<TargetRule> due = dueTargets(profile, year);
    List<ComplianceRow<U>> rows = new ArrayList<>();
    units.forEach((unit, rates) -> {
      for (TargetRule rule : due) {
        RateKind kind = RateKind.of(rule);
        Either<RateRejection, Rate> rate = RateKind.notComputable(rule)
            .<Either<RateRejection, Rate>>map(Either::left)
            .getOrElse(() -> rates.get(kind));
        rows.add(new ComplianceRow<>(unit, kind, rule.target(), rate.map(rule.target()::check)));
      }
    });
    return Collections.unmodifiableList(rows);
  }

  /**
   * Returns the targets of {@code profile} due in school year {@code year}: without a year, or by a
   * calendar year not after the one the school year ends in.
   *
   * @param profile not null
   * @param year not null
   * @return the due targets, in the profile's order
   */
  public static List<TargetRule> dueTargets(EffectiveProfile profile, SchoolYear year) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(year, "year");
    List<TargetRule> due = new ArrayList<>();
    for (TargetRule rule : profile.targets().value()) {
      if (rule.byYear().isEmpty() || rule.byYear().get() <= year.startYear() + 1) {
        due.add(rule);
      }
    }
    return Collections.unmodifiableList(due);
  }
}

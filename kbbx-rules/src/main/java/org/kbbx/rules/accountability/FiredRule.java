package org.kbbx.rules.accountability;

import io.vavr.collection.Seq;
import java.util.Objects;
import org.kbbx.core.responsibility.AccountabilityRule;
import org.kbbx.core.time.SchoolYear;

/**
 * An accountability rule that fired for a unit in a school year (R-RC-9), with the evidence.
 *
 * <p>The evidence lines say what was measured against what, one per school year or finding that
 * made the rule fire, for example {@code 2023-2024 初中 dropout rate 3/100 = 3.00% > 1.8%}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rule the rule, not null
 * @param unit the unit it fired for, not null
 * @param year the school year assessed, not null
 * @param evidence why it fired, at least one line, not null
 */
public record FiredRule(
    AccountabilityRule rule, AccountableUnit unit, SchoolYear year, Seq<String> evidence) {

  /** Checks that every part is present. */
  public FiredRule {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(evidence, "evidence");
  }

  /** Returns a one-line summary: code, sanction, unit, year and evidence. */
  @Override
  public String toString() {
    return rule.code() + " " + rule.sanction().chineseLabel() + " → " + unit + " ("
        + unit.head().role().chineseLabel() + ") " + year + ": " + evidence.mkString("; ");
  }
}

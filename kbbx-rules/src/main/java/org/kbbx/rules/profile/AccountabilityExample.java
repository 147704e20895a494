package org.kbbx.rules.profile;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.kbbx.core.responsibility.AccountabilityRule;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.rules.accountability.AccountableUnit;
import org.kbbx.rules.accountability.UnitYearResult;

/**
 * A self-test of a profile's accountability rules (R-PROF-3; R-RC-9, R-RC-16, R-RC-17): the units'
 * results as input and, as the expected outcome, exactly which rules fire for which units, run
 * through {@link org.kbbx.rules.accountability.AccountabilityEvaluation} with the profile's
 * effective rules by {@link ProfileExamples#accountabilityFailures}.
 *
 * <p>For {@code XX_COUNTY_2023}: "a school with a late weekly zero report is ordered to examine
 * itself and publicly criticised; a township with only a coverage finding is not; the county never
 * is" — results for the school, the township and the county, and two {@link Fires} for the school.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param description what the example shows, not blank
 * @param year the school year assessed, not null
 * @param results the units' results for that year and, for rules over several years, the years
 *     before it; not empty, copied
 * @param fires every rule that must fire, with its unit (a rule firing twice for a unit is listed
 *     twice); any other firing fails the example; empty when nothing may fire; copied
 */
public record AccountabilityExample(
    String description, SchoolYear year, List<UnitYearResult> results, List<Fires> fires) {

  /** Checks the parts and copies the lists. */
  public AccountabilityExample {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(year, "year");
    results = List.copyOf(Objects.requireNonNull(results, "results"));
    fires = List.copyOf(Objects.requireNonNull(fires, "fires"));
    if (description.isBlank()) {
      throw new IllegalArgumentException("Invalid description: must not be blank");
    }
    if (results.isEmpty()) {
      throw new IllegalArgumentException("Invalid results: must not be empty");
    }
  }

  /**
   * One expected firing: the rule's stable code ({@link AccountabilityRule#code()}) and the unit.
   * Units are compared by kind and code (or seat), not by name.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param rule the rule's code, one of {@link #CODES}
   * @param unit the unit it fires for, not null
   */
  public record Fires(String rule, AccountableUnit unit) {

    /** The codes of the accountability rules, in their declaration order. */
    public static final Set<String> CODES =
        java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(List.of(
            AccountabilityRule.TownshipHeadInterview.CODE,
            AccountabilityRule.PrincipalPayForfeit.CODE,
            AccountabilityRule.OneVoteVeto.CODE,
            AccountabilityRule.OrderSelfExamination.CODE,
            AccountabilityRule.PublicCriticism.CODE)));

    /** Checks the code and the unit. */
    public Fires {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(unit, "unit");
      if (!CODES.contains(rule)) {
        throw new IllegalArgumentException(
            "Invalid rule code '" + rule + "': expected one of " + CODES);
      }
    }

    /** Returns {@code CODE → unit}, for example {@code PUBLIC_CRITICISM → school 马道中学 (S1)}. */
    @Override
    public String toString() {
      return rule + " → " + unit;
    }
  }
}

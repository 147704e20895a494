package org.kbbx.rules.accountability;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kbbx.core.rate.Rate;
import org.kbbx.core.responsibility.AccountabilityRule;
import org.kbbx.core.responsibility.Organisation;
import org.kbbx.core.school.SchoolLevel;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.core.validation.Violation;

/**
 * Decides which accountability rules fire for a school year (R-RC-9), each with its evidence.
 *
 * <ul>
 *   <li>{@link AccountabilityRule.TownshipHeadInterview}: a township whose rate at the rule's level
 *       is strictly above the threshold; an undefined rate never fires.
 *   <li>{@link AccountabilityRule.PrincipalPayForfeit}: a school with a level over its target
 *       (R-RATE-3) in the assessed year and in each of the {@code consecutiveYears − 1} years
 *       before it; a missing year breaks the run.
 *   <li>{@link AccountabilityRule.OneVoteVeto}: any unit with at least one dropout of the rule's
 *       group in the year; the evidence names the (masked) children behind it (R-RC-16).
 *   <li>{@link AccountabilityRule.OrderSelfExamination}, {@link AccountabilityRule.PublicCriticism}:
 *       a township, school or person (never the county, R-RC-17) with at least the rule's number of
 *       failures of the rule's causes in the year: the {@link UnitYearResult#failures()} of those
 *       causes, the dropouts of registered-poor or monitored children for {@code
 *       PRIORITY_CHILD_DROPOUT}, and the finding lines only where the rule lists {@code
 *       COVERAGE_FINDING}.
 * </ul>
 *
 * <p>Results come rule by rule in the profile's order, units in the order of their first result.
 * Never throws: null rules or results, or two results for the same unit and year, are violations.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AccountabilityEvaluation {

  private AccountabilityEvaluation() {}

  /**
   * Evaluates {@code rules} against {@code results} for school year {@code year}.
   *
   * @param rules the profile's accountability rules
   * @param results the units' results, for the assessed year and the years before it
   * @param year the school year assessed
   * @return the rules that fired, or every problem in the input
   */
  public static Validation<Seq<Violation>, Seq<FiredRule>> evaluate(
      List<AccountabilityRule> rules, Iterable<UnitYearResult> results, SchoolYear year) {
    List<Violation> problems = new ArrayList<>();
    if (rules == null) {
      problems.add(Violation.at("rules", "missing rules"));
    }
    if (results == null) {
      problems.add(Violation.at("results", "missing results"));
    }
    if (year == null) {
      problems.add(Violation.at("year", "missing school year"));
    }
    if (!problems.isEmpty()) {
      return Validation.invalid(Vector.ofAll(problems));
    }
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i) == null) {
        problems.add(Violation.at("rules[" + i + "]", "missing rule"));
      }
    }
    Map<AccountableUnit, Map<SchoolYear, UnitYearResult>> byUnit = new LinkedHashMap<>();
    int index = 0;
    for (UnitYearResult result : results) {
      if (result == null) {
        problems.add(Violation.at("results[" + index + "]", "missing result"));
      } else if (byUnit
              .computeIfAbsent(result.unit(), unit -> new LinkedHashMap<>())
              .putIfAbsent(result.year(), result)
          != null) {
        problems.add(Violation.at(
            "results[" + index + "]",
            "second result for " + result.unit() + " in " + result.year()
                + "; expected one per unit and year"));
      }
      index++;
    }
    if (!problems.isEmpty()) {
      return Validation.invalid(Vector.ofAll(problems));
    }
    List<FiredRule> fired = new ArrayList<>();
    for (AccountabilityRule rule : rules) {
      for (Map.Entry<AccountableUnit, Map<SchoolYear, UnitYearResult>> unit : byUnit.entrySet()) {
        Seq<String> evidence = evidence(rule, unit.getKey(), unit.getValue(), year);
        if (!evidence.isEmpty()) {
          fired.add(new FiredRule(rule, unit.getKey(), year, evidence));
        }
      }
    }
    return Validation.valid(Vector.ofAll(fired));
  }

  /**
   * Evaluates {@code rules} like {@link #evaluate(List, Iterable, SchoolYear)} and names each
   * fired rule's unit as {@code organisation} names it (R-RC-11): {@code township 熨斗镇
   * (500227104000)} instead of the bare code, a person by the seat's label. Evidence naming a child
   * stays masked.
   *
   * @param rules the profile's accountability rules
   * @param results the units' results, for the assessed year and the years before it
   * @param year the school year assessed
   * @param organisation the organisation whose names the units take
   * @return the rules that fired, or every problem in the input
   */
  public static Validation<Seq<Violation>, Seq<FiredRule>> evaluate(
      List<AccountabilityRule> rules,
      Iterable<UnitYearResult> results,
      SchoolYear year,
      Organisation organisation) {
    if (organisation == null) {
      return Validation.invalid(Vector.of(Violation.at("organisation", "missing organisation")));
    }
    return evaluate(rules, results, year)
        .map(fired -> fired.map(rule -> new FiredRule(
            rule.rule(), rule.unit().named(organisation), rule.year(), rule.evidence())));
  }

  /** The evidence that makes {@code rule} fire for one unit, empty when it does not fire. */
  private static Seq<String> evidence(
      AccountabilityRule rule,
      AccountableUnit unit,
      Map<SchoolYear, UnitYearResult> years,
      SchoolYear year) {
    UnitYearResult current = years.get(year);
    if (rule instanceof AccountabilityRule.PrincipalPayForfeit payForfeit) {
      return unit instanceof AccountableUnit.School
          ? overTargetRun(payForfeit.consecutiveYears(), years, year)
          : Vector.empty();
    }
    if (current == null) {
      return Vector.empty();
    }
    if (rule instanceof AccountabilityRule.TownshipHeadInterview interview) {
      Rate rate = current.dropoutRates().get(interview.level());
      if (!(unit instanceof AccountableUnit.Township)
          || rate == null
          || !interview.isExceededBy(rate)) {
        return Vector.empty();
      }
      return Vector.of(year + " " + interview.level().chineseLabel() + " dropout rate "
          + describe(rate) + " > " + percent(interview.threshold()));
    }
    if (rule instanceof AccountabilityRule.OneVoteVeto veto) {
      return WorkFailures.veto(veto, current, year);
    }
    if (unit instanceof AccountableUnit.County) {
      return Vector.empty(); // R-RC-17: never the county itself
    }
    return rule instanceof AccountabilityRule.OrderSelfExamination order
        ? WorkFailures.evidence(order.minimumFindings(), order.causes(), current, year)
        : WorkFailures.evidence(
            ((AccountabilityRule.PublicCriticism) rule).minimumFindings(),
            ((AccountabilityRule.PublicCriticism) rule).causes(),
            current,
            year);
  }

  private static Seq<String> overTargetRun(
      int consecutiveYears, Map<SchoolYear, UnitYearResult> years, SchoolYear year) {
    Vector<String> evidence = Vector.empty();
    if (year.startYear() - (consecutiveYears - 1L) < SchoolYear.MIN_START_YEAR) {
      return evidence;
    }
    for (int back = consecutiveYears - 1; back >= 0; back--) {
      SchoolYear each = year.plusYears(-back);
      UnitYearResult result = years.get(each);
      if (result == null || result.levelsOverTarget().isEmpty()) {
        return Vector.empty();
      }
      for (SchoolLevel level : result.levelsOverTarget()) {
        evidence = evidence.append(each + " " + level.chineseLabel() + " dropout rate "
            + describe(result.dropoutRates().get(level)) + " misses target "
            + result.dropoutTargets().get(level));
      }
    }
    return evidence;
  }

  private static String describe(Rate rate) {
    return rate.numerator() + "/" + rate.denominator() + " = " + rate.format();
  }

  private static String percent(org.kbbx.core.rate.Fraction threshold) {
    return new org.kbbx.core.rate.Target(org.kbbx.core.rate.Comparison.AT_MOST, threshold)
        .thresholdPercent()
        .map(p -> p.toPlainString() + "%")
        .getOrElse(threshold::toString);
  }
}

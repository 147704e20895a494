package org.kbbx.examples.demo;

import io.vavr.control.Either;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.division.DivisionLevel;
import org.kbbx.core.rate.Rate;
import org.kbbx.core.rate.TargetCheck;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.reporting.rate.ComplianceRow;
import org.kbbx.reporting.rate.ProfileRates;
import org.kbbx.reporting.rate.RateRejection;
import org.kbbx.reporting.rate.RateTable;

/**
 * Turns the library's county-and-townships table ({@link RateTable#byDivision}) into the report's
 * {@link RatesSection}: text for each number, nothing computed here.
 */
final class DemoRates {

  private DemoRates() {}

  static RatesSection section(
      ProfileRates rates,
      DivisionCode county,
      String countyName,
      Map<String, String> townshipNames,
      SchoolYear firstYear) {
    Map<DivisionCode, List<RatesSection.Line>> byUnit = new LinkedHashMap<>();
    for (RateTable.Line<DivisionCode> line :
        RateTable.byDivision(rates, county, DivisionLevel.TOWNSHIP, RateTable.BUREAU)) {
      byUnit.computeIfAbsent(line.unit(), u -> new ArrayList<>()).add(line(line));
    }
    List<RatesSection.Unit> units = new ArrayList<>();
    byUnit.forEach((unit, lines) -> units.add(new RatesSection.Unit(
        unit.toString(),
        unit.equals(county) ? countyName : townshipNames.getOrDefault(unit.toString(), ""),
        unit.level().name(),
        lines)));
    return new RatesSection(
        rates.profile().id(), rates.dates().year().toString(), firstYear.toString(), units);
  }

  private static RatesSection.Line line(RateTable.Line<DivisionCode> line) {
    List<RatesSection.Check> checks = new ArrayList<>();
    for (ComplianceRow<DivisionCode> row : line.checks()) {
      checks.add(row.result()
          .fold(
              missing -> new RatesSection.Check(row.target().toString(), state(missing), "-"),
              DemoRates::check));
    }
    String label = line.kind().chineseLabel() + " " + line.kind().englishLabel();
    Either<RateRejection, Rate> rate = line.rate();
    if (rate.isLeft()) {
      String state = state(rate.getLeft());
      return new RatesSection.Line(
          line.kind().name(),
          label,
          0,
          0,
          state.toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
          state,
          note(rate.getLeft()),
          checks);
    }
    Rate r = rate.get();
    return new RatesSection.Line(
        line.kind().name(),
        label,
        r.numerator(),
        r.denominator(),
        r.format(2, RoundingMode.HALF_UP),
        r.isDefined() ? "COMPUTED" : "UNDEFINED",
        "",
        checks);
  }

  private static RatesSection.Check check(TargetCheck check) {
    return new RatesSection.Check(
        check.target().toString(),
        check.outcome().name(),
        check
            .shortfall()
            .map(f -> f.toPercent(2, RoundingMode.HALF_UP).toPlainString())
            .getOrElse("-"));
  }

  private static String note(RateRejection rejection) {
    return rejection instanceof RateRejection.Pending p
        ? "completers known from " + p.knowableOn()
        : rejection.message();
  }

  private static String state(RateRejection rejection) {
    if (rejection instanceof RateRejection.Pending) {
      return "PENDING";
    }
    if (rejection instanceof RateRejection.MissingCounts) {
      return "MISSING";
    }
    return "NOT_COMPUTABLE";
  }
}

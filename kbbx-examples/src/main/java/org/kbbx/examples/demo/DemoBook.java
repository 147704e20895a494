package org.kbbx.examples.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kbbx.core.rate.Target;
import org.kbbx.reporting.rate.ComplianceRow;
import org.kbbx.reporting.rate.RateKind;
import org.kbbx.reporting.rate.UnitRates;
import org.kbbx.reporting.reconciliation.ReconciliationSummary;
import org.kbbx.reporting.register.CountyRegisters;
import org.kbbx.reporting.report.PopulationLedger;
import org.kbbx.reporting.report.ScreeningList;
import org.kbbx.rules.casework.CaseStep;

/**
 * Everything {@code kbbx demo --xlsx} and {@code --html} show: the {@link DemoReport} and the
 * full library values behind it — the three registers, the population ledger with its village
 * table, every unit's rates and their compliance, the registers week by week, the cases by step,
 * the whole screening list and the reconciliation's classes.
 *
 * <p>Identifiers inside are unmasked library values; a writer masks them (R-ID-5). This class is
 * immutable and thread-safe.
 *
 * @param report the report the text and JSON show
 * @param registers the three registers as of the report's date (R-LED-0)
 * @param ledger the school-age population ledger and its village table (R-LED-1)
 * @param places the name of each township and village, by 12-digit code
 * @param units the county first, then each township, with every rate
 * @param targets the profile's target of each rate kind due this year (the first if several)
 * @param compliance each unit's rates against every due target of the profile (R-RATE-3, R-RATE-20)
 * @param weeks the suspected-dropout and dropout registers at the end of each week
 * @param casesByStep the number of return-persuasion cases that took each step (R-CASE-1)
 * @param screening the whole screening warning list with each reason (R-LED-3)
 * @param reconciliation the reconciliation of population, school records and presence (R-LED-2)
 */
public record DemoBook(
    DemoReport report,
    CountyRegisters registers,
    PopulationLedger ledger,
    Map<String, String> places,
    List<Unit> units,
    Map<RateKind, Target> targets,
    List<ComplianceRow<String>> compliance,
    List<Week> weeks,
    Map<CaseStep, Long> casesByStep,
    ScreeningList screening,
    ReconciliationSummary reconciliation) {

  /** Checks and copies the components. */
  public DemoBook {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(registers, "registers");
    Objects.requireNonNull(ledger, "ledger");
    places = Ordered.copy(places);
    units = List.copyOf(units);
    targets = Ordered.copy(targets);
    compliance = List.copyOf(compliance);
    weeks = List.copyOf(weeks);
    casesByStep = Ordered.copy(casesByStep);
    Objects.requireNonNull(screening, "screening");
    Objects.requireNonNull(reconciliation, "reconciliation");
  }

  /**
   * Returns the compliance row of a unit and rate, if the profile sets a target for it.
   *
   * @param unit the unit's name, not null
   * @param kind the rate, not null
   * @return the first such row, or empty
   */
  public Optional<ComplianceRow<String>> compliance(String unit, RateKind kind) {
    return compliance.stream()
        .filter(r -> r.unit().equals(unit) && r.kind() == kind)
        .findFirst();
  }

  /**
   * Returns the name of a place.
   *
   * @param code the 12-digit code, not null
   * @return the name, or the code when unknown
   */
  public String place(String code) {
    return places.getOrDefault(code, code);
  }

  /**
   * One unit (the county or a township) and every rate of it.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param code the 12-digit division code
   * @param name the name, e.g. {@code 河坝镇}
   * @param rates every rate, or why it is missing or pending
   */
  public record Unit(String code, String name, UnitRates rates) {
    /** Checks the components. */
    public Unit {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(rates, "rates");
    }
  }

  /**
   * The suspected-dropout and dropout registers over one week (Monday to Sunday, cut at the
   * report's date).
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param from the first day
   * @param to the last day: the registers' as-of date
   * @param suspectedOpen open suspected-dropout entries at the end of {@code to}
   * @param dropoutsOpen open dropout entries at the end of {@code to}
   * @param suspectedOpened suspected-dropout entries opened during the week
   * @param dropoutsOpened dropout entries opened during the week
   */
  public record Week(
      LocalDate from,
      LocalDate to,
      long suspectedOpen,
      long dropoutsOpen,
      long suspectedOpened,
      long dropoutsOpened) {
    /** Checks the dates. */
    public Week {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }
  }
}

package org.kbbx.examples.demo;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@code kbbx demo} found: the whole report, ready for text or JSON.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param header the county, school year, profile and as-of date
 * @param population the population section
 * @param rates the county's and each township's rates against the profile's targets
 * @param alerts the escalation's alerts during the year, by code
 * @param registers the suspected-dropout and dropout registers
 * @param cases the return-persuasion cases and their overdue steps
 * @param coverage the responsibility coverage findings
 * @param warnings the top of the screening warning list
 */
public record DemoReport(
    Header header,
    Population population,
    RatesSection rates,
    Map<String, Long> alerts,
    List<Sections.RegisterLine> registers,
    Sections.Cases cases,
    Sections.Coverage coverage,
    List<Sections.Warning> warnings) {

  /** Checks and copies the components. */
  public DemoReport {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(population, "population");
    Objects.requireNonNull(rates, "rates");
    alerts = Ordered.copy(alerts);
    registers = List.copyOf(registers);
    Objects.requireNonNull(cases, "cases");
    Objects.requireNonNull(coverage, "coverage");
    warnings = List.copyOf(warnings);
  }

  /**
   * The report's heading.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param county the county's name and code, e.g. {@code 示范县 (522499000000)}
   * @param schoolYear the school year, e.g. {@code 2024-2025}
   * @param profile the profile id
   * @param asOf the as-of date (ISO)
   */
  public record Header(String county, String schoolYear, String profile, String asOf) {}
}

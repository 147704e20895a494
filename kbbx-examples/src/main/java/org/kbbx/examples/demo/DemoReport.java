package org.kbbx.examples.demo;

import java.util.Objects;

/**
 * What {@code kbbx demo} found: the whole report, ready for text or JSON.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param header the county, school year, profile and as-of date
 * @param population the population section
 */
public record DemoReport(Header header, Population population) {

  /** Checks the components. */
  public DemoReport {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(population, "population");
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

package org.kbbx.examples.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Renders a {@link DemoReport} as text for a bureau chief, or as JSON.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DemoText {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private DemoText() {}

  /**
   * Returns the report as indented JSON with stable field names.
   *
   * @param report the report, not null
   * @return the JSON text
   */
  public static String json(DemoReport report) {
    try {
      return JSON.writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the report as text, one section after another.
   *
   * @param report the report, not null
   * @return the text, ending with a newline
   */
  public static String text(DemoReport report) {
    StringBuilder b = new StringBuilder();
    DemoReport.Header h = report.header();
    b.append("控辍保学 county report — ").append(h.county()).append('\n');
    b.append("School year ")
        .append(h.schoolYear())
        .append(", profile ")
        .append(h.profile())
        .append(", as of ")
        .append(h.asOf())
        .append("\n\n");
    Population p = report.population();
    b.append("== Population ==\n");
    b.append(String.format(
        "%d townships, %d villages/communities, %d teachers%n",
        p.townships(), p.villages(), p.teachers()));
    b.append("Schools: ").append(inline(p.schools())).append('\n');
    b.append(String.format(
        "Students: %,d (%s; %s)%n", p.students(), inline(p.byLevel()), inline(p.bySex())));
    b.append(String.format("Priority-group students: %,d%n", p.priorityStudents()));
    for (Map.Entry<String, Long> group : p.byGroup().entrySet()) {
      b.append(String.format("  %-12s %,9d%n", group.getKey(), group.getValue()));
    }
    b.append("\n== Annual dropout rates vs targets (年辍学率) ==\n");
    for (Sections.RateLine r : report.rates()) {
      b.append(String.format(
          "%s: %,d / %,d = %s   target %s → %s%n",
          r.name(), r.numerator(), r.denominator(), r.percent(), r.target(), r.outcome()));
    }
    b.append("\n== Alerts during the year ==\n");
    report.alerts().forEach((code, n) -> b.append(String.format("  %-32s %,9d%n", code, n)));
    b.append("\n== Registers (台账) ==\n");
    for (Sections.RegisterLine r : report.registers()) {
      b.append(String.format(
          "%s: %,d open, %,d closed during the year%n", r.register(), r.open(), r.closed()));
      r.first().forEach(line -> b.append("  ").append(line).append('\n'));
    }
    Sections.Cases c = report.cases();
    b.append("\n== Return-persuasion cases (劝返复学, 一生一案) ==\n");
    b.append(String.format(
        "%,d opened; %,d open with an overdue step; %,d steps late in all%n",
        c.opened(), c.overdue(), c.lateSteps()));
    c.byState().forEach((st, n) -> b.append(String.format("  %-32s %,9d%n", st, n)));
    c.first().forEach(line -> b.append("  ").append(line).append('\n'));
    b.append("\n== Responsibility coverage (R-RC-5) ==\n");
    if (report.coverage().byCode().isEmpty()) {
      b.append("No gaps found.\n");
    }
    report
        .coverage()
        .byCode()
        .forEach((code, n) -> b.append(String.format("  %-32s %,9d%n", code, n)));
    report.coverage().first().forEach(line -> b.append("  - ").append(line).append('\n'));
    b.append("\n== Top of the screening warning list (筛查预警清单, IDs masked) ==\n");
    for (Sections.Warning w : report.warnings()) {
      b.append(String.format("%s  score %3d  %s%n", w.residentId(), w.score(), w.school()));
      w.reasons().forEach(reason -> b.append("      ").append(reason).append('\n'));
    }
    return b.toString();
  }

  private static String inline(Map<String, ? extends Number> counts) {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, ? extends Number> e : counts.entrySet()) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(e.getKey()).append(' ').append(String.format("%,d", e.getValue().longValue()));
    }
    return b.toString();
  }
}

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
    b.append("School year ").append(h.schoolYear()).append(", profile ").append(h.profile())
        .append(", as of ").append(h.asOf()).append("\n\n");
    Population p = report.population();
    b.append("== Population ==\n");
    b.append(String.format("%d townships, %d villages/communities, %d teachers%n",
        p.townships(), p.villages(), p.teachers()));
    b.append("Schools: ").append(inline(p.schools())).append('\n');
    b.append(String.format("Students: %,d (%s; %s)%n", p.students(), inline(p.byLevel()),
        inline(p.bySex())));
    b.append(String.format("Priority-group students: %,d%n", p.priorityStudents()));
    for (Map.Entry<String, Long> group : p.byGroup().entrySet()) {
      b.append(String.format("  %-12s %,9d%n", group.getKey(), group.getValue()));
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

package org.kbbx.examples.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
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
    rates(b, report.rates());
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

  /** Short column heads of the township table, by rate kind. */
  private static final Map<String, String> HEADS = heads();

  private static Map<String, String> heads() {
    Map<String, String> heads = new java.util.LinkedHashMap<>();
    heads.put("PRIMARY_DROPOUT", "小学辍学");
    heads.put("JUNIOR_DROPOUT", "初中辍学");
    heads.put("COMPULSORY_DROPOUT", "义教辍学");
    heads.put("NINE_YEAR_CONSOLIDATION", "九年巩固");
    heads.put("PRIMARY_CONSOLIDATION", "小学巩固");
    heads.put("JUNIOR_CONSOLIDATION", "初中巩固");
    heads.put("COMPULSORY_AGE_ENROLMENT", "适龄入学");
    heads.put("PRIMARY_NET_ENROLMENT", "小学净入");
    heads.put("JUNIOR_GROSS_ENROLMENT", "初中毛入");
    heads.put("REGISTERED_POOR_OR_MONITORED_DROPOUT", "脱贫辍学");
    return heads;
  }

  private static void rates(StringBuilder b, RatesSection rates) {
    b.append("\n== Rates vs targets (辍学率、巩固率、入学率), profile ")
        .append(rates.profile())
        .append(", records since ")
        .append(rates.firstYear())
        .append(" ==\n");
    if (rates.units().isEmpty()) {
      return;
    }
    RatesSection.Unit county = rates.units().get(0);
    b.append(county.name()).append(" (").append(county.code()).append(")\n");
    for (RatesSection.Line l : county.lines()) {
      String value = l.state().equals("COMPUTED") || l.state().equals("UNDEFINED")
          ? String.format("%,d / %,d = %s", l.numerator(), l.denominator(), l.percent())
          : l.percent() + " (" + l.note() + ")";
      b.append("  ").append(l.label()).append(": ").append(value);
      if (l.targets().isEmpty()) {
        b.append("   no target in ").append(rates.profile());
      }
      for (RatesSection.Check c : l.targets()) {
        b.append("   target ").append(c.target()).append(" → ").append(c.outcome());
        if (!c.gap().equals("-")) {
          b.append(" (gap ").append(c.gap()).append(" pp)");
        }
      }
      b.append('\n');
    }
    if (rates.units().size() < 2) {
      return;
    }
    b.append("By township (✓ met, ✗ missed, … pending; 脱贫辍学 = registered-poor/monitored"
        + " dropouts):\n");
    List<String> kinds = new ArrayList<>();
    county.lines().forEach(l -> kinds.add(l.kind()));
    b.append("  ").append(pad("乡镇", 10, false));
    for (String kind : kinds) {
      b.append(pad(HEADS.getOrDefault(kind, kind), 10, true));
    }
    b.append('\n');
    for (RatesSection.Unit unit : rates.units().subList(1, rates.units().size())) {
      b.append("  ").append(pad(unit.name(), 10, false));
      for (String kind : kinds) {
        b.append(pad(cell(unit, kind), 10, true));
      }
      b.append('\n');
    }
  }

  /** Pads to a width in terminal columns: CJK characters take two. */
  private static String pad(String text, int width, boolean right) {
    int columns = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      columns += c >= 0x2E80 && c <= 0xFFDC ? 2 : 1;
    }
    String space = " ".repeat(Math.max(0, width - columns));
    return right ? space + text : text + space;
  }

  private static String cell(RatesSection.Unit unit, String kind) {
    for (RatesSection.Line l : unit.lines()) {
      if (l.kind().equals(kind)) {
        if (l.state().equals("PENDING")) {
          return "…";
        }
        if (!l.state().equals("COMPUTED")) {
          return "-";
        }
        String value =
            kind.equals("REGISTERED_POOR_OR_MONITORED_DROPOUT") ? l.numerator() + "人" : l.percent();
        for (RatesSection.Check c : l.targets()) {
          value += c.outcome().equals("MET") ? "✓" : c.outcome().equals("MISSED") ? "✗" : "";
        }
        return value;
      }
    }
    return "";
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

package org.kbbx.json.profile;

import static org.kbbx.json.profile.NodeReader.fields;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.kbbx.rules.profile.RateSettings;

/** Reads and writes {@link RateSettings} (R-RATE-19); dates as {@code MM-dd}. */
final class RateSettingsCodec {

  private static final List<String> FIELDS = fields(
      "censusDate",
      "countDate",
      "deferralsLeaveDenominator",
      "deathsAreDecreases",
      "suspensionsAreDecreases",
      "consolidationAdjustedForTransfers",
      "consolidationCappedAtHundredPercent");

  private final NodeReader r;

  RateSettingsCodec(NodeReader r) {
    this.r = r;
  }

  RateSettings read(JsonNode node, String path) {
    if (!r.object(node, path, FIELDS, FIELDS)) {
      return null;
    }
    MonthDay census = monthDay(node.get("censusDate"), path + ".censusDate");
    MonthDay count = monthDay(node.get("countDate"), path + ".countDate");
    Boolean[] flags = new Boolean[5];
    for (int i = 0; i < flags.length; i++) {
      String field = FIELDS.get(i + 2);
      flags[i] = bool(node.get(field), path + "." + field);
    }
    return r.build(
        path,
        () -> new RateSettings(census, count, flags[0], flags[1], flags[2], flags[3], flags[4]),
        census,
        count,
        flags[0],
        flags[1],
        flags[2],
        flags[3],
        flags[4]);
  }

  private MonthDay monthDay(JsonNode node, String path) {
    String text = r.string(node, path);
    if (text == null) {
      return null;
    }
    try {
      return MonthDay.parse("--" + text);
    } catch (DateTimeParseException e) {
      r.problem(path, "expected a month-day such as 09-01, found '" + text + "'");
      return null;
    }
  }

  private Boolean bool(JsonNode node, String path) {
    if (node == null || !node.isBoolean()) {
      r.problem(path, "expected true or false, found " + NodeReader.kind(node));
      return null;
    }
    return node.booleanValue();
  }

  static void write(ObjectNode o, RateSettings s) {
    o.put("censusDate", s.censusDate().toString().substring(2));
    o.put("countDate", s.countDate().toString().substring(2));
    o.put("deferralsLeaveDenominator", s.deferralsLeaveDenominator());
    o.put("deathsAreDecreases", s.deathsAreDecreases());
    o.put("suspensionsAreDecreases", s.suspensionsAreDecreases());
    o.put("consolidationAdjustedForTransfers", s.consolidationAdjustedForTransfers());
    o.put("consolidationCappedAtHundredPercent", s.consolidationCappedAtHundredPercent());
  }
}

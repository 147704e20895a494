package org.kbbx.json.profile;

import static org.kbbx.json.profile.NodeReader.fields;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.rate.Comparison;
import org.kbbx.core.rate.Fraction;
import org.kbbx.core.rate.Target;
import org.kbbx.core.responsibility.AccountabilityRule;
import org.kbbx.core.responsibility.GuaranteeCap;
import org.kbbx.core.responsibility.GuaranteeKind;
import org.kbbx.core.school.SchoolLevel;
import org.kbbx.rules.profile.TargetIndicator;
import org.kbbx.rules.profile.TargetRule;

/**
 * JSON for the settings built on kbbx-core types: targets (exact fractions such as {@code
 * "3/500"}), guarantee caps and accountability rules (tagged by their stable code). Stateless
 * apart from the reader it reports to.
 */
final class ResponsibilityCodec {

  private static final Pattern FRACTION = Pattern.compile("(\\d{1,30})(?:/(\\d{1,30}))?");

  private final NodeReader r;

  ResponsibilityCodec(NodeReader r) {
    this.r = r;
  }

  static String fraction(Fraction f) {
    return f.toString();
  }

  Fraction fraction(JsonNode node, String path) {
    String text = r.string(node, path);
    if (text == null) {
      return null;
    }
    Matcher m = FRACTION.matcher(text);
    if (!m.matches() || (m.group(2) != null && new BigInteger(m.group(2)).signum() == 0)) {
      r.problem(
          path,
          "invalid fraction '" + text + "'; expected n or n/d with d > 0, " + "such as 3/500");
      return null;
    }
    return Fraction.of(
        new BigInteger(m.group(1)),
        m.group(2) == null ? BigInteger.ONE : new BigInteger(m.group(2)));
  }

  static void writeTarget(ObjectNode o, TargetRule t) {
    o.put("indicator", t.indicator().name());
    t.level().forEach(level -> o.put("level", level.name()));
    ObjectNode target = o.putObject("target");
    target.put("comparison", t.target().comparison().name());
    target.put("threshold", fraction(t.target().threshold()));
    t.byYear().forEach(year -> o.put("byYear", year));
  }

  TargetRule target(JsonNode node, String path) {
    if (!r.object(
        node,
        path,
        fields("indicator", "level", "target", "byYear"),
        fields("indicator", "target"))) {
      return null;
    }
    TargetIndicator indicator =
        r.constant(node.get("indicator"), path + ".indicator", TargetIndicator.class);
    Option<SchoolLevel> level = Option.none();
    if (node.hasNonNull("level")) {
      SchoolLevel l = r.constant(node.get("level"), path + ".level", SchoolLevel.class);
      if (l == null) {
        return null;
      }
      level = Option.some(l);
    }
    Option<Integer> byYear = Option.none();
    if (node.hasNonNull("byYear")) {
      Integer y = r.count(node.get("byYear"), path + ".byYear", 1949);
      if (y == null) {
        return null;
      }
      byYear = Option.some(y);
    }
    JsonNode t = node.get("target");
    String at = path + ".target";
    if (!r.object(t, at, fields("comparison", "threshold"), fields("comparison", "threshold"))) {
      return null;
    }
    Comparison cmp = r.constant(t.get("comparison"), at + ".comparison", Comparison.class);
    Fraction threshold = fraction(t.get("threshold"), at + ".threshold");
    Option<SchoolLevel> lv = level;
    Option<Integer> by = byYear;
    return r.build(
        path,
        () -> new TargetRule(indicator, lv, new Target(cmp, threshold), by),
        indicator,
        cmp,
        threshold);
  }

  static void writeCaps(ArrayNode a, Map<GuaranteeKind, GuaranteeCap> caps) {
    for (GuaranteeKind kind : GuaranteeKind.values()) {
      GuaranteeCap cap = caps.get(kind);
      if (cap != null) {
        ObjectNode o = a.addObject();
        o.put("kind", kind.name());
        o.put("minimum", cap.minimum());
        o.put("maximum", cap.maximum());
      }
    }
  }

  Map<GuaranteeKind, GuaranteeCap> caps(JsonNode node, String path) {
    List<Map.Entry<GuaranteeKind, GuaranteeCap>> entries = r.list(node, path, (n, p) -> {
      if (!r.object(
          n, p, fields("kind", "minimum", "maximum"), fields("kind", "minimum", "maximum"))) {
        return null;
      }
      GuaranteeKind kind = r.constant(n.get("kind"), p + ".kind", GuaranteeKind.class);
      Integer min = r.count(n.get("minimum"), p + ".minimum", 0);
      Integer max = r.count(n.get("maximum"), p + ".maximum", 1);
      return r.build(p, () -> Map.entry(kind, GuaranteeCap.of(min, max)), kind, min, max);
    });
    if (entries == null) {
      return null;
    }
    Map<GuaranteeKind, GuaranteeCap> caps = new EnumMap<>(GuaranteeKind.class);
    for (int i = 0; i < entries.size(); i++) {
      if (caps.put(entries.get(i).getKey(), entries.get(i).getValue()) != null) {
        r.problem(path + "[" + i + "].kind", "duplicate kind " + entries.get(i).getKey());
        return null;
      }
    }
    return Map.copyOf(caps);
  }

  static void writeRule(ObjectNode o, AccountabilityRule rule) {
    o.put("code", rule.code());
    if (rule instanceof AccountabilityRule.TownshipHeadInterview) {
      AccountabilityRule.TownshipHeadInterview t = (AccountabilityRule.TownshipHeadInterview) rule;
      o.put("level", t.level().name());
      o.put("threshold", fraction(t.threshold()));
    } else if (rule instanceof AccountabilityRule.PrincipalPayForfeit) {
      o.put("consecutiveYears", ((AccountabilityRule.PrincipalPayForfeit) rule).consecutiveYears());
    } else if (rule instanceof AccountabilityRule.OneVoteVeto) {
      o.put("group", ((AccountabilityRule.OneVoteVeto) rule).group().name());
    } else if (rule instanceof AccountabilityRule.OrderSelfExamination order) {
      o.put("minimumFindings", order.minimumFindings());
      OrganisationSettingsCodec.writeConstants(o.putArray("causes"), order.causes());
    } else if (rule instanceof AccountabilityRule.PublicCriticism criticism) {
      o.put("minimumFindings", criticism.minimumFindings());
      OrganisationSettingsCodec.writeConstants(o.putArray("causes"), criticism.causes());
    }
  }

  AccountabilityRule rule(JsonNode node, String path) {
    if (node == null || !node.isObject() || !node.hasNonNull("code")) {
      r.object(node, path, fields("code"), fields("code"));
      return null;
    }
    String code = r.string(node.get("code"), path + ".code");
    if (code == null) {
      return null;
    }
    switch (code) {
      case AccountabilityRule.TownshipHeadInterview.CODE: {
        if (!r.object(
            node,
            path,
            fields("code", "level", "threshold"),
            fields("code", "level", "threshold"))) {
          return null;
        }
        SchoolLevel level = r.constant(node.get("level"), path + ".level", SchoolLevel.class);
        Fraction threshold = fraction(node.get("threshold"), path + ".threshold");
        return r.build(
            path,
            () -> new AccountabilityRule.TownshipHeadInterview(level, threshold),
            level,
            threshold);
      }
      case AccountabilityRule.PrincipalPayForfeit.CODE: {
        Integer years = counted(node, path, "consecutiveYears");
        return r.build(path, () -> new AccountabilityRule.PrincipalPayForfeit(years), years);
      }
      case AccountabilityRule.OneVoteVeto.CODE: {
        if (!r.object(node, path, fields("code", "group"), fields("code", "group"))) {
          return null;
        }
        PriorityGroup group = r.constant(node.get("group"), path + ".group", PriorityGroup.class);
        return r.build(path, () -> new AccountabilityRule.OneVoteVeto(group), group);
      }
      case AccountabilityRule.OrderSelfExamination.CODE:
      case AccountabilityRule.PublicCriticism.CODE:
        return new OrganisationSettingsCodec(r).workFailureRule(node, path, code);
      default:
        r.problem(path + ".code", "unknown accountability rule '" + code + "'");
        return null;
    }
  }

  private Integer counted(JsonNode node, String path, String field) {
    if (!r.object(node, path, fields("code", field), fields("code", field))) {
      return null;
    }
    return r.count(node.get(field), path + "." + field, 1);
  }
}

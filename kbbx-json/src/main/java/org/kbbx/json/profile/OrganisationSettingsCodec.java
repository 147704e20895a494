package org.kbbx.json.profile;

import static org.kbbx.json.profile.NodeReader.fields;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.EnumSet;
import java.util.Set;
import org.kbbx.core.responsibility.AccountabilityRule;
import org.kbbx.core.responsibility.ChainLink;
import org.kbbx.core.responsibility.GuaranteeKind;
import org.kbbx.core.responsibility.PositionHolding;
import org.kbbx.core.responsibility.Role;
import org.kbbx.core.responsibility.WorkFailure;
import org.kbbx.rules.escalation.AlertCode;
import org.kbbx.rules.profile.OrganisationExample;
import org.kbbx.rules.profile.OrganisationSettings;

/**
 * JSON for the organisation settings of R-RC-11 and R-RC-17: how many leading seats a person may
 * hold ({@code "holding": "ONE_HEAD_POSITION"}), the links that need letters ({@code "letters":
 * ["COUNTY_TOWNSHIP", "BUREAU_SCHOOL"]}) and the causes of the 工作不力 rules ({@code "causes"}).
 */
final class OrganisationSettingsCodec {

  private final NodeReader r;

  OrganisationSettingsCodec(NodeReader r) {
    this.r = r;
  }

  static <E extends Enum<E>> void writeConstants(ArrayNode array, Set<E> values) {
    values.stream().sorted().forEach(value -> array.add(value.name()));
  }

  /** An array of distinct constants; null (with problems) when any is wrong. */
  <E extends Enum<E>> EnumSet<E> constants(JsonNode node, String path, Class<E> type) {
    if (node == null || !node.isArray()) {
      r.problem(path, "expected an array of " + type.getSimpleName() + " names");
      return null;
    }
    EnumSet<E> values = EnumSet.noneOf(type);
    boolean ok = true;
    for (int i = 0; i < node.size(); i++) {
      E value = r.constant(node.get(i), path + "[" + i + "]", type);
      if (value == null) {
        ok = false;
      } else if (!values.add(value)) {
        r.problem(path + "[" + i + "]", "'" + value.name() + "' is listed twice");
        ok = false;
      }
    }
    return ok ? values : null;
  }

  EnumSet<ChainLink> letters(JsonNode node, String path) {
    return constants(node, path, ChainLink.class);
  }

  PositionHolding holding(JsonNode node, String path) {
    return r.constant(node, path, PositionHolding.class);
  }

  static void write(com.fasterxml.jackson.databind.node.ObjectNode o, OrganisationSettings v) {
    o.put("holding", v.holding().name());
    writeConstants(o.putArray("letters"), v.letters());
    ArrayNode examples = o.putArray("examples");
    for (OrganisationExample example : v.examples()) {
      com.fasterxml.jackson.databind.node.ObjectNode e = examples.addObject();
      e.put("description", example.description());
      if (example instanceof OrganisationExample.TwoSeats two) {
        e.put("kind", "TWO_SEATS");
        e.put("first", two.first().name());
        e.put("second", two.second().name());
        e.put("allowed", two.allowed());
      } else if (example instanceof OrganisationExample.Letter letter) {
        e.put("kind", "LETTER");
        e.put("link", letter.link().name());
        e.put("required", letter.required());
      } else {
        writeBehaviour(e, example);
      }
    }
  }

  // --- R-RC-11..16 behaviour examples ---
  private static void writeBehaviour(
      com.fasterxml.jackson.databind.node.ObjectNode e, OrganisationExample example) {
    if (example instanceof OrganisationExample.Survey survey) {
      e.put("kind", "SURVEY");
      com.fasterxml.jackson.databind.node.ObjectNode surveys = e.putObject("surveys");
      survey.surveys().forEach((village, schools) -> strings(surveys.putArray(village), schools));
      strings(e.putArray("findings"), survey.findings());
    } else if (example instanceof OrganisationExample.Vacancy vacancy) {
      e.put("kind", "VACANCY");
      e.put("vacant", vacancy.vacant().name());
      e.put("alert", vacancy.alert().name());
      strings(e.putArray("findings"), vacancy.findings());
      strings(e.putArray("acting"), vacancy.acting());
      strings(e.putArray("informed"), vacancy.informed());
    } else if (example instanceof OrganisationExample.OtherGuarantor other) {
      e.put("kind", "OTHER_GUARANTOR");
      e.put("guaranteeKind", other.kind().name());
      strings(e.putArray("guarantors"), other.guarantors());
    } else if (example instanceof OrganisationExample.Household household) {
      e.put("kind", "HOUSEHOLD");
      e.put("children", household.children());
      e.put("link", household.link().name());
      e.put("missingLetters", household.missingLetters());
    }
  }

  private static void strings(ArrayNode array, java.util.List<String> values) {
    values.forEach(array::add);
  }

  /** An array of strings; null (with problems) when it or any element is wrong. */
  private java.util.List<String> strings(JsonNode node, String path) {
    return r.list(node, path, r::nonBlank);
  }

  private OrganisationExample behaviour(String kind, JsonNode node, String path) {
    switch (kind) {
      case "SURVEY":
        return survey(node, path);
      case "VACANCY":
        return vacancy(node, path);
      case "OTHER_GUARANTOR":
        return otherGuarantor(node, path);
      default:
        return household(node, path);
    }
  }

  private OrganisationExample survey(JsonNode node, String path) {
    java.util.List<String> names = fields("kind", "description", "surveys", "findings");
    if (!r.object(node, path, names, names)) {
      return null;
    }
    String description = r.nonBlank(node.get("description"), path + ".description");
    java.util.Map<String, java.util.List<String>> surveys = null;
    JsonNode surveysNode = node.get("surveys");
    if (surveysNode == null || !surveysNode.isObject()) {
      r.problem(path + ".surveys", "expected an object of village names to survey school names");
    } else {
      surveys = new java.util.LinkedHashMap<>();
      boolean ok = true;
      var villages = surveysNode.fieldNames();
      while (villages.hasNext()) {
        String village = villages.next();
        java.util.List<String> schools =
            strings(surveysNode.get(village), path + ".surveys." + village);
        ok &= schools != null;
        surveys.put(village, schools);
      }
      surveys = ok ? surveys : null;
    }
    java.util.List<String> findings = strings(node.get("findings"), path + ".findings");
    java.util.Map<String, java.util.List<String>> read = surveys;
    return r.build(
        path,
        () -> new OrganisationExample.Survey(description, read, findings),
        description,
        read,
        findings);
  }

  private OrganisationExample vacancy(JsonNode node, String path) {
    java.util.List<String> names =
        fields("kind", "description", "vacant", "alert", "findings", "acting", "informed");
    if (!r.object(node, path, names, names)) {
      return null;
    }
    String description = r.nonBlank(node.get("description"), path + ".description");
    Role vacant = r.constant(node.get("vacant"), path + ".vacant", Role.class);
    AlertCode alert = r.constant(node.get("alert"), path + ".alert", AlertCode.class);
    java.util.List<String> findings = strings(node.get("findings"), path + ".findings");
    java.util.List<String> acting = strings(node.get("acting"), path + ".acting");
    java.util.List<String> informed = strings(node.get("informed"), path + ".informed");
    return r.build(
        path,
        () ->
            new OrganisationExample.Vacancy(description, vacant, alert, findings, acting, informed),
        description,
        vacant,
        alert,
        findings,
        acting,
        informed);
  }

  private OrganisationExample otherGuarantor(JsonNode node, String path) {
    java.util.List<String> names = fields("kind", "description", "guaranteeKind", "guarantors");
    if (!r.object(node, path, names, names)) {
      return null;
    }
    String description = r.nonBlank(node.get("description"), path + ".description");
    GuaranteeKind kind =
        r.constant(node.get("guaranteeKind"), path + ".guaranteeKind", GuaranteeKind.class);
    java.util.List<String> guarantors = strings(node.get("guarantors"), path + ".guarantors");
    return r.build(
        path,
        () -> new OrganisationExample.OtherGuarantor(description, kind, guarantors),
        description,
        kind,
        guarantors);
  }

  private OrganisationExample household(JsonNode node, String path) {
    java.util.List<String> names =
        fields("kind", "description", "children", "link", "missingLetters");
    if (!r.object(node, path, names, names)) {
      return null;
    }
    String description = r.nonBlank(node.get("description"), path + ".description");
    Integer children = r.count(node.get("children"), path + ".children", 1);
    ChainLink link = r.constant(node.get("link"), path + ".link", ChainLink.class);
    Integer missing = r.count(node.get("missingLetters"), path + ".missingLetters", 0);
    return r.build(
        path,
        () -> new OrganisationExample.Household(description, children, link, missing),
        description,
        children,
        link,
        missing);
  }
  // --- end R-RC-11..16 behaviour examples ---

  OrganisationSettings read(JsonNode node, String path) {
    if (!r.object(
        node, path, fields("holding", "letters", "examples"), fields("holding", "letters"))) {
      return null;
    }
    PositionHolding holding = holding(node.get("holding"), path + ".holding");
    EnumSet<ChainLink> letters = letters(node.get("letters"), path + ".letters");
    java.util.List<OrganisationExample> examples = node.hasNonNull("examples")
        ? r.list(node.get("examples"), path + ".examples", this::example)
        : java.util.List.of();
    return r.build(
        path,
        () -> new OrganisationSettings(holding, letters, examples),
        holding,
        letters,
        examples);
  }

  private OrganisationExample example(JsonNode node, String path) {
    String kind = node != null && node.isObject() && node.hasNonNull("kind")
        ? r.string(node.get("kind"), path + ".kind")
        : null;
    if ("TWO_SEATS".equals(kind)) {
      if (!r.object(
          node,
          path,
          fields("kind", "description", "first", "second", "allowed"),
          fields("kind", "description", "first", "second", "allowed"))) {
        return null;
      }
      String description = r.nonBlank(node.get("description"), path + ".description");
      Role first = r.constant(node.get("first"), path + ".first", Role.class);
      Role second = r.constant(node.get("second"), path + ".second", Role.class);
      Boolean allowed = bool(node.get("allowed"), path + ".allowed");
      return r.build(
          path,
          () -> new OrganisationExample.TwoSeats(description, first, second, allowed),
          description,
          first,
          second,
          allowed);
    }
    if ("LETTER".equals(kind)) {
      if (!r.object(
          node,
          path,
          fields("kind", "description", "link", "required"),
          fields("kind", "description", "link", "required"))) {
        return null;
      }
      String description = r.nonBlank(node.get("description"), path + ".description");
      ChainLink link = r.constant(node.get("link"), path + ".link", ChainLink.class);
      Boolean required = bool(node.get("required"), path + ".required");
      return r.build(
          path,
          () -> new OrganisationExample.Letter(description, link, required),
          description,
          link,
          required);
    }
    if (kind != null
        && java.util.Set.of("SURVEY", "VACANCY", "OTHER_GUARANTOR", "HOUSEHOLD").contains(kind)) {
      return behaviour(kind, node, path);
    }
    r.problem(
        path + ".kind",
        "expected TWO_SEATS, LETTER, SURVEY, VACANCY, OTHER_GUARANTOR or HOUSEHOLD");
    return null;
  }

  private Boolean bool(JsonNode node, String path) {
    if (node == null || !node.isBoolean()) {
      r.problem(path, "expected true or false");
      return null;
    }
    return node.booleanValue();
  }

  AccountabilityRule workFailureRule(JsonNode node, String path, String code) {
    if (!r.object(
        node,
        path,
        fields("code", "minimumFindings", "causes"),
        fields("code", "minimumFindings"))) {
      return null;
    }
    Integer n = r.count(node.get("minimumFindings"), path + ".minimumFindings", 1);
    Set<WorkFailure> causes = node.hasNonNull("causes")
        ? constants(node.get("causes"), path + ".causes", WorkFailure.class)
        : WorkFailure.seed002();
    if (causes != null && causes.isEmpty()) {
      r.problem(path + ".causes", "expected at least one cause");
      return null;
    }
    return code.equals(AccountabilityRule.OrderSelfExamination.CODE)
        ? r.build(path, () -> new AccountabilityRule.OrderSelfExamination(n, causes), n, causes)
        : r.build(path, () -> new AccountabilityRule.PublicCriticism(n, causes), n, causes);
  }
}

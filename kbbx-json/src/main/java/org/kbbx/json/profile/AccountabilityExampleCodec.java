package org.kbbx.json.profile;

import static org.kbbx.json.profile.NodeReader.fields;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.rate.Comparison;
import org.kbbx.core.rate.Fraction;
import org.kbbx.core.rate.Rate;
import org.kbbx.core.rate.Target;
import org.kbbx.core.responsibility.PersonId;
import org.kbbx.core.responsibility.Position;
import org.kbbx.core.responsibility.Role;
import org.kbbx.core.responsibility.WorkFailure;
import org.kbbx.core.school.SchoolLevel;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.rules.accountability.AccountableUnit;
import org.kbbx.rules.accountability.StudentDropout;
import org.kbbx.rules.accountability.UnitFailure;
import org.kbbx.rules.accountability.UnitYearResult;
import org.kbbx.rules.profile.AccountabilityExample;

/**
 * JSON for a profile's accountability examples (R-PROF-3, R-RC-9, R-RC-17), the top-level array
 * {@code accountabilityExamples}:
 *
 * <pre>{@code
 * {"description": "…", "year": "2023-2024",
 *  "results": [{"unit": {"kind": "SCHOOL", "id": "XX-S1", "name": "示例甲镇中心校"},
 *               "year": "2023-2024",
 *               "dropoutRates": [{"level": "JUNIOR_SECONDARY", "rate": "2/100"}],
 *               "dropoutTargets": [{"level": "JUNIOR_SECONDARY", "comparison": "AT_MOST",
 *                                   "threshold": "9/500"}],
 *               "dropoutsByGroup": [{"group": "REGISTERED_POOR", "count": 1}],
 *               "findings": ["…"],
 *               "failures": [{"cause": "WEEKLY_REPORT_MISSING_OR_LATE", "detail": "…"}],
 *               "dropouts": [{"student": "…", "groups": ["REGISTERED_POOR"]}]}],
 *  "fires": [{"rule": "PUBLIC_CRITICISM", "unit": {"kind": "SCHOOL", "id": "XX-S1"}}]}
 * }</pre>
 *
 * <p>A unit is {@code COUNTY} or {@code TOWNSHIP} with a {@code code}, {@code SCHOOL} with an
 * {@code id}, or {@code PERSON} with a {@code seat} ({@code role} and the {@code division}, {@code
 * school} and {@code person} the role needs); each may have a {@code name}. Only non-empty parts of
 * a result are written.
 */
final class AccountabilityExampleCodec {

  private static final Pattern RATE = Pattern.compile("(\\d{1,18})/(\\d{1,18})");

  private final NodeReader r;
  private final ResponsibilityCodec fractions;
  private final OrganisationSettingsCodec constants;

  AccountabilityExampleCodec(NodeReader r) {
    this.r = r;
    this.fractions = new ResponsibilityCodec(r);
    this.constants = new OrganisationSettingsCodec(r);
  }

  // --- writing ---

  static void write(ObjectNode o, AccountabilityExample example) {
    o.put("description", example.description());
    o.put("year", example.year().toString());
    ArrayNode results = o.putArray("results");
    example.results().forEach(result -> result(results.addObject(), result));
    ArrayNode fires = o.putArray("fires");
    for (AccountabilityExample.Fires f : example.fires()) {
      ObjectNode n = fires.addObject();
      n.put("rule", f.rule());
      unit(n.putObject("unit"), f.unit());
    }
  }

  private static void result(ObjectNode o, UnitYearResult result) {
    unit(o.putObject("unit"), result.unit());
    o.put("year", result.year().toString());
    if (!result.dropoutRates().isEmpty()) {
      ArrayNode rates = o.putArray("dropoutRates");
      new EnumMap<>(result.dropoutRates())
          .forEach((level, rate) -> rates
              .addObject()
              .put("level", level.name())
              .put("rate", rate.numerator() + "/" + rate.denominator()));
    }
    if (!result.dropoutTargets().isEmpty()) {
      ArrayNode targets = o.putArray("dropoutTargets");
      new EnumMap<>(result.dropoutTargets())
          .forEach((level, target) -> targets
              .addObject()
              .put("level", level.name())
              .put("comparison", target.comparison().name())
              .put("threshold", ResponsibilityCodec.fraction(target.threshold())));
    }
    if (!result.dropoutsByGroup().isEmpty()) {
      ArrayNode groups = o.putArray("dropoutsByGroup");
      new EnumMap<>(result.dropoutsByGroup())
          .forEach(
              (group, count) -> groups.addObject().put("group", group.name()).put("count", count));
    }
    if (!result.findings().isEmpty()) {
      result.findings().forEach(o.putArray("findings")::add);
    }
    if (!result.failures().isEmpty()) {
      ArrayNode failures = o.putArray("failures");
      for (UnitFailure failure : result.failures()) {
        ObjectNode n = failures.addObject();
        n.put("cause", failure.cause().name());
        n.put("detail", failure.detail());
        failure.student().forEach(s -> n.put("student", s.unmasked()));
      }
    }
    if (!result.dropouts().isEmpty()) {
      ArrayNode dropouts = o.putArray("dropouts");
      for (StudentDropout dropout : result.dropouts()) {
        ObjectNode n = dropouts.addObject();
        n.put("student", dropout.student().unmasked());
        OrganisationSettingsCodec.writeConstants(n.putArray("groups"), dropout.groups());
      }
    }
  }

  private static void unit(ObjectNode o, AccountableUnit unit) {
    if (unit instanceof AccountableUnit.County county) {
      o.put("kind", "COUNTY").put("code", county.code().toString());
    } else if (unit instanceof AccountableUnit.Township township) {
      o.put("kind", "TOWNSHIP").put("code", township.code().toString());
    } else if (unit instanceof AccountableUnit.School school) {
      o.put("kind", "SCHOOL").put("id", school.id().value());
    } else {
      Position seat = ((AccountableUnit.Holder) unit).seat();
      o.put("kind", "PERSON");
      ObjectNode s = o.putObject("seat");
      s.put("role", seat.role().name());
      seat.division().forEach(d -> s.put("division", d.toString()));
      seat.school().forEach(id -> s.put("school", id.value()));
      seat.person().forEach(p -> s.put("person", p.value()));
    }
    unit.name().forEach(name -> o.put("name", name));
  }

  // --- reading ---

  AccountabilityExample read(JsonNode node, String path) {
    if (!r.object(
        node,
        path,
        fields("description", "year", "results", "fires"),
        fields("description", "year", "results", "fires"))) {
      return null;
    }
    String description = r.nonBlank(node.get("description"), path + ".description");
    SchoolYear year = year(node.get("year"), path + ".year");
    List<UnitYearResult> results = r.list(node.get("results"), path + ".results", this::result);
    List<AccountabilityExample.Fires> fires =
        r.list(node.get("fires"), path + ".fires", this::fires);
    return r.build(
        path,
        () -> new AccountabilityExample(description, year, results, fires),
        description,
        year,
        results,
        fires);
  }

  private AccountabilityExample.Fires fires(JsonNode node, String path) {
    if (!r.object(node, path, fields("rule", "unit"), fields("rule", "unit"))) {
      return null;
    }
    String rule = r.nonBlank(node.get("rule"), path + ".rule");
    AccountableUnit unit = unit(node.get("unit"), path + ".unit");
    return r.build(path, () -> new AccountabilityExample.Fires(rule, unit), rule, unit);
  }

  private SchoolYear year(JsonNode node, String path) {
    String text = r.string(node, path);
    if (text == null) {
      return null;
    }
    var year = SchoolYear.validate(text);
    if (year.isInvalid()) {
      r.problem(path, "invalid school year '" + text + "'; expected one such as 2023-2024");
      return null;
    }
    return year.get();
  }

  private UnitYearResult result(JsonNode node, String path) {
    if (!r.object(
        node,
        path,
        fields(
            "unit",
            "year",
            "dropoutRates",
            "dropoutTargets",
            "dropoutsByGroup",
            "findings",
            "failures",
            "dropouts"),
        fields("unit", "year"))) {
      return null;
    }
    AccountableUnit unit = unit(node.get("unit"), path + ".unit");
    SchoolYear year = year(node.get("year"), path + ".year");
    Map<SchoolLevel, Rate> rates =
        optionalMap(node, path, "dropoutRates", SchoolLevel.class, "level", this::rate);
    Map<SchoolLevel, Target> targets =
        optionalMap(node, path, "dropoutTargets", SchoolLevel.class, "level", this::target);
    Map<PriorityGroup, Long> groups =
        optionalMap(node, path, "dropoutsByGroup", PriorityGroup.class, "group", this::count);
    List<String> findings = optionalList(node, path, "findings", r::nonBlank);
    List<UnitFailure> failures = optionalList(node, path, "failures", this::failure);
    List<StudentDropout> dropouts = optionalList(node, path, "dropouts", this::dropout);
    Supplier<UnitYearResult> build = () -> UnitYearResult.builder()
        .unit(unit)
        .year(year)
        .putAllDropoutRates(rates)
        .putAllDropoutTargets(targets)
        .putAllDropoutsByGroup(groups)
        .addAllFindings(findings)
        .addAllFailures(failures)
        .addAllDropouts(dropouts)
        .build();
    return r.build(path, build, unit, year, rates, targets, groups, findings, failures, dropouts);
  }

  private <T> List<T> optionalList(
      JsonNode node,
      String path,
      String field,
      java.util.function.BiFunction<JsonNode, String, T> element) {
    return node.hasNonNull(field)
        ? r.list(node.get(field), path + "." + field, element)
        : List.of();
  }

  /** An array of {@code {key: CONSTANT, …}} objects as a map; null when any entry is wrong. */
  private <E extends Enum<E>, V> Map<E, V> optionalMap(
      JsonNode node,
      String path,
      String field,
      Class<E> type,
      String key,
      java.util.function.BiFunction<JsonNode, String, V> value) {
    if (!node.hasNonNull(field)) {
      return Map.of();
    }
    List<Map.Entry<E, V>> entries = r.list(node.get(field), path + "." + field, (n, p) -> {
      E constant = n != null && n.isObject() ? r.constant(n.get(key), p + "." + key, type) : null;
      if (n == null || !n.isObject()) {
        r.problem(p, "expected an object, found " + NodeReader.kind(n));
      }
      V v = n != null && n.isObject() ? value.apply(n, p) : null;
      return constant == null || v == null ? null : Map.entry(constant, v);
    });
    if (entries == null) {
      return null;
    }
    Map<E, V> map = new EnumMap<>(type);
    for (int i = 0; i < entries.size(); i++) {
      if (map.put(entries.get(i).getKey(), entries.get(i).getValue()) != null) {
        r.problem(
            path + "." + field + "[" + i + "]",
            "'" + entries.get(i).getKey().name() + "' is listed twice");
        return null;
      }
    }
    return map;
  }

  private Rate rate(JsonNode node, String path) {
    if (!r.object(node, path, fields("level", "rate"), fields("level", "rate"))) {
      return null;
    }
    String text = r.string(node.get("rate"), path + ".rate");
    if (text == null) {
      return null;
    }
    Matcher m = RATE.matcher(text);
    if (!m.matches()) {
      r.problem(
          path + ".rate", "invalid rate '" + text + "'; expected dropouts/enrolled such as 2/100");
      return null;
    }
    return Rate.of(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
  }

  private Target target(JsonNode node, String path) {
    if (!r.object(
        node,
        path,
        fields("level", "comparison", "threshold"),
        fields("level", "comparison", "threshold"))) {
      return null;
    }
    Comparison comparison =
        r.constant(node.get("comparison"), path + ".comparison", Comparison.class);
    Fraction threshold = fractions.fraction(node.get("threshold"), path + ".threshold");
    return r.build(path, () -> new Target(comparison, threshold), comparison, threshold);
  }

  private Long count(JsonNode node, String path) {
    if (!r.object(node, path, fields("group", "count"), fields("group", "count"))) {
      return null;
    }
    Integer count = r.count(node.get("count"), path + ".count", 0);
    return count == null ? null : count.longValue();
  }

  private UnitFailure failure(JsonNode node, String path) {
    if (!r.object(node, path, fields("cause", "detail", "student"), fields("cause", "detail"))) {
      return null;
    }
    WorkFailure cause = r.constant(node.get("cause"), path + ".cause", WorkFailure.class);
    String detail = r.nonBlank(node.get("detail"), path + ".detail");
    Option<StudentId> student = node.hasNonNull("student")
        ? Option.of(r.nonBlank(node.get("student"), path + ".student")).map(StudentId::of)
        : Option.none();
    if (node.hasNonNull("student") && student.isEmpty()) {
      return null;
    }
    return r.build(path, () -> new UnitFailure(cause, detail, student), cause, detail);
  }

  private StudentDropout dropout(JsonNode node, String path) {
    if (!r.object(node, path, fields("student", "groups"), fields("student", "groups"))) {
      return null;
    }
    String student = r.nonBlank(node.get("student"), path + ".student");
    Set<PriorityGroup> groups =
        constants.constants(node.get("groups"), path + ".groups", PriorityGroup.class);
    return r.build(path, () -> new StudentDropout(StudentId.of(student), groups), student, groups);
  }

  private AccountableUnit unit(JsonNode node, String path) {
    String kind = node != null && node.isObject() && node.hasNonNull("kind")
        ? r.string(node.get("kind"), path + ".kind")
        : null;
    if (kind == null) {
      r.object(node, path, fields("kind", "code", "id", "seat", "name"), fields("kind"));
      return null;
    }
    Option<String> name;
    switch (kind) {
      case "COUNTY":
      case "TOWNSHIP": {
        if (!r.object(node, path, fields("kind", "code", "name"), fields("kind", "code"))) {
          return null;
        }
        name = name(node, path);
        DivisionCode code = division(node.get("code"), path + ".code");
        return r.build(
            path,
            () -> kind.equals("COUNTY")
                ? new AccountableUnit.County(code, name)
                : new AccountableUnit.Township(code, name),
            code,
            name);
      }
      case "SCHOOL": {
        if (!r.object(node, path, fields("kind", "id", "name"), fields("kind", "id"))) {
          return null;
        }
        name = name(node, path);
        String id = r.nonBlank(node.get("id"), path + ".id");
        return r.build(path, () -> new AccountableUnit.School(SchoolId.of(id), name), id, name);
      }
      case "PERSON": {
        if (!r.object(node, path, fields("kind", "seat", "name"), fields("kind", "seat"))) {
          return null;
        }
        name = name(node, path);
        Position seat = seat(node.get("seat"), path + ".seat");
        return r.build(path, () -> new AccountableUnit.Holder(seat, name), seat, name);
      }
      default:
        r.problem(path + ".kind", "expected COUNTY, TOWNSHIP, SCHOOL or PERSON");
        return null;
    }
  }

  /** The optional name: none when absent, null (with a problem) when blank or not a string. */
  private Option<String> name(JsonNode node, String path) {
    if (!node.hasNonNull("name")) {
      return Option.none();
    }
    String name = r.nonBlank(node.get("name"), path + ".name");
    return name == null ? null : Option.some(name);
  }

  private DivisionCode division(JsonNode node, String path) {
    String text = r.string(node, path);
    if (text == null) {
      return null;
    }
    var code = DivisionCode.validate(text);
    if (code.isInvalid()) {
      r.problem(path, "invalid division code: expected 12 digits such as 520527101000");
      return null;
    }
    return code.get();
  }

  private static final Set<Role> DIVISION_SEATS = EnumSet.of(
      Role.COUNTY_HEAD,
      Role.BUREAU_DIRECTOR,
      Role.TOWNSHIP_HEAD,
      Role.EDUCATION_CENTRE_DIRECTOR,
      Role.VILLAGE_DIRECTOR);

  private Position seat(JsonNode node, String path) {
    if (!r.object(node, path, fields("role", "division", "school", "person"), fields("role"))) {
      return null;
    }
    Role role = r.constant(node.get("role"), path + ".role", Role.class);
    DivisionCode division =
        node.hasNonNull("division") ? division(node.get("division"), path + ".division") : null;
    String school =
        node.hasNonNull("school") ? r.nonBlank(node.get("school"), path + ".school") : null;
    String person =
        node.hasNonNull("person") ? r.nonBlank(node.get("person"), path + ".person") : null;
    if (role == null) {
      return null;
    }
    boolean needsDivision = DIVISION_SEATS.contains(role) || role == Role.VILLAGE_DROPOUT_OFFICER;
    boolean needsSchool =
        role == Role.PRINCIPAL || role == Role.TEACHER || role == Role.SCHOOL_LEADER;
    boolean needsPerson = !DIVISION_SEATS.contains(role) && role != Role.PRINCIPAL;
    List<String> missing = new ArrayList<>();
    if (needsDivision && division == null) {
      missing.add("division");
    }
    if (needsSchool && school == null) {
      missing.add("school");
    }
    if (needsPerson && person == null) {
      missing.add("person");
    }
    if (!missing.isEmpty()) {
      r.problem(path, "a " + role.name() + " seat needs " + String.join(" and ", missing));
      return null;
    }
    return r.build(path, () -> position(role, division, school, person), role);
  }

  private static Position position(Role role, DivisionCode division, String school, String person) {
    switch (role) {
      case COUNTY_HEAD:
        return Position.countyHead(division);
      case BUREAU_DIRECTOR:
        return Position.bureauDirector(division);
      case TOWNSHIP_HEAD:
        return Position.townshipHead(division);
      case EDUCATION_CENTRE_DIRECTOR:
        return Position.educationCentreDirector(division);
      case VILLAGE_DIRECTOR:
        return Position.villageDirector(division);
      case PRINCIPAL:
        return Position.principal(SchoolId.of(school));
      case TEACHER:
        return Position.teacher(SchoolId.of(school), PersonId.of(person));
      case SCHOOL_LEADER:
        return Position.schoolLeader(SchoolId.of(school), PersonId.of(person));
      case BUREAU_LEADER:
        return Position.bureauLeader(PersonId.of(person));
      case BUREAU_SECTION:
        return Position.bureauSection(PersonId.of(person));
      case RELIEF_RESPONSIBLE:
        return Position.reliefResponsible(PersonId.of(person));
      case VILLAGE_DROPOUT_OFFICER:
        return Position.villageOfficer(division, PersonId.of(person));
      case PARENT:
        return Position.guardian(PersonId.of(person));
      default:
        throw new IllegalArgumentException(
            "Invalid seat role " + role.name() + ": not a seat a person answers through");
    }
  }
}

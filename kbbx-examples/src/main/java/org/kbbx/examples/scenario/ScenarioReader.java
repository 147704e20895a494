package org.kbbx.examples.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kbbx.core.id.BirthDateMismatch;
import org.kbbx.core.id.ResidentId;
import org.kbbx.core.mask.IdMask;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.school.Grade;
import org.kbbx.core.time.SchoolCalendar;
import org.kbbx.core.time.Term;
import org.kbbx.core.time.TermKind;
import org.kbbx.core.validation.Violation;
import org.kbbx.json.profile.ProfileJson;
import org.kbbx.rules.profile.EffectiveProfile;
import org.kbbx.rules.profile.Profiles;

/**
 * Reads and checks a scenario JSON document, listing every problem with its JSON path.
 *
 * <p>Checks: JSON syntax; unknown fields; missing or mistyped fields; dates; grades 1-9; priority
 * group names; resident IDs (R-ID-1) and their birth dates against {@code birthDate} (R-ID-3);
 * duplicate student and event ids; absences and events naming unknown students; the calendar
 * (overlapping terms, make-up days on weekdays); event types and the fields each type requires
 * or refuses; the profile (a known id, or an inline profile read by the library's profile JSON
 * reader with its parent among the known profiles).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScenarioReader {

  /** The fields an event may carry besides id, student, date and type. */
  public static final Set<String> EVENT_FIELDS =
      Set.of("school", "grade", "until", "target", "evidence", "reason");

  /**
   * The limits on a scenario document, stated rather than inherited from Jackson's defaults:
   * nesting at most {@value #MAX_NESTING} deep, numbers at most {@value #MAX_NUMBER_LENGTH}
   * characters, strings at most {@value #MAX_STRING_LENGTH} characters. A document beyond them is
   * a problem at {@code $}, not an exception.
   */
  public static final int MAX_NESTING = 1000;

  /** The longest number in a scenario, in characters. */
  public static final int MAX_NUMBER_LENGTH = 1000;

  /** The longest string in a scenario, in characters. */
  public static final int MAX_STRING_LENGTH = 20_000_000;

  private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
      .maxNestingDepth(MAX_NESTING)
      .maxNumberLength(MAX_NUMBER_LENGTH)
      .maxStringLength(MAX_STRING_LENGTH)
      .build();

  private static final ObjectMapper MAPPER = new ObjectMapper(
          JsonFactory.builder().streamReadConstraints(LIMITS).build())
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      // Text after the scenario object is an error, not silently ignored.
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private ScenarioReader() {}

  /**
   * Reads a scenario.
   *
   * @param json the JSON text, not null
   * @param profiles the profiles a profile id may name and an inline profile's parent may be, not
   *     null
   * @return the scenario or every problem found, each with its path (e.g. {@code
   *     students[2].birthDate})
   */
  public static Validation<Seq<Violation>, Scenario> read(String json, Profiles profiles) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (StreamConstraintsException e) {
      // Jackson's stream limits (LIMITS): no location, and no stack trace either
      return Validation.invalid(Vector.of(Violation.at("$", "too large: " + limitMessage(e))));
    } catch (JsonProcessingException e) {
      String message = String.valueOf(e.getOriginalMessage())
          .replaceAll("\\s*\\(start marker at \\[Source.*", "")
          .replaceAll("\\s*at \\[Source.*", "");
      JsonLocation at = e.getLocation();
      return Validation.invalid(Vector.of(Violation.at(
          "$",
          "not valid JSON: " + message
              + (at == null
                  ? ""
                  : " at line " + at.getLineNr() + ", column " + at.getColumnNr()))));
    }
    JsonFields f = new JsonFields();
    if (root == null
        || !f.object(
            root, "", Set.of("profile", "asOf", "calendar", "students", "absences", "events"))) {
      if (f.problems.isEmpty()) {
        f.problem("$", "expected an object, got nothing");
      }
      return Validation.invalid(Vector.ofAll(f.problems));
    }
    Optional<EffectiveProfile> profile = profile(f, root.get("profile"), profiles);
    Optional<LocalDate> asOf = f.date(root, "", "asOf", true);
    Optional<SchoolCalendar> calendar = calendar(f, root.get("calendar"));
    Set<String> ids = new HashSet<>();
    List<Scenario.Student> students = students(f, root, ids);
    List<Scenario.Absence> absences = absences(f, root, ids);
    List<Scenario.Event> events = events(f, root, ids);
    if (!f.problems.isEmpty()) {
      return Validation.invalid(Vector.ofAll(f.problems));
    }
    return Validation.valid(
        new Scenario(profile.get(), asOf.get(), calendar.get(), students, absences, events));
  }

  /** Jackson's message without its pointer to the setting that sets the limit. */
  private static String limitMessage(StreamConstraintsException e) {
    return String.valueOf(e.getOriginalMessage())
        .replaceAll("\\s*\\(from `?StreamReadConstraints[^)]*\\)", ")")
        .replace("))", ")")
        .replaceAll("\\s*at \\[Source.*", "");
  }

  private static Optional<EffectiveProfile> profile(JsonFields f, JsonNode node, Profiles known) {
    Profiles resolver = known;
    String id;
    if (node == null || node.isNull()) {
      f.problem("profile", "missing (expected a profile id or an inline profile object)");
      return Optional.empty();
    } else if (node.isTextual()) {
      id = node.asText();
    } else if (node.isObject()) {
      Validation<Seq<Violation>, Profiles> read =
          ProfileJson.create().readInto(known, List.of(node.toString()));
      if (read.isInvalid()) {
        read.getError()
            .forEach(v -> f.problem(
                JsonFields.join("profile", v.path().replaceFirst("^\\$\\.?", "")), v.message()));
        return Optional.empty();
      }
      resolver = read.get();
      id = node.path("id").asText();
    } else {
      f.problem("profile", "expected a profile id or an object, got " + JsonFields.kind(node));
      return Optional.empty();
    }
    Profiles profiles = resolver;
    return profiles
        .effective(id)
        .fold(
            r -> {
              f.problem(
                  "profile",
                  "unknown profile \"" + id + "\" (" + r.code() + "; known: "
                      + profiles.ids().mkString(", ") + ")");
              return Optional.empty();
            },
            Optional::of);
  }

  private static Optional<SchoolCalendar> calendar(JsonFields f, JsonNode node) {
    if (node == null) {
      f.problem("calendar", "missing (expected an object with terms, holidays, makeUpDays)");
      return Optional.empty();
    }
    if (!f.object(node, "calendar", Set.of("terms", "holidays", "makeUpDays"))) {
      return Optional.empty();
    }
    int before = f.problems.size();
    List<Term> terms = new ArrayList<>();
    List<JsonNode> termNodes = f.array(node, "calendar", "terms", true);
    for (int i = 0; i < termNodes.size(); i++) {
      String path = JsonFields.at("calendar.terms", i);
      JsonNode t = termNodes.get(i);
      if (!f.object(t, path, Set.of("start", "end", "name", "kind"))) {
        continue;
      }
      Optional<LocalDate> start = f.date(t, path, "start", true);
      Optional<LocalDate> end = f.date(t, path, "end", true);
      Optional<TermKind> kind = f.text(t, path, "kind", false)
          .flatMap(k -> f.enumName(k, TermKind.class, JsonFields.join(path, "kind")));
      Optional<String> name = f.text(t, path, "name", false);
      if (start.isPresent() && end.isPresent()) {
        TermKind k =
            kind.orElse(start.get().getMonthValue() >= 7 ? TermKind.AUTUMN : TermKind.SPRING);
        Term.validate(
                name.orElse(start.get().getYear() + " " + k.englishLabel()),
                k,
                start.get(),
                end.get())
            .fold(
                v -> {
                  v.forEach(p -> f.problem(path, p.message()));
                  return null;
                },
                terms::add);
      }
    }
    List<LocalDate> holidays = dates(f, node, "holidays");
    List<LocalDate> makeUp = dates(f, node, "makeUpDays");
    if (f.problems.size() > before) {
      return Optional.empty();
    }
    return SchoolCalendar.validate(terms, holidays, makeUp)
        .fold(
            v -> {
              v.forEach(p -> f.problem(JsonFields.join("calendar", p.path()), p.message()));
              return Optional.empty();
            },
            Optional::of);
  }

  private static List<LocalDate> dates(JsonFields f, JsonNode node, String field) {
    List<LocalDate> dates = new ArrayList<>();
    List<JsonNode> items = f.array(node, "calendar", field, false);
    for (int i = 0; i < items.size(); i++) {
      String path = JsonFields.at("calendar." + field, i);
      if (!items.get(i).isTextual()) {
        f.problem(path, "expected an ISO date string, got " + JsonFields.kind(items.get(i)));
      } else {
        f.date(items.get(i).asText(), path).ifPresent(dates::add);
      }
    }
    return dates;
  }

  private static List<Scenario.Student> students(JsonFields f, JsonNode root, Set<String> seen) {
    List<Scenario.Student> students = new ArrayList<>();
    List<JsonNode> nodes = f.array(root, "", "students", true);
    for (int i = 0; i < nodes.size(); i++) {
      String path = JsonFields.at("students", i);
      JsonNode s = nodes.get(i);
      if (!f.object(
          s,
          path,
          Set.of("id", "birthDate", "school", "grade", "enrolled", "groups", "residentId"))) {
        continue;
      }
      int before = f.problems.size();
      Optional<String> id = f.text(s, path, "id", true);
      id.filter(x -> !seen.add(x))
          .ifPresent(x -> f.problem(
              JsonFields.join(path, "id"), "duplicate student id \"" + IdMask.mask(x) + "\""));
      Optional<LocalDate> birth = f.date(s, path, "birthDate", true);
      Optional<String> school = f.text(s, path, "school", true);
      Optional<Integer> grade = f.integer(s, path, "grade", true);
      grade
          .filter(g -> !Grade.isValid(g))
          .ifPresent(g -> f.problem(
              JsonFields.join(path, "grade"),
              "Invalid value for Grade (valid values " + Grade.FIRST + " - " + Grade.LAST + "): "
                  + g));
      Optional<LocalDate> enrolled = f.date(s, path, "enrolled", true);
      Set<PriorityGroup> groups = EnumSet.noneOf(PriorityGroup.class);
      List<JsonNode> groupNodes = f.array(s, path, "groups", false);
      for (int g = 0; g < groupNodes.size(); g++) {
        String gp = JsonFields.at(JsonFields.join(path, "groups"), g);
        if (!groupNodes.get(g).isTextual()) {
          f.problem(gp, "expected a PriorityGroup name, got " + JsonFields.kind(groupNodes.get(g)));
        } else {
          f.enumName(groupNodes.get(g).asText(), PriorityGroup.class, gp).ifPresent(groups::add);
        }
      }
      Optional<String> residentId = f.text(s, path, "residentId", false);
      residentId.ifPresent(r -> ResidentId.validate(r)
          .fold(
              v -> {
                v.forEach(p -> f.problem(JsonFields.join(path, "residentId"), p.message()));
                return null;
              },
              rid -> {
                birth
                    .flatMap(b -> BirthDateMismatch.check(rid, b).toJavaOptional())
                    .ifPresent(m ->
                        f.problem(JsonFields.join(path, "residentId"), m.message() + " (R-ID-3)"));
                return null;
              }));
      if (f.problems.size() == before) {
        students.add(new Scenario.Student(
            id.get(), birth.get(), school.get(), grade.get(), enrolled.get(), groups, residentId));
      }
    }
    return students;
  }

  private static List<Scenario.Absence> absences(JsonFields f, JsonNode root, Set<String> ids) {
    List<Scenario.Absence> absences = new ArrayList<>();
    List<JsonNode> nodes = f.array(root, "", "absences", false);
    for (int i = 0; i < nodes.size(); i++) {
      String path = JsonFields.at("absences", i);
      JsonNode a = nodes.get(i);
      if (!f.object(a, path, Set.of("student", "date", "excused"))) {
        continue;
      }
      int before = f.problems.size();
      Optional<String> student = f.text(a, path, "student", true);
      known(f, student, ids, path);
      Optional<LocalDate> date = f.date(a, path, "date", true);
      Optional<Boolean> excused = f.bool(a, path, "excused", true);
      if (f.problems.size() == before) {
        absences.add(new Scenario.Absence(student.get(), date.get(), excused.get()));
      }
    }
    return absences;
  }

  private static List<Scenario.Event> events(JsonFields f, JsonNode root, Set<String> ids) {
    List<Scenario.Event> events = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<JsonNode> nodes = f.array(root, "", "events", false);
    Set<String> allowed = new HashSet<>(EVENT_FIELDS);
    allowed.addAll(Set.of("id", "student", "date", "type"));
    for (int i = 0; i < nodes.size(); i++) {
      String path = JsonFields.at("events", i);
      JsonNode e = nodes.get(i);
      if (!f.object(e, path, allowed)) {
        continue;
      }
      int before = f.problems.size();
      Optional<String> id = f.text(e, path, "id", true);
      id.filter(x -> !seen.add(x))
          .ifPresent(
              x -> f.problem(JsonFields.join(path, "id"), "duplicate event id \"" + x + "\""));
      Optional<String> student = f.text(e, path, "student", true);
      known(f, student, ids, path);
      Optional<LocalDate> date = f.date(e, path, "date", true);
      Optional<String> type = f.text(e, path, "type", true);
      Map<String, String> fields = new LinkedHashMap<>();
      for (String name : EVENT_FIELDS) {
        if (name.equals("grade")) {
          f.integer(e, path, name, false).ifPresent(g -> fields.put(name, Integer.toString(g)));
        } else if (name.equals("until")) {
          f.date(e, path, name, false).ifPresent(d -> fields.put(name, d.toString()));
        } else {
          f.text(e, path, name, false).ifPresent(t -> fields.put(name, t));
        }
      }
      List<Violation> typeProblems = type.isEmpty()
          ? List.of()
          : StatusEvents.check(
              List.of(new Scenario.Event(i, "", "", LocalDate.MIN, type.get(), fields)));
      f.problems.addAll(typeProblems);
      if (f.problems.size() == before) {
        events.add(new Scenario.Event(i, id.get(), student.get(), date.get(), type.get(), fields));
      }
    }
    return events;
  }

  private static void known(JsonFields f, Optional<String> student, Set<String> ids, String path) {
    student
        .filter(s -> !ids.contains(s))
        .ifPresent(s -> f.problem(
            JsonFields.join(path, "student"), "unknown student \"" + IdMask.mask(s) + "\""));
  }
}

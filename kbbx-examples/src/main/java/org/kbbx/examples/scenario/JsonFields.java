package org.kbbx.examples.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kbbx.core.time.SupportedDates;
import org.kbbx.core.validation.Violation;

/**
 * Reads typed fields out of a JSON object, collecting a {@link Violation} with its path for every
 * problem instead of stopping at the first. Not thread-safe: one instance per read.
 */
final class JsonFields {

  final List<Violation> problems = new ArrayList<>();

  void problem(String path, String message) {
    problems.add(Violation.at(path, message));
  }

  /** Checks that {@code node} is an object with only {@code allowed} fields. */
  boolean object(JsonNode node, String path, Set<String> allowed) {
    if (node == null || !node.isObject()) {
      problem(path.isEmpty() ? "$" : path, "expected an object, got " + kind(node));
      return false;
    }
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        problem(
            join(path, name),
            "unknown field (expected one of " + new java.util.TreeSet<>(allowed) + ")");
      }
    }
    return true;
  }

  /** Returns the array at {@code field}, or an empty list (and a problem) if it is not one. */
  List<JsonNode> array(JsonNode parent, String path, String field, boolean required) {
    JsonNode node = parent.get(field);
    List<JsonNode> items = new ArrayList<>();
    if (node == null || node.isNull()) {
      if (required) {
        problem(join(path, field), "missing (expected an array)");
      }
      return items;
    }
    if (!node.isArray()) {
      problem(join(path, field), "expected an array, got " + kind(node));
      return items;
    }
    node.forEach(items::add);
    return items;
  }

  Optional<String> text(JsonNode parent, String path, String field, boolean required) {
    JsonNode node = parent.get(field);
    if (node == null || node.isNull()) {
      if (required) {
        problem(join(path, field), "missing (expected a string)");
      }
      return Optional.empty();
    }
    if (!node.isTextual()) {
      problem(join(path, field), "expected a string, got " + kind(node));
      return Optional.empty();
    }
    if (node.asText().isBlank()) {
      problem(join(path, field), "expected a non-blank string");
      return Optional.empty();
    }
    return Optional.of(node.asText());
  }

  Optional<LocalDate> date(JsonNode parent, String path, String field, boolean required) {
    return text(parent, path, field, required).flatMap(t -> date(t, join(path, field)));
  }

  /**
   * A date of the scenario: ISO text within the library's supported dates ({@link
   * SupportedDates#FIRST} to {@link SupportedDates#LAST}); any other is a problem at {@code path}.
   */
  Optional<LocalDate> date(String text, String path) {
    LocalDate date;
    try {
      date = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problem(path, "expected an ISO date such as 2024-09-02, got \"" + text + "\"");
      return Optional.empty();
    }
    Option<String> unsupported = SupportedDates.problem("date", date);
    if (unsupported.isDefined()) {
      problem(path, unsupported.get());
      return Optional.empty();
    }
    return Optional.of(date);
  }

  Optional<Integer> integer(JsonNode parent, String path, String field, boolean required) {
    JsonNode node = parent.get(field);
    if (node == null || node.isNull()) {
      if (required) {
        problem(join(path, field), "missing (expected an integer)");
      }
      return Optional.empty();
    }
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      problem(join(path, field), "expected an integer, got " + kind(node));
      return Optional.empty();
    }
    return Optional.of(node.asInt());
  }

  Optional<Boolean> bool(JsonNode parent, String path, String field, boolean required) {
    JsonNode node = parent.get(field);
    if (node == null || node.isNull()) {
      if (required) {
        problem(join(path, field), "missing (expected true or false)");
      }
      return Optional.empty();
    }
    if (!node.isBoolean()) {
      problem(join(path, field), "expected true or false, got " + kind(node));
      return Optional.empty();
    }
    return Optional.of(node.asBoolean());
  }

  <E extends Enum<E>> Optional<E> enumName(String text, Class<E> type, String path) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return Optional.of(constant);
      }
    }
    problem(path, "unknown " + type.getSimpleName() + " \"" + text + "\"");
    return Optional.empty();
  }

  static String join(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  static String at(String path, int index) {
    return path + "[" + index + "]";
  }

  static String kind(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }
}

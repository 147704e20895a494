package org.kbbx.json.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.kbbx.core.validation.Violation;

/**
 * Reads a Jackson tree and collects every problem with its JSON path instead of stopping at the
 * first; a read that found a problem returns null and the caller never builds a value from it.
 * Not thread-safe: one instance per document.
 */
final class NodeReader {

  /** The longest string any field may hold. */
  static final int MAX_STRING = 1_000;

  private final List<Violation> problems = new ArrayList<>();

  List<Violation> problems() {
    return problems;
  }

  void problem(String path, String message) {
    problems.add(Violation.at(path, message));
  }

  /** Checks that {@code node} is an object with only {@code allowed} fields and all of {@code required}. */
  boolean object(JsonNode node, String path, List<String> allowed, List<String> required) {
    if (node == null || !node.isObject()) {
      problem(path, "expected an object, found " + kind(node));
      return false;
    }
    Set<String> allowedSet = new TreeSet<>(allowed);
    Iterator<String> names = node.fieldNames();
    boolean ok = true;
    while (names.hasNext()) {
      String name = names.next();
      if (!allowedSet.contains(name)) {
        problem(path + "." + name, "unknown field; expected one of " + allowedSet);
        ok = false;
      }
    }
    for (String name : required) {
      if (!node.has(name) || node.get(name).isNull()) {
        problem(path + "." + name, "missing required field");
        ok = false;
      }
    }
    return ok;
  }

  static List<String> fields(String... names) {
    return Arrays.asList(names);
  }

  String string(JsonNode node, String path) {
    if (node == null || !node.isTextual()) {
      problem(path, "expected a string, found " + kind(node));
      return null;
    }
    String text = node.textValue();
    if (text.length() > MAX_STRING) {
      problem(
          path, "string of " + text.length() + " characters; at most " + MAX_STRING + " expected");
      return null;
    }
    return text;
  }

  String nonBlank(JsonNode node, String path) {
    String text = string(node, path);
    if (text != null && text.isBlank()) {
      problem(path, "must not be blank");
      return null;
    }
    return text;
  }

  Integer count(JsonNode node, String path, int min) {
    if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()) {
      problem(path, "expected a whole number, found " + kind(node));
      return null;
    }
    int value = node.intValue();
    if (value < min) {
      problem(path, "must be " + min + " or more, found " + value);
      return null;
    }
    return value;
  }

  <E extends Enum<E>> E constant(JsonNode node, String path, Class<E> type) {
    String text = string(node, path);
    if (text == null) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(text)) {
        return e;
      }
    }
    problem(
        path,
        "unknown value '" + text + "'; expected one of "
            + Arrays.toString(type.getEnumConstants()));
    return null;
  }

  DayOfWeek dayOfWeek(JsonNode node, String path) {
    return constant(node, path, DayOfWeek.class);
  }

  LocalDate date(JsonNode node, String path) {
    return parse(node, path, "an ISO date such as 2023-09-01", LocalDate::parse);
  }

  LocalTime time(JsonNode node, String path) {
    return parse(node, path, "an ISO time such as 12:00", LocalTime::parse);
  }

  LocalDateTime dateTime(JsonNode node, String path) {
    return parse(node, path, "an ISO date-time such as 2022-10-19T18:00", LocalDateTime::parse);
  }

  Period period(JsonNode node, String path) {
    return parse(node, path, "an ISO period such as P1Y", Period::parse);
  }

  private <T> T parse(
      JsonNode node, String path, String expected, java.util.function.Function<String, T> parser) {
    String text = string(node, path);
    if (text == null) {
      return null;
    }
    try {
      return parser.apply(text);
    } catch (DateTimeParseException e) {
      problem(path, "invalid value '" + text + "'; expected " + expected);
      return null;
    }
  }

  /** Reads an array; null when it or any element had a problem. */
  <T> List<T> list(JsonNode node, String path, BiFunction<JsonNode, String, T> element) {
    if (node == null || !node.isArray()) {
      problem(path, "expected an array, found " + kind(node));
      return null;
    }
    List<T> out = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < node.size(); i++) {
      T value = element.apply(node.get(i), path + "[" + i + "]");
      if (value == null) {
        ok = false;
      } else {
        out.add(value);
      }
    }
    return ok ? out : null;
  }

  /**
   * Builds a value once every part was read; a constructor's own check (for example a cross-field
   * rule) becomes a problem at {@code path}.
   */
  <T> T build(String path, Supplier<T> constructor, Object... parts) {
    for (Object part : parts) {
      if (part == null) {
        return null;
      }
    }
    try {
      return constructor.get();
    } catch (IllegalArgumentException e) {
      problem(path, e.getMessage());
      return null;
    }
  }

  static String kind(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    if (node.isNull()) {
      return "null";
    }
    if (node.isTextual()) {
      return "a string";
    }
    if (node.isNumber()) {
      return "a number";
    }
    if (node.isBoolean()) {
      return "a boolean";
    }
    if (node.isArray()) {
      return "an array";
    }
    return "an object";
  }
}

package org.kbbx.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.kbbx.core.mask.IdMask;
import org.kbbx.core.time.DateRange;

/**
 * The command's JSON output: ordered object nodes, printed indented, with every ID-like run
 * ({@link IdMask#maskIdLikeRuns}) masked by the library's one rule (R-ID-5): a resident ID or a
 * 学籍号 typed into any field never comes back in full.
 */
final class Json {

  static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static ObjectNode range(DateRange range) {
    ObjectNode node = object();
    node.put("first", range.first().toString());
    node.put("last", range.last().toString());
    return node;
  }

  static String text(JsonNode node) {
    try {
      return IdMask.maskIdLikeRuns(MAPPER.writeValueAsString(node));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static LocalDate date(String text, String option) {
    try {
      return LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new BadInputException(
          "Invalid value for " + option + " (expected an ISO date such as 2016-08-31): " + text);
    }
  }
}

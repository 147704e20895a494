package org.kbbx.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kbbx.idtesting.IdLikeTexts.leaks;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.idtesting.IdLikeTexts;

/**
 * The {@code kbbx} command, run in-process, never prints a resident ID or ID-like input given in
 * any field or argument, on standard output or standard error, valid or not (R-ID-5).
 *
 * <p>Each example runs the whole command, so the example count is capped below the project's
 * default; the seed stays the project's.
 */
class NoRawIdInCliProperties {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int EXAMPLES = Math.min(200, Integer.getInteger("QT_EXAMPLES", 200));
  private static Path dir;
  private static JsonNode scenario;

  @BeforeAll
  static void setUp() throws IOException {
    dir = Files.createTempDirectory("kbbx-r-id-5");
    try (InputStream in =
        NoRawIdInCliProperties.class.getResourceAsStream("/scenarios/xx_county_2023.json")) {
      scenario = MAPPER.readTree(in);
    }
  }

  @AfterAll
  static void tearDown() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.delete(file);
      }
    }
    Files.delete(dir);
  }

  /** A good scenario with {@code id} (a resident ID) and {@code like} (ID-like text) put where {@code where} says. */
  private static String scenarioWith(String id, String like, int where) {
    ObjectNode root = scenario.deepCopy();
    ObjectNode first = (ObjectNode) root.get("students").get(0);
    first.put("residentId", id);
    switch (where) {
      case 0 -> {} // only the resident ID
      case 1 -> { // the student key is ID-like (a 学籍号 G + ID), everywhere it is used
        String old = first.get("id").asText();
        first.put("id", like);
        for (String list : new String[] {"absences", "events"}) {
          for (JsonNode row : root.get(list)) {
            if (row.get("student").asText().equals(old)) {
              ((ObjectNode) row).put("student", like);
            }
          }
        }
      }
      case 2 -> ((ObjectNode) root.get("absences").get(0)).put("student", like);
      case 3 -> root.put(like, 1);
      case 4 -> root.put("profile", like);
      case 5 -> root.put("asOf", like);
      case 6 -> first.put("school", like);
      case 7 -> ((ObjectNode) root.get("events").get(0)).put("id", like);
      case 8 -> ((ObjectNode) root.get("events").get(1)).put("reason", like);
      case 9 -> first.put("birthDate", like);
      case 10 -> ((ArrayNode) first.get("groups")).add(like);
      case 11 -> { // a duplicate ID-like student key
        first.put("id", like);
        ((ObjectNode) root.get("students").get(1)).put("id", like);
      }
      default -> {}
    }
    String json = root.toString();
    return where == 12
        ? json.substring(0, json.indexOf(id) + id.length() + 1)
        : json; // cut: a syntax error
  }

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = KbbxCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new String[] {Integer.toString(code), out.toString(), err.toString()};
  }

  private static Path write(String json) {
    try {
      Path file = Files.createTempFile(dir, "scenario", ".json");
      Files.writeString(file, json, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertNoLeak(String[] run, String... given) {
    assertThat(run[0]).isIn("0", "1", "2");
    for (String text : new String[] {run[1], run[2]}) {
      assertThat(text).doesNotContain("\tat ");
      for (String g : given) {
        assertThat(leaks(text, g)).as("%s leaks %s", text, g).isFalse();
      }
    }
  }

  @Test
  @Tag("R-ID-5")
  void evaluateNeverPrintsAnIdFromAnyField() {
    qt().withExamples(EXAMPLES)
        .forAll(IdLikeTexts.ids(), IdLikeTexts.idLikeRuns(), integers().between(0, 12))
        .checkAssert((id, like, where) -> {
          Path file = write(scenarioWith(id, like, where));
          try {
            assertNoLeak(run("evaluate", file.toString()), id, like);
          } finally {
            file.toFile().delete();
          }
        });
  }

  @Test
  @Tag("R-ID-5")
  void everyCommandArgumentIsMaskedInErrors() {
    qt().withExamples(EXAMPLES)
        .forAll(IdLikeTexts.idLikeRuns(), integers().between(0, 7))
        .checkAssert((like, where) -> {
          String[] args = switch (where) {
            case 0 -> new String[] {"cohort", "--school-year", like};
            case 1 -> new String[] {"cohort", "--school-year", "2024", "--birth-date", like};
            case 2 -> new String[] {"cohort", "--school-year", "2024", "--profile", like};
            case 3 -> new String[] {"cohort", "--school-year", "2024", like};
            case 4 -> new String[] {"cohort", "--" + like};
            case 5 -> new String[] {"evaluate", dir.resolve(like + ".json").toString()};
            case 6 -> new String[] {like};
            default -> new String[] {"evaluate", "-", like};
          };
          assertNoLeak(run(args), like);
        });
  }
}

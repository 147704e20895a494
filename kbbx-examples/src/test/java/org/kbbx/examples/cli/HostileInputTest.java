package org.kbbx.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input to {@code kbbx evaluate}: every input ends with exit code 0, 1 or 2 and a message,
 * never a stack trace or an internal error (R-SM-2): Jackson's stream limits, dates the library
 * does not handle, files that are too large, endless, missing or not files at all.
 */
class HostileInputTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static Path dir;
  private static JsonNode scenario;

  @BeforeAll
  static void setUp() throws IOException {
    dir = Files.createTempDirectory("kbbx-hostile");
    try (InputStream in =
        HostileInputTest.class.getResourceAsStream("/scenarios/xx_county_2023.json")) {
      scenario = MAPPER.readTree(in);
    }
  }

  @AfterAll
  static void tearDown() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = KbbxCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  static Run evaluate(String json) throws IOException {
    Path file = Files.createTempFile(dir, "scenario", ".json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return run("evaluate", file.toString());
  }

  static String with(UnaryOperator<ObjectNode> change) {
    return change.apply(scenario.deepCopy()).toString();
  }

  static void assertHandled(Run run) {
    assertThat(run.code()).as(run.err()).isBetween(0, 2);
    assertThat(run.err())
        .doesNotContain("\tat ")
        .doesNotContain("Exception")
        .doesNotContain("cannot process this input");
  }

  static void assertBadInput(Run run, String expected) {
    assertHandled(run);
    assertThat(run.code()).as(run.err()).isEqualTo(KbbxCommand.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("evaluate: ").contains(expected);
  }

  static Stream<Arguments> tooLarge() {
    String deep = "[".repeat(1001) + "]".repeat(1001);
    String deeper = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);
    String longNumber = "1".repeat(1001);
    return Stream.of(
        Arguments.of("nested 1001 deep", deep),
        Arguments.of("nested 100000 deep", deeper),
        Arguments.of(
            "a 1001-digit grade",
            scenario.toString().replace("\"grade\":7", "\"grade\":" + longNumber)),
        Arguments.of("a 1001-digit top-level number", longNumber),
        Arguments.of("a 1001-digit decimal", "{\"asOf\":0." + longNumber + "}"),
        Arguments.of(
            "a 20M+1-character string", "{\"profile\":\"" + "x".repeat(20_000_001) + "\"}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tooLarge")
  @Tag("R-SM-2")
  void jacksonLimitsAreProblemsAtTheRoot(String what, String json) throws IOException {
    assertBadInput(evaluate(json), "evaluate: $: too large: ");
  }

  static Stream<Arguments> unsupportedDates() {
    return Stream.of(
        Arguments.of(
            "asOf", "1899-12-31", (UnaryOperator<ObjectNode>) n -> n.put("asOf", "1899-12-31")),
        Arguments.of(
            "asOf", "2300-01-01", (UnaryOperator<ObjectNode>) n -> n.put("asOf", "2300-01-01")),
        Arguments.of("asOf", "+999999999-12-31", (UnaryOperator<ObjectNode>)
            n -> n.put("asOf", "+999999999-12-31")),
        Arguments.of("asOf", "-999999999-01-01", (UnaryOperator<ObjectNode>)
            n -> n.put("asOf", "-999999999-01-01")),
        Arguments.of("absences[0].date", "+999999999-12-31", (UnaryOperator<ObjectNode>) n -> {
          ((ObjectNode) n.get("absences").get(0)).put("date", "+999999999-12-31");
          return n;
        }),
        Arguments.of("calendar.terms[0].end", "+999999999-12-31", (UnaryOperator<ObjectNode>) n -> {
          ((ObjectNode) n.get("calendar").get("terms").get(0)).put("end", "+999999999-12-31");
          return n;
        }),
        Arguments.of("students[1].birthDate", "-999999999-01-01", (UnaryOperator<ObjectNode>) n -> {
          ((ObjectNode) n.get("students").get(1)).put("birthDate", "-999999999-01-01");
          return n;
        }));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("unsupportedDates")
  @Tag("R-SM-2")
  void aDateTheLibraryDoesNotHandleIsAProblemNamingPathAndRange(
      String path, String date, UnaryOperator<ObjectNode> change) throws IOException {
    assertBadInput(
        evaluate(with(change)),
        "evaluate: " + path + ": date " + date
            + " is outside the supported dates 1900-09-01 - 2201-08-31");
  }

  @Test
  @Tag("R-SM-2")
  void theEdgesOfTheSupportedDatesAreEvaluated() throws IOException {
    for (String asOf : List.of("1900-09-01", "2201-08-31")) {
      Run run = evaluate(with(n -> n.put("asOf", asOf)));
      assertHandled(run);
      assertThat(run.code()).as(run.err()).isZero();
      assertThat(run.out()).contains("\"asOf\" : \"" + asOf + "\"");
    }
  }

  @Test
  @Tag("R-SM-2")
  void aFileLargerThanTheCapIsBadInputWithoutReadingIt() throws IOException {
    Path big = dir.resolve("big.json");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(EvaluateCommand.MAX_BYTES + 1L); // sparse: no disk, no memory beyond the cap
    }
    assertBadInput(run("evaluate", big.toString()), "is larger than " + EvaluateCommand.MAX_BYTES);
  }

  @Test
  @Tag("R-SM-2")
  void anEndlessFileStopsAtTheCap() {
    Path zero = Path.of("/dev/zero");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(zero), "no /dev/zero here");
    assertBadInput(run("evaluate", zero.toString()), "is larger than " + EvaluateCommand.MAX_BYTES);
  }

  static Stream<Arguments> otherHostileArguments() throws IOException {
    Path empty = Files.createTempFile(dir, "empty", ".json");
    Path notUtf8 = Files.createTempFile(dir, "latin1", ".json");
    Files.write(notUtf8, new byte[] {'{', '"', (byte) 0xE9, '"', ':', '1', '}'});
    List<Arguments> all = new ArrayList<>();
    for (String[] args : List.of(
        new String[] {"evaluate", dir.toString()},
        new String[] {"evaluate", dir.resolve("missing.json").toString()},
        new String[] {"evaluate", empty.toString()},
        new String[] {"evaluate", notUtf8.toString()},
        new String[] {"evaluate", "bad\u0000name"},
        new String[] {"evaluate", ""},
        new String[] {"evaluate"},
        new String[] {"evaluate", "a", "b"},
        new String[] {"evaluate", "--nope"},
        new String[] {"cohort", "--school-year", "99999"},
        new String[] {"cohort", "--school-year", "2023", "--birth-date", "+999999999-12-31x"},
        new String[] {"demo", "--students", "-1"},
        new String[] {"profile", "110105201505020020"},
        new String[] {"nope"})) {
      all.add(Arguments.of(String.join(" ", args), args));
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("otherHostileArguments")
  @Tag("R-SM-2")
  void otherHostileArgumentsEndWithAMessage(String shown, String[] args) {
    Run run = run(args);
    assertHandled(run);
    assertThat(run.err()).isNotBlank();
  }
}

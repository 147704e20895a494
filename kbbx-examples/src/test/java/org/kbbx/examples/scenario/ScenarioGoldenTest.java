package org.kbbx.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kbbx.examples.cli.KbbxCommand;
import org.kbbx.rules.profile.Profiles;

/**
 * Golden files for {@code kbbx evaluate}: each {@code scenarios/NAME.json} must give exactly
 * {@code scenarios/NAME.expected.json}; each {@code scenarios/bad/NAME.json} must exit 1 with
 * nothing on standard output and exactly {@code scenarios/bad/NAME.expected.txt} on standard error.
 * There is one good scenario per built-in profile (checked by {@link #oneScenarioPerProfile}).
 *
 * <p>After a deliberate change, regenerate with {@code -Dkbbx.golden.update=true} and review the
 * diff.
 */
class ScenarioGoldenTest {

  private static final boolean UPDATE = Boolean.getBoolean("kbbx.golden.update");
  private static final Path DIR = Path.of("src/test/resources/scenarios");

  static Stream<String> good() {
    return names(DIR);
  }

  static Stream<String> bad() {
    return names(DIR.resolve("bad"));
  }

  private static Stream<String> names(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json") && !n.endsWith(".expected.json"))
          .map(n -> n.substring(0, n.length() - ".json".length()))
          .sorted()
          .toList()
          .stream();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @org.junit.jupiter.api.Test
  void oneScenarioPerProfile() {
    for (String id : Profiles.builtIn().ids()) {
      assertThat(DIR.resolve(id.toLowerCase(java.util.Locale.ROOT) + ".json")).exists();
    }
  }

  @ParameterizedTest
  @MethodSource("good")
  void goodScenarioGivesItsGoldenResult(String name) throws IOException {
    String[] run = run(DIR.resolve(name + ".json"));
    assertThat(run[0]).as(run[2]).isEqualTo("0");
    Path expected = DIR.resolve(name + ".expected.json");
    if (UPDATE) {
      Files.writeString(expected, run[1], StandardCharsets.UTF_8);
    }
    assertThat(run[1]).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    assertThat(run[2]).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("bad")
  void badScenarioListsEveryProblemAndPrintsNothing(String name) throws IOException {
    String[] run = run(DIR.resolve("bad").resolve(name + ".json"));
    assertThat(run[0]).isEqualTo("1");
    assertThat(run[1]).isEmpty();
    Path expected = DIR.resolve("bad").resolve(name + ".expected.txt");
    if (UPDATE) {
      Files.writeString(expected, run[2], StandardCharsets.UTF_8);
    }
    assertThat(run[2]).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @MethodSource("good")
  void standardInputGivesTheSameResultAsTheFile(String name) throws IOException {
    InputStream previous = System.in;
    try (InputStream in = Files.newInputStream(DIR.resolve(name + ".json"))) {
      System.setIn(in);
      StringWriter out = new StringWriter();
      int code = KbbxCommand.execute(
          new String[] {"evaluate", "-"},
          new PrintWriter(out),
          new PrintWriter(new StringWriter()));
      assertThat(code).isZero();
      assertThat(out.toString()).isEqualTo(run(DIR.resolve(name + ".json"))[1]);
    } finally {
      System.setIn(previous);
    }
  }

  /** Returns exit code, stdout and stderr of {@code kbbx evaluate FILE}. */
  static String[] run(Path file) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = KbbxCommand.execute(
        new String[] {"evaluate", file.toString()}, new PrintWriter(out), new PrintWriter(err));
    return new String[] {Integer.toString(code), out.toString(), err.toString()};
  }
}

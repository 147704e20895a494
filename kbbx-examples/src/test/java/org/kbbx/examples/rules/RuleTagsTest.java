package org.kbbx.examples.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The project's own list of rules, {@code docs/rules.md}, and the tests' JUnit tags agree: every
 * rule listed there is named by a test's tag (the project's one convention: a JUnit {@code @Tag}
 * with the rule's ID on the test method or class), and every rule tag names a listed rule. It reads
 * the repository's files, so it lives in kbbx-examples, the one module allowed to do I/O.
 */
class RuleTagsTest {

  /**
   * Rules no test proves yet, each with the reason. This set may only shrink: a rule that gains a
   * tagged test must leave it (the test below fails until it does), and nothing may be added
   * without saying why here.
   */
  private static final Map<String, String> KNOWN_GAPS = Map.of(
      "R-GRP-2",
      "key stage, periods and areas: only the synthetic county's generator uses them; no library"
          + " entry point applies them yet",
      "R-LED-3a",
      "reporting cadence: the national duties give the school's monthly report and the county's"
          + " quarterly re-check (proved as R-OBL-5); the city's report each term and the"
          + " province's each year are not modelled");

  private static final Pattern RULE_ROW =
      Pattern.compile("^\\| \\*\\*(R-[A-Z]+-\\d+[a-z]?)\\*\\* \\|");
  private static final Pattern TAG = Pattern.compile("@Tag\\(\\s*\"(R-[^\"]*)\"\\s*\\)");

  private static Set<String> rules;
  private static Map<String, Set<String>> tags;

  @BeforeAll
  static void readTheRepository() throws IOException {
    Path root = repositoryRoot();
    rules = new TreeSet<>();
    for (String line : Files.readAllLines(root.resolve("docs/rules.md"), StandardCharsets.UTF_8)) {
      Matcher m = RULE_ROW.matcher(line);
      if (m.find()) {
        rules.add(m.group(1));
      }
    }
    tags = new TreeMap<>();
    try (Stream<Path> modules = Files.list(root)) {
      modules
          .map(module -> module.resolve("src/test/java"))
          .filter(Files::isDirectory)
          .forEach(tests -> collectTags(root, tests));
    }
  }

  private static void collectTags(Path root, Path tests) {
    try (Stream<Path> files = Files.walk(tests)) {
      files.filter(f -> f.toString().endsWith(".java")).forEach(file -> {
        try {
          for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String code = line.strip();
            if (code.startsWith("*") || code.startsWith("//") || code.startsWith("/*")) {
              continue; // a tag quoted in a comment tags nothing
            }
            Matcher m = TAG.matcher(code);
            while (m.find()) {
              tags.computeIfAbsent(m.group(1), k -> new TreeSet<>())
                  .add(root.relativize(file).toString());
            }
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The directory holding docs/rules.md: the module's parent when Maven runs the test. */
  private static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("docs/rules.md"))) {
      dir = dir.getParent();
    }
    assertThat(dir)
        .as("a directory above %s holding docs/rules.md", Path.of("").toAbsolutePath())
        .isNotNull();
    return dir;
  }

  @Test
  void theListAndTheTagsAreRead() {
    // Guards the two readers below: an empty parse would make them pass vacuously.
    assertThat(rules).hasSizeGreaterThan(80).contains("R-TIME-1", "R-LED-3a", "R-OBL-5");
    assertThat(tags).containsKeys("R-TIME-1", "R-SM-4", "R-ABS-2");
  }

  @Test
  void everyListedRuleIsNamedByATestsTag() {
    Set<String> untested = new TreeSet<>(rules);
    untested.removeAll(tags.keySet());
    untested.removeAll(KNOWN_GAPS.keySet());
    assertThat(untested)
        .as("rules of docs/rules.md that no test names with @Tag(\"R-...\")")
        .isEmpty();
  }

  @Test
  void everyRuleTagNamesAListedRule() {
    Map<String, Set<String>> unknown = new TreeMap<>(tags);
    unknown.keySet().removeAll(rules);
    assertThat(unknown)
        .as("@Tag values naming no rule of docs/rules.md, with their files")
        .isEmpty();
  }

  @Test
  void theKnownGapsOnlyShrink() {
    Set<String> nowTested = new TreeSet<>(KNOWN_GAPS.keySet());
    nowTested.retainAll(tags.keySet());
    assertThat(nowTested)
        .as("known gaps that a test now names: remove them from KNOWN_GAPS")
        .isEmpty();
    assertThat(rules)
        .as("every known gap is a rule of docs/rules.md")
        .containsAll(KNOWN_GAPS.keySet());
    assertThat(KNOWN_GAPS)
        .as("the known gaps, at most the seven of issue 16")
        .hasSizeLessThanOrEqualTo(2);
  }
}

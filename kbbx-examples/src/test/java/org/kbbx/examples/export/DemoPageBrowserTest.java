package org.kbbx.examples.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders the dashboard page in a real headless Chromium at phone and desktop widths: it must
 * render (a non-blank screenshot, the DOM with every chart) with no console message. Skips with a
 * message when no Chromium is installed: set {@code KBBX_CHROMIUM} or install the distribution's
 * {@code chromium} (with {@code fonts-noto-cjk} for the Chinese labels).
 */
class DemoPageBrowserTest {

  private static final List<String> CANDIDATES =
      List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");

  private static Optional<Path> chromium;
  private static Path page;

  @TempDir
  static Path dir;

  @BeforeAll
  static void writePage() throws IOException {
    chromium = find();
    page = dir.resolve("dashboard.html");
    Files.writeString(page, DemoPage.html(Books.HEZHANG), StandardCharsets.UTF_8);
  }

  static Optional<Path> find() {
    String env = System.getenv("KBBX_CHROMIUM");
    Stream<String> names = env == null || env.isBlank() ? CANDIDATES.stream() : Stream.of(env);
    return names.map(Path::of).filter(Files::isExecutable).findFirst();
  }

  private static List<String> command(int width, String... output) {
    List<String> cmd = new ArrayList<>(List.of(
        chromium.get().toString(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        "--enable-logging=stderr",
        "--v=0",
        "--user-data-dir=" + dir.resolve("profile-" + width + "-" + output[0].hashCode()),
        "--window-size=" + width + ",2400"));
    cmd.addAll(List.of(output));
    cmd.add(page.toUri().toString());
    return cmd;
  }

  private record Result(int code, String out, String err) {}

  private static Result run(List<String> command) throws IOException, InterruptedException {
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p = new ProcessBuilder(command)
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in 120 s: " + command);
    }
    return new Result(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /** The console lines Chromium logs for the page: errors, warnings, CSP violations. */
  private static List<String> consoleLines(String log) {
    return log.lines()
        .filter(l -> l.contains(":CONSOLE")
            || l.contains("Content Security Policy")
            || l.contains("Failed to load resource")
            || l.contains("Uncaught"))
        .toList();
  }

  @ParameterizedTest(name = "{0} px")
  @ValueSource(ints = {390, 1280})
  void rendersWithoutConsoleMessages(int width) throws Exception {
    assumeTrue(
        chromium.isPresent(),
        "No Chromium found (" + CANDIDATES + " or KBBX_CHROMIUM): the browser check of the"
            + " dashboard is skipped. Install it with `apt-get install chromium fonts-noto-cjk`.");
    Path png = dir.resolve("dashboard-" + width + ".png");
    Result shot = run(command(width, "--screenshot=" + png));
    assertThat(shot.code()).as(shot.err()).isZero();
    assertThat(consoleLines(shot.err())).isEmpty();
    assertThat(png).exists();
    // A blank 390 x 2400 page is about 12 KB; charts and text make it several times larger.
    assertThat(Files.size(png)).isGreaterThan(40_000);
    Result dom = run(command(width, "--dump-dom"));
    assertThat(dom.code()).as(dom.err()).isZero();
    assertThat(consoleLines(dom.err())).isEmpty();
    assertThat(dom.out())
        .contains("id=\"chart-PRIMARY_DROPOUT\"")
        .contains("id=\"chart-weeks\"")
        .contains("id=\"chart-cases\"")
        .contains("小学年辍学率");
  }
}

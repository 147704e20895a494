package org.kbbx.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kbbx demo --xlsx FILE --html FILE}: the files, and what the command refuses. */
class DemoFilesCommandTest {

  @TempDir
  Path dir;

  @Test
  void writesTheWorkbookAndThePageBesidesTheReport() throws Exception {
    Path xlsx = dir.resolve("county.xlsx");
    Path html = dir.resolve("county.html");
    KbbxCommandTest.Run run = KbbxCommandTest.run(
        "demo",
        "--students",
        "800",
        "--seed",
        "5",
        "--xlsx",
        xlsx.toString(),
        "--html",
        html.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("Population").contains("Students: 800");
    try (ZipFile zip = new ZipFile(xlsx.toFile())) {
      assertThat(zip.getEntry("xl/workbook.xml")).isNotNull();
    }
    assertThat(Files.readString(html, StandardCharsets.UTF_8))
        .startsWith("<!DOCTYPE html>")
        .contains("控辍保学");
    assertThat(dir.toFile().list()).containsExactlyInAnyOrder("county.xlsx", "county.html");
  }

  @Test
  void aFileThatCannotBeWrittenIsBadInputNamingTheOption() {
    Path nowhere = dir.resolve("no-such-dir").resolve("county.xlsx");
    KbbxCommandTest.Run run =
        KbbxCommandTest.run("demo", "--students", "100", "--xlsx", nowhere.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("--xlsx").contains("county.xlsx");
  }

  @Test
  void aCountyTooLargeForOneWorksheetIsBadInput() {
    KbbxCommandTest.Run run = KbbxCommandTest.run(
        "demo", "--students", "2000000", "--html", dir.resolve("x.html").toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("--students").contains("1000000");
    assertThat(dir.toFile().list()).isEmpty();
  }

  @Test
  @Tag("R-ID-5")
  void fullIdentifiersOnlyWithTheExplicitFlag() {
    KbbxCommandTest.Run help = KbbxCommandTest.run("demo", "--help");
    assertThat(help.out()).contains("--unmasked-ids").contains("masked");
  }
}

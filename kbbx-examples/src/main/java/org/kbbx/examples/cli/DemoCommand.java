package org.kbbx.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kbbx.examples.demo.CountyRun;
import org.kbbx.examples.demo.DemoBook;
import org.kbbx.examples.demo.DemoReport;
import org.kbbx.examples.demo.DemoText;
import org.kbbx.examples.demo.Progress;
import org.kbbx.examples.export.DemoPage;
import org.kbbx.examples.export.DemoWorkbook;
import org.kbbx.examples.export.Ids;
import org.kbbx.testkit.county.CountySpec;
import org.kbbx.testkit.county.SyntheticCounty;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kbbx demo}: a synthetic county run through the library, reported for a bureau chief.
 *
 * <p>This class is not thread-safe: picocli fills its fields.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Runs a synthetic county through kbbx and prints a bureau chief's report.",
      "The same --students and --seed always give the same county.",
      "Progress goes to standard error; the report (text, or JSON with --json)",
      "to standard output."
    })
public final class DemoCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(
      names = "--students",
      paramLabel = "N",
      defaultValue = "20000",
      description = "Number of students, 1 to 20000000 (default: ${DEFAULT-VALUE}).")
  int students;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "2024",
      description = "Seed: the same seed gives the same county (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--profile",
      paramLabel = "ID",
      defaultValue = "NATIONAL",
      description = "Jurisdiction profile id (default: ${DEFAULT-VALUE}); see `kbbx profiles`.")
  String profile;

  @Option(names = "--json", description = "Print the report as JSON instead of text.")
  boolean json;

  @Option(
      names = "--xlsx",
      paramLabel = "FILE",
      description = "Also write the registers, ledger, tables and rates as an Excel workbook.")
  Path xlsx;

  @Option(
      names = "--html",
      paramLabel = "FILE",
      description = "Also write a self-contained dashboard page with charts (no network).")
  Path html;

  @Option(
      names = "--unmasked-ids",
      description =
          "Show full resident IDs and student numbers in the --xlsx workbook"
              + " (default: masked; the --html page shows no child). Handle the file as children's data.")
  boolean unmaskedIds;

  /** The most students a county may have when --xlsx or --html is asked for. */
  static final int MAX_FILE_STUDENTS = 1_000_000;

  /** Creates the command; picocli calls this. */
  public DemoCommand() {}

  @Override
  public Integer call() {
    if (students < 1 || students > CountySpec.MAX_STUDENTS) {
      throw new BadInputException("Invalid value for --students (valid values 1 - "
          + CountySpec.MAX_STUDENTS + "): " + students);
    }
    boolean files = xlsx != null || html != null;
    if (files && students > MAX_FILE_STUDENTS) {
      throw new BadInputException("Invalid value for --students with --xlsx or --html (valid values"
          + " 1 - " + MAX_FILE_STUDENTS + ", the rows of one worksheet): " + students);
    }
    PrintWriter err = spec.commandLine().getErr();
    SyntheticCounty county = SyntheticCounty.generate(
        CountySpec.builder().students(students).seed(seed).build());
    CountyRun run = CountyRun.of(county, profile).getOrElseThrow(BadInputException::new);
    DemoReport report;
    if (files) {
      DemoBook book = run.book(Progress.to(err));
      report = book.report();
      Ids ids = new Ids(unmaskedIds);
      if (xlsx != null) {
        DemoFiles.write(xlsx, "--xlsx", out -> DemoWorkbook.write(book, ids, out));
      }
      if (html != null) {
        DemoFiles.write(
            html, "--html", out -> out.write(DemoPage.html(book).getBytes(StandardCharsets.UTF_8)));
      }
    } else {
      report = run.run(Progress.to(err));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(DemoText.json(report));
    } else {
      out.print(DemoText.text(report));
    }
    out.flush();
    return KbbxCommand.OK;
  }
}

package org.kbbx.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.kbbx.examples.demo.CountyRun;
import org.kbbx.examples.demo.DemoReport;
import org.kbbx.examples.demo.DemoText;
import org.kbbx.examples.demo.Progress;
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

  /** Creates the command; picocli calls this. */
  public DemoCommand() {}

  @Override
  public Integer call() {
    if (students < 1 || students > CountySpec.MAX_STUDENTS) {
      throw new BadInputException("Invalid value for --students (valid values 1 - "
          + CountySpec.MAX_STUDENTS + "): " + students);
    }
    PrintWriter err = spec.commandLine().getErr();
    SyntheticCounty county = SyntheticCounty.generate(
        CountySpec.builder().students(students).seed(seed).build());
    DemoReport report =
        CountyRun.of(county, profile).getOrElseThrow(BadInputException::new).run(Progress.to(err));
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

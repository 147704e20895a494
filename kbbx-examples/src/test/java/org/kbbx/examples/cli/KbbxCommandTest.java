package org.kbbx.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class KbbxCommandTest {

  /** The result of one run: exit code, stdout, stderr. */
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = KbbxCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"demo"})
  void everySubcommandHasHelp(String subcommand) {
    Run run = run(subcommand, "--help");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Usage: kbbx " + subcommand);
  }

  @Test
  void topLevelHelpListsTheExitCodes() {
    Run run = run("--help");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("demo").contains("Exit codes");
  }

  @Test
  void unknownOptionIsAUsageError() {
    Run run = run("demo", "--no-such-option");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("--no-such-option");
  }

  @Test
  void missingSubcommandIsAUsageError() {
    assertThat(run().code()).isEqualTo(2);
  }

  @Test
  void impossibleStudentCountIsBadInputNamingTheOption() {
    Run run = run("demo", "--students", "0");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("--students").contains("0");
  }

  @Test
  void demoPrintsTheReport() {
    Run run = run("demo", "--students", "3000", "--seed", "5");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Population").contains("Students: 3,000");
    assertThat(run.err()).contains("processing 3,000 students");
  }
}

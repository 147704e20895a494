package org.kbbx.examples.cli;

import java.io.PrintWriter;
import org.kbbx.core.mask.IdMask;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code kbbx} command; it only dispatches to its subcommands.
 *
 * <p>This class is not thread-safe: picocli fills its fields.
 */
@Command(
    name = "kbbx",
    mixinStandardHelpOptions = true,
    version = "kbbx 0.1.0-SNAPSHOT",
    description = "Compulsory-education dropout control (控辍保学) with the kbbx library.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:bad input (the message names the problem)", "2:usage error"},
    subcommands = {
      DemoCommand.class,
      EvaluateCommand.class,
      CohortCommand.class,
      ProfilesCommand.class,
      ProfileCommand.class,
      DiagramCommand.class,
      CommandLine.HelpCommand.class
    })
public final class KbbxCommand implements Runnable {

  /** Exit code for success. */
  public static final int OK = 0;
  /** Exit code for bad input. */
  public static final int BAD_INPUT = 1;
  /** Exit code for a usage error. */
  public static final int USAGE = 2;

  @Spec
  CommandSpec spec;

  /** Creates the command; picocli calls this. */
  public KbbxCommand() {}

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
  }

  /**
   * Runs the command line with the given streams and returns the exit code (0, 1 or 2).
   *
   * <p>Every problem and usage message goes through {@link #problemLine}, the one place the
   * command formats error text, so no ID-like text given in any field or argument is echoed
   * (R-ID-5).
   *
   * @param args the arguments
   * @param out where results go
   * @param err where messages and progress go
   * @return the exit code
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine line = new CommandLine(new KbbxCommand());
    line.setOut(out);
    line.setErr(err);
    line.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      if (ex instanceof BadInputException) {
        for (String problem : ((BadInputException) ex).problems()) {
          cmd.getErr().println(problemLine(cmd.getCommandName() + ": " + problem));
        }
        cmd.getErr().flush();
        return BAD_INPUT;
      }
      // A defect of the tool, not of the input: still one masked line and no stack trace, so
      // every input ends with exit code 0, 1 or 2 (R-SM-2).
      cmd.getErr()
          .println(problemLine(cmd.getCommandName() + ": cannot process this input ("
              + ex.getClass().getSimpleName() + ": " + ex.getMessage() + ")"));
      cmd.getErr().flush();
      return BAD_INPUT;
    });
    line.setParameterExceptionHandler((ex, arguments) -> {
      CommandLine cmd = ex.getCommandLine();
      PrintWriter problems = cmd.getErr();
      problems.println(problemLine(ex.getMessage()));
      if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, problems)) {
        cmd.usage(problems, cmd.getColorScheme());
      }
      problems.flush();
      return USAGE;
    });
    int code = line.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Returns a problem or usage message as printed: every ID-like run (15 or more digits and
   * letters, 14 or more of them digits) masked by the library's one rule,
   * {@link IdMask#maskIdLikeRuns} (R-ID-5).
   * Student ids are masked where the message is made ({@link IdMask#mask}), since only there is
   * it known which text is a student id.
   *
   * @param message the message, may be null
   * @return the message as printed
   */
  static String problemLine(String message) {
    return IdMask.maskIdLikeRuns(message);
  }
}

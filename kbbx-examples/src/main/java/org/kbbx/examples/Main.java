package org.kbbx.examples;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.PrintStream;
import java.time.LocalDate;
import org.kbbx.core.cohort.CohortPolicy;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.core.validation.Violation;

/**
 * The kbbx example program: prints the compulsory-age birth range and the expected-grade table
 * for a school year.
 *
 * <p>Usage: {@code kbbx [school-year]} where the school year is {@code 2024} or {@code 2024-2025};
 * without an argument, the school year containing today. A bad argument prints the problem to
 * standard error and exits with status 1.
 */
public final class Main {

  private static final String USAGE =
      "Usage: kbbx [school-year]   e.g. 2024 or 2024-2025 (default: the school year containing today)";

  private Main() {}

  /**
   * Runs the program with the system clock and standard streams.
   *
   * @param args at most one school year
   */
  public static void main(String[] args) {
    int status = run(args, LocalDate.now(), System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the program.
   *
   * @param args at most one school year
   * @param today the date whose school year is the default
   * @param out where the table goes
   * @param err where problems go
   * @return the exit status: 0 on success, 1 for a bad argument
   */
  static int run(String[] args, LocalDate today, PrintStream out, PrintStream err) {
    if (args.length > 1) {
      err.println("kbbx: expected at most one argument (a school year), found " + args.length);
      err.println(USAGE);
      return 1;
    }
    if (args.length == 1 && (args[0].equals("-h") || args[0].equals("--help"))) {
      out.println(USAGE);
      return 0;
    }
    Validation<Seq<Violation>, SchoolYear> year =
        args.length == 0 ? Validation.valid(SchoolYear.containing(today)) : SchoolYear.validate(args[0]);
    if (year.isInvalid()) {
      year.getError().forEach(problem -> err.println("kbbx: " + problem.message()));
      err.println(USAGE);
      return 1;
    }
    out.print(CohortTable.render(CohortPolicy.NATIONAL, year.get()));
    return 0;
  }
}

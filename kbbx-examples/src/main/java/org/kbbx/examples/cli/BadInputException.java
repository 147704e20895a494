package org.kbbx.examples.cli;

import java.util.List;

/**
 * Input the command cannot use: exit code 1, with every problem on standard error.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BadInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  /**
   * Creates the exception for one or more problems.
   *
   * @param problems each problem, naming what is wrong and where; not empty
   */
  public BadInputException(List<String> problems) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * Creates the exception for one problem.
   *
   * @param problem what is wrong and where
   */
  public BadInputException(String problem) {
    this(List.of(problem));
  }

  /**
   * Returns every problem found.
   *
   * @return the problems, not empty
   */
  public List<String> problems() {
    return problems;
  }
}

package org.kbbx.core.id;

import io.vavr.collection.Seq;
import java.util.EnumSet;
import java.util.Set;
import org.kbbx.core.mask.IdMask;

/**
 * Thrown by {@link ResidentId#parse} when the text is not a valid resident ID (R-ID-1); it lists
 * every failed check.
 *
 * <p>The message shows the text masked by {@link IdMask} and names each failed check by its
 * positions, never the characters (R-ID-5): {@code Invalid resident ID '522428********123X':
 * birth date (positions 7-14) is not a real calendar date}, several reasons joined by {@code ; }.
 * The exception does not keep the text.
 */
public final class InvalidResidentIdException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient Seq<ResidentIdProblem> problems;

  InvalidResidentIdException(String text, Seq<ResidentIdProblem> problems) {
    super(
        ResidentId.messagePrefix(text) + problems.map(ResidentIdProblem::reason).mkString("; "));
    this.problems = problems;
  }

  /** Returns every failed check with its reason, in the order of {@link ResidentIdCheck}. */
  public Seq<ResidentIdProblem> problems() {
    return problems;
  }

  /**
   * Returns the checks that failed.
   *
   * @return a new set the caller owns
   */
  public Set<ResidentIdCheck> failedChecks() {
    Set<ResidentIdCheck> checks = EnumSet.noneOf(ResidentIdCheck.class);
    problems.forEach(problem -> checks.add(problem.check()));
    return checks;
  }
}

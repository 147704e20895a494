package org.kbbx.core.validation;

import java.util.Objects;
import org.kbbx.core.mask.IdMask;

/**
 * One problem found in untrusted input: where it is and what is wrong.
 *
 * <p>Parsers of untrusted input return {@code Validation<Seq<Violation>, T>} and list every
 * problem, not only the first. The {@code path} locates the problem in the input, for example
 * {@code residentId}, {@code $.students[3].birthDate} or {@code row 17: id}; the {@code message}
 * says what was found and what was expected.
 *
 * <p>Both are kept free of identifiers (R-ID-5): every ID-like run in them (a resident ID or
 * 学籍号 copied from the input, valid or not) is masked by the one rule,
 * {@link IdMask#maskIdLikeRuns}, when the violation is made, so no parser can leak one by quoting
 * what it found.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param path where the problem is, never blank
 * @param message what is wrong, never blank
 */
public record Violation(String path, String message) {

  /** Creates a violation, masking every ID-like run in both parts; the message must be non-blank. */
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    if (message.isBlank()) {
      throw new IllegalArgumentException("Invalid violation message: must not be blank");
    }
    path = IdMask.maskIdLikeRuns(path);
    message = IdMask.maskIdLikeRuns(message);
  }

  /**
   * Returns a violation at {@code path}.
   *
   * @param path where the problem is
   * @param message what is wrong
   * @return the violation
   */
  public static Violation at(String path, String message) {
    return new Violation(path, message);
  }

  /**
   * Returns this violation with its path nested under {@code prefix}, as in {@code prefix.path}.
   *
   * @param prefix the enclosing path, for example {@code $.students[3]}
   * @return the re-rooted violation
   */
  public Violation under(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    if (path.isEmpty()) {
      return new Violation(prefix, message);
    }
    String separator = path.startsWith("[") ? "" : ".";
    return new Violation(prefix + separator + path, message);
  }

  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}

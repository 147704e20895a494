package org.kbbx.core.id;

import java.util.Objects;
import org.kbbx.core.mask.IdMask;
import org.kbbx.core.validation.Violation;

/**
 * One failed check of a resident ID (R-ID-1): which check, and why, for example
 * {@code DATE: birth date (positions 7-14) is not a real calendar date}.
 *
 * <p>The library's reasons name the check and the positions, never the characters found or
 * expected (R-ID-5): a mistyped ID is still a child's real number.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param check the failed check, not null
 * @param reason what is wrong, without the ID itself, not blank
 */
public record ResidentIdProblem(ResidentIdCheck check, String reason) {

  /** Creates a problem; both parts are required. */
  public ResidentIdProblem {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("Invalid resident ID problem reason: must not be blank");
    }
  }

  /**
   * Returns this problem as a violation at {@code path}, with the message
   * {@code Invalid resident ID '<text masked>': <reason>}; the text is masked by {@link IdMask}
   * (R-ID-5).
   *
   * @param path where the ID was found, for example {@code residentId} or {@code row 17: id}
   * @param text the text that was parsed, may be null
   * @return the violation
   */
  public Violation toViolation(String path, String text) {
    return Violation.at(path, ResidentId.messagePrefix(text) + reason);
  }
}

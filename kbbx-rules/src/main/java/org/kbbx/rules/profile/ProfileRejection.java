package org.kbbx.rules.profile;

import org.kbbx.core.Problem;
import org.kbbx.core.mask.IdMask;

/**
 * Why a profile query has no answer: a typed result with a stable code (R-SM-2).
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface ProfileRejection extends Problem {

  /** The stable codes of this family: a constant's name is the code (see {@link Problem}). */
  enum Code {
    /** See the record of this code. */
    PROFILE_UNKNOWN
  }

  /**
   * Returns the stable code, for example {@code PROFILE_UNKNOWN}.
   *
   * @return never null
   */
  @Override
  Code code();

  /**
   * No profile with this id.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param id the id asked for, possibly null
   */
  record UnknownProfile(String id) implements ProfileRejection {
    @Override
    public Code code() {
      return Code.PROFILE_UNKNOWN;
    }

    @Override
    public String message() {
      return "no profile with id " + (id == null ? "null" : IdMask.maskIdLikeRuns(id));
    }
  }
}

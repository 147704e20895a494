package org.kbbx.rules.profile;

/**
 * Why a profile query has no answer: a typed result with a stable code (R-SM-2).
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface ProfileRejection {

  /**
   * Returns the stable code, for example {@code PROFILE_UNKNOWN}.
   *
   * @return never null
   */
  String code();

  /**
   * No profile with this id.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param id the id asked for, possibly null
   */
  record UnknownProfile(String id) implements ProfileRejection {
    @Override
    public String code() {
      return "PROFILE_UNKNOWN";
    }
  }
}

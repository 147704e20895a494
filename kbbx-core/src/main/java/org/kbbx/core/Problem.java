package org.kbbx.core;

/**
 * The one contract of every rejection family (STYLE rule 16): a stable code and a message.
 *
 * <p>Each family is a sealed interface of records that extends this one and narrows
 * {@link #code()} to its own code enum (for example {@code Rejection.Code},
 * {@code CaseRejection.Code}); the constant's name is the stable code a caller may store or match
 * on. The message is for people: it says what was wrong and what was expected, and never contains
 * a full identifier (R-ID-5) — match on the code, never on the message.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Problem {

  /**
   * Returns the stable code: a constant of the family's code enum.
   *
   * @return never null
   */
  Enum<?> code();

  /**
   * Returns what was wrong, in words, for people (match on {@link #code()}).
   *
   * @return never null, free of full identifiers (R-ID-5)
   */
  String message();
}

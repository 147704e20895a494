/**
 * Identifiers of people: resident IDs (居民身份证号码, R-ID-1..3) and student record numbers
 * (学籍号, R-ID-4).
 *
 * <p>Choices where the domain text is silent:
 *
 * <ul>
 *   <li>A resident ID's first 6 digits must form a division code (non-zero province, no non-zero
 *       county under city {@code 00}); that check is reported as {@code ADDRESS_CODE}.
 *   <li>The birth date must be a real calendar date; its plausibility (not in the future, not
 *       before 1900) needs an as-of date and is left to the caller.
 *   <li>Text is not trimmed: surrounding spaces fail the length or character check, so the caller
 *       sees the raw input was dirty.
 *   <li>One masking rule for every identifier, {@link org.kbbx.core.id.IdMask} (R-ID-2, R-ID-5):
 *       keep at most the first 6 and the last 4 characters and hide at least 8, so an 18-character
 *       resident ID shows {@code 110105********002X}, a mistyped or old 15–17 character ID still
 *       hides where its birth date would be, and a key of 8 characters or fewer (such as a
 *       school's own student key {@code H1}) is hidden entirely. Short keys are hidden rather than
 *       shown because R-ID-5 forbids a full student id in any text and a partly shown short key
 *       would be the key.
 *   <li>{@code ResidentId}, {@code StudentId} and {@code StudentNumber} print masked in
 *       {@code toString()}; the full text comes only from their explicit {@code unmasked()}, which no
 *       library message calls. A 学籍号 often is {@code G} + the resident ID, so it is masked even
 *       when it looks opaque.
 *   <li>Messages about untrusted ID text (exceptions, violations, {@link
 *       org.kbbx.core.id.ResidentIdProblem}) show the text masked and name the failed check and its
 *       positions, never the characters found or expected: a mistyped ID is still a child's real
 *       number, and the expected check character would complete it.
 *   <li>A masked resident ID is never shown next to the birth date it encodes: the mask hides
 *       exactly positions 7–14, so the two together are the full number ({@link
 *       org.kbbx.core.id.BirthDateMismatch} names only the recorded date).
 *   <li>Free text that may carry IDs typed into other fields is cleaned with {@link
 *       org.kbbx.core.id.IdMask#maskIdLikeRuns}: every run of digits and ASCII letters at least 15
 *       characters long with at least 14 digits (an ID, an old 15-digit ID, {@code G} + ID, an ID
 *       mistyped with a letter) is masked by the same rule. Division codes (12 digits), school
 *       codes and dates are not ID-like; IDs written with separators ({@code 110105-1949...}) are
 *       not recognised.
 * </ul>
 */
package org.kbbx.core.id;

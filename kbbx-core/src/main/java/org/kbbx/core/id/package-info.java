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
 *   <li>One masking rule for every identifier, {@link org.kbbx.core.mask.IdMask} (R-ID-2,
 *       R-ID-5), documented in {@link org.kbbx.core.mask}: an 18-character resident ID shows as
 *       {@code 110105********002X}; a key of 8 characters or fewer is hidden entirely.
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
 *       org.kbbx.core.mask.IdMask#maskIdLikeRuns}.
 * </ul>
 */
package org.kbbx.core.id;

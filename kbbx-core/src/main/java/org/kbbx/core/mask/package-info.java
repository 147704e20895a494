/**
 * The one masking rule for identifiers (R-ID-2, R-ID-5): {@link org.kbbx.core.mask.IdMask}.
 *
 * <p>Every text the library shows about a resident ID, a student id or 学籍号 or ID-like input goes
 * through it: the identifier types' {@code toString()}, problem messages and violations
 * ({@link org.kbbx.core.validation.Violation} masks ID-like runs in every path and message it
 * holds), the reconciliation's rows and findings, the reporting JSON and the {@code kbbx} command.
 *
 * <p>Choices where docs/rules.md is silent:
 *
 * <ul>
 *   <li>R-ID-2 fixes the 18-character form (keep the first 6 and the last 4). For any length the
 *       rule keeps at most the first 6 and the last 4 characters and hides at least 8, so a
 *       mistyped or old 15–17 character ID still hides where its birth date would be, and a key of
 *       8 characters or fewer (a school's own student key such as {@code H1}) is hidden entirely:
 *       R-ID-5 forbids a full student id in any text, and a partly shown short key would be the
 *       key. The length stays visible (one {@code *} per hidden character), which helps find a
 *       too-short or too-long ID without showing it.
 *   <li>Characters are Unicode code points, so a surrogate pair is never cut in half.
 *   <li>An ID-like run in free text is a maximal sequence of digits and ASCII letters at least 15
 *       characters long with at least 14 digits: an ID, an old 15-digit ID, {@code G} + ID, an ID
 *       mistyped with a letter ({@code O} for {@code 0}) or glued to a name. Division codes (12
 *       digits), school codes (10) and dates are not ID-like; IDs written with separators
 *       ({@code 110105-19491231-002X}) are not recognised.
 *   <li>A masked resident ID is never shown next to the birth date it encodes: the mask hides
 *       exactly positions 7–14, so the two together are the full number.
 * </ul>
 */
package org.kbbx.core.mask;

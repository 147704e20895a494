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
 *   <li>Error messages quote the unmasked text the caller gave, as the example does; the
 *       value types themselves print masked.
 *   <li>A student number longer than 10 characters prints masked too, because the national number
 *       usually embeds the resident ID.
 * </ul>
 */
package org.kbbx.core.id;

/**
 * School years, terms, date ranges and school calendars (R-TIME-1..3).
 *
 * <p>Nothing here reads the system clock: every computation takes its reference date as an
 * argument (R-TIME-3).
 *
 * <p>Choices where the domain text is silent:
 *
 * <ul>
 *   <li>Counting follows {@code java.time}: {@code schoolDaysBetween(a, b)} counts {@code a} and not
 *       {@code b}, and is negative when {@code b} is before {@code a}.
 *   <li>{@code plusSchoolDays(d, n)} never counts {@code d} itself; beyond the calendar's last term
 *       (or before its first) the answer is empty, because the calendar does not know those days.
 *   <li>Make-up days (调休) outside every term are allowed and ignored, like holidays; a day listed
 *       both as a holiday and as a make-up day is rejected as contradictory.
 *   <li>A term lasts at most 366 days, which bounds the precomputed index (four bytes per term day).
 *   <li>A calendar without terms is valid and has no school days.
 * </ul>
 */
package org.kbbx.core.time;

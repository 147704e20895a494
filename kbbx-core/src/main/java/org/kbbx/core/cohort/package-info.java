/**
 * The compulsory-age cohort (适龄儿童少年): age for a school year, the compulsory birth range,
 * expected grade and age classes (R-AGE-1..6), all governed by one {@link
 * org.kbbx.core.cohort.CohortPolicy} value.
 *
 * <p>Choices where the domain text is silent:
 *
 * <ul>
 *   <li>The compulsory ages run from the entry age to the last compulsory age; a policy that
 *       starts school at 7 therefore counts 7-year-olds as the youngest compulsory cohort. The last
 *       compulsory age must leave room for nine grades ({@code entryAge + 8} or more).
 *   <li>Besides 02-29, a cut-off of 03-01 is rejected: its reference day is 02-28 in common years
 *       and 02-29 in leap years, so with full years per {@code java.time.Period} a child born on
 *       02-29 would skip an age. Every other cut-off gives each birth date exactly one more year of
 *       age per school year, which is what makes the birth ranges tile.
 *   <li>Over-age (超龄) means older than the grade's expected age by one year or more; the signed
 *       difference is available for stricter readings (UNESCO uses two years).
 *   <li>A child born after the reference day has a negative age and is below age.
 * </ul>
 */
package org.kbbx.core.cohort;

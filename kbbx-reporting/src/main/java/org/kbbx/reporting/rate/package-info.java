/**
 * Rates per docs/rules.md §8, computed from counts that merge (R-RATE-2, R-RATE-4, R-RATE-10 to
 * R-RATE-20). The entry point from timelines and a profile is {@link
 * org.kbbx.reporting.rate.ProfileRates}; {@link org.kbbx.reporting.rate.RateHistory} gives the same
 * one streamed student at a time, and {@link org.kbbx.reporting.rate.RateTable} is what a bureau
 * reports: the county and each township, each rate with the profile's due targets checked.
 *
 * <p>Flow: each child's facts for a school year ({@link org.kbbx.reporting.rate.StudentYear}) give
 * a {@link org.kbbx.reporting.rate.Contribution}; contributions add into a {@link
 * org.kbbx.reporting.rate.CountsTable} per school and per household division ({@link
 * org.kbbx.reporting.rate.UnitCounts}), which roll up to any division level; the rate classes
 * ({@link org.kbbx.reporting.rate.DropoutRates}, {@link org.kbbx.reporting.rate.FlowResidual},
 * {@link org.kbbx.reporting.rate.ConsolidationRates}, {@link
 * org.kbbx.reporting.rate.EnrolmentRates}, {@link org.kbbx.reporting.rate.UisIndicators}, {@link
 * org.kbbx.reporting.rate.ReconstructedCohort}) read a {@link org.kbbx.reporting.rate.Slice} of a
 * table. Aggregates hold counters, never students.
 *
 * <p>Choices where docs/rules.md is silent:
 *
 * <ul>
 *   <li>Enrolment-side counts are kept under the record school (学籍所在校), so a borrowed student
 *       (借读) counts at the school holding the record.
 *   <li>Population-side counts (enrolment rates, NER, out-of-school) are kept under the household's
 *       division and read by expected grade (R-AGE-3); numerator and denominator are the same
 *       resident children. GER and junior gross enrolment divide a unit's school enrolment by its
 *       resident population.
 *   <li>Children who completed compulsory education count as enrolled in the compulsory-age
 *       enrolment rate and as not out of school (seed 003: 初中已毕业 is not 失学).
 *   <li>{@code FLOW_RESIDUAL} floors the residual at 0 per reported row (school × grade × sex),
 *       before rows are added, so flow counts are additive like registry counts.
 *   <li>Consolidation intake is {@code INTAKE} (R-RATE-16): the first enrolment in grade 1 dated
 *       from the year's census date to the day before the next, at the school entered. Junior
 *       intake is the first entry into the first junior grade: by enrolment in that window, or by
 *       小升初 or promotion dated after the previous census date and on or before this one — the
 *       year after the primary completion it follows, so a 小升初 dated in the summer holidays
 *       enters the cohort of the coming year.
 *   <li>Primary completion of Y (R-RATE-17) is a 小升初 or a promotion out of the last primary
 *       grade dated after Y's census date and on or before the next one (promotions are recorded
 *       on the first day of the new year), counted at the school the pupil left, in the grade
 *       system of that school. Until the next census date the rate is {@code Pending}.
 *   <li>Counts are kept by the grade system of the school (enrolment side) or of the household's
 *       jurisdiction (population side), R-RATE-18; a rate by level adds the levels of each system,
 *       a consolidation rate adds each system's completers and its own intake years.
 *   <li>A target "by" a calendar year is due from the school year ending in that year; targets
 *       without a year are always due (R-RATE-20). {@link org.kbbx.reporting.rate.ProfileRates}
 *       reads the years before the school year only as far back as the timelines' first event.
 *   <li>Survival by the reconstructed-cohort method lets repeaters repeat without limit (the
 *       geometric-series limit of the UIS simulation), exactly.
 *   <li>Sex and priority group are kept per row but not crossed with each other.
 *   <li>Students given as columns ({@link org.kbbx.reporting.rate.StatusColumns}) are counted by
 *       the same classification as value objects; a status's grade system is that of its school,
 *       and completion and intake are read from the four statuses (no events). A school listed in
 *       the columns but missing from the directory rejects the whole batch (nothing is added),
 *       where a value-object student is rejected alone: a directory without one of the county's
 *       schools is a setup error, not a student's.
 * </ul>
 */
package org.kbbx.reporting.rate;

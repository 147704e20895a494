/**
 * Rates per docs/rules.md §8a, computed from counts that merge (R-RATE-2, R-RATE-4, R-RATE-10 to
 * R-RATE-14).
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
 *   <li>Consolidation intake is the intake grade's enrolment minus its repeaters (new entrants).
 *   <li>Survival by the reconstructed-cohort method lets repeaters repeat without limit (the
 *       geometric-series limit of the UIS simulation), exactly.
 *   <li>Sex and priority group are kept per row but not crossed with each other.
 * </ul>
 */
package org.kbbx.reporting.rate;

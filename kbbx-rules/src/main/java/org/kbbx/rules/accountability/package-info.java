/**
 * Accountability (R-RC-9, R-RC-16, R-RC-17): which of a profile's accountability rules fire for a school year, given
 * units' rates, targets, priority-group dropouts and findings, each with its evidence.
 *
 * <p>Choices where docs/rules.md is silent:
 *
 * <ul>
 *   <li>"Over target" (超标) means a level's rate misses its target (R-RATE-3); an undefined rate
 *       is never over. "Consecutive school years" need a result for each year: a missing year
 *       breaks the run.
 *   <li>The interview rule judges townships only, the pay-forfeit rule schools only; the one-vote
 *       veto judges any unit given.
 *   <li>责令检查 and 通报批评 (R-RC-17) judge townships, schools and persons ({@link
 *       org.kbbx.rules.accountability.AccountableUnit.Holder}), never the county: the county bureau
 *       is the one issuing them. They count {@link org.kbbx.rules.accountability.UnitFailure}s of
 *       the rule's causes; for {@code PRIORITY_CHILD_DROPOUT} also each named dropout of a
 *       registered-poor or monitored child ({@link org.kbbx.rules.accountability.StudentDropout})
 *       and, beyond the named ones, the counted dropouts of those groups ({@code dropoutsByGroup},
 *       at least the larger group's count, so a child in both groups is not counted twice);
 *       the coverage-finding lines only when the rule lists {@code COVERAGE_FINDING}. A rule written
 *       without causes (Java or JSON) means seed 002's four causes. The caller charges a failure to
 *       whom it belongs (a late weekly report to the school that owes it, an overdue step to the
 *       seat that acts on it); kbbx does not guess.
 *   <li>The veto's count is the larger of the group's counted dropouts and the named children of
 *       the group, so giving both never double-counts; the evidence names the children through
 *       {@code StudentId.toString()}, masked (R-ID-5, R-RC-16).
 *   <li>Units print by name (R-RC-11) where they have one: {@code township 熨斗镇 (500227104000)},
 *       {@code school 马道中学 (S1)}, a person by the seat's label ({@code 师长@马道中学/张老师}); by the
 *       code alone otherwise. {@code FindingsByUnit} names the units it charges, and {@code
 *       AccountabilityEvaluation.evaluate(…, organisation)} names the caller's own units; a name
 *       never changes which unit a result belongs to. Children stay masked in every line.
 *   <li>Coverage findings are charged as before; a village surveyed by several schools goes to its
 *       township, a relief responsible person's finding to the county.
 * </ul>
 */
package org.kbbx.rules.accountability;

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
 *       veto and the findings rules judge any unit given.
 * </ul>
 */
package org.kbbx.rules.accountability;

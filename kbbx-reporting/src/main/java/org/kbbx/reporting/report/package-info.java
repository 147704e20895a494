/**
 * Ledgers and reports a county bureau sends up (R-LED-1, R-LED-3..7): the school-age population
 * ledger and its village table, the screening warning list, weekly reports, term-start check
 * findings, the home-education visit report, and {@link org.kbbx.reporting.report.CountyReport}
 * that bundles them. Every report is an immutable value; JSON lives in
 * {@code org.kbbx.json.report}.
 *
 * <p>Choices where docs/rules.md is silent:
 * <ul>
 *   <li>Village table: children whose village is missing or not among the villages given go to a
 *       "village unknown" row (shown only when not empty); a child with no known state is "not
 *       verified"; aged-out children count as out of school; suspected dropouts have their own
 *       column, apart from 失学辍学.
 *   <li>Risk weights: a jurisdiction profile carries them ({@code screeningWeights},
 *       {@link org.kbbx.rules.profile.ScreeningWeights}); no seed gives numbers, so
 *       {@link org.kbbx.rules.profile.ScreeningWeights#national()} is the {@code NATIONAL} profile's
 *       kbbx defaults; each priority group contributes once.
 *   <li>Weekly report: watched children are those in the registered-poor or monitored groups with
 *       a known state at the end of the week (Monday to Sunday); a zero report is one with no
 *       suspected or dropped-out child and no change during the week.
 *   <li>Deadlines: a submission is on time strictly before {@code dueBefore}; the first submission
 *       counts; "within N days of term start" is on time through {@code termStart + N days}.
 *   <li>Home education: only full weeks inside the placement and ended by the as-of date are
 *       judged.
 *   <li>Deadlines and cadences come from kbbx-rules obligations when a profile is at hand:
 *       {@code WeeklyDue.from(WeeklyReportRule)}, {@code TermStartCheck.findings(Role, ...)} with
 *       the profile's term-start tasks, and {@code ObligationRules.homeEducationVisitsPerWeek()}
 *       as the visit requirement; every check also accepts plain dates and periods.
 * </ul>
 */
package org.kbbx.reporting.report;

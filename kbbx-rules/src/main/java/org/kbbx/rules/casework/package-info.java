/**
 * The return-persuasion case (劝返复学, 一生一案): one case per student, a table-driven state
 * machine that moves forward one step at a time or ends (R-CASE-1..4).
 *
 * <p>Choices where docs/rules.md is silent:
 *
 * <ul>
 *   <li>A step's deadline counts from the case's previous event (or its opening). The NATIONAL
 *       defaults (no seed gives numbers): contact 1 school day (seed 002 "及时联系"), hand-over 10,
 *       return notice 5, bureau report 5, government escalation 10, order to correct 10, urge
 *       notice 15 school days; legal action has no deadline.
 *   <li>A non-resident student (a household-registration county is given) must be handed over
 *       right after the contact, before the return notice (R-CASE-3); a resident never is.
 *   <li>Every step needs its own kind of evidence ({@link org.kbbx.rules.casework.CaseStep#evidence()}),
 *       a return needs a return record, an exclusion needs evidence the profile accepts for its
 *       reason (R-ABS-5).
 *   <li>Events must not be dated before the case's latest event; such an event is rejected and
 *       kept in the case's rejected list.
 * </ul>
 */
package org.kbbx.rules.casework;

/**
 * The return-persuasion case (劝返复学, 一生一案): one case per student, a table-driven state
 * machine that moves forward one step at a time or ends (R-CASE-1..4).
 */
package org.kbbx.rules.casework;

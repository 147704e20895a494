/**
 * Who acts (R-RC-6): for a student and a return-persuasion step or an absence alert, the seats that
 * must act and be told, and the first and direct responsible persons (R-RC-7).
 *
 * <p>Choices where docs/rules.md is silent, fixed in {@link org.kbbx.rules.routing.RoutingTable#standard()}:
 *
 * <ul>
 *   <li>The education line leads the school-side steps (contact, notice, report to the bureau) and
 *       every absence alert; the government line leads from the government escalation on.
 *   <li>{@code ORDER_TO_CORRECT} and {@code URGE_NOTICE} are the township government's (seed 000:
 *       由当地乡(镇)政府或县教育局给予教育,责令限期改正; 依法下达相关司法文书); {@code LEGAL_ACTION} is the
 *       county government's.
 *   <li>The teacher of a student is the guarantor teacher (包保教师); without one, the principal stands
 *       in. A vacant seat passes its duty to the next held seat up its line, and the route says so.
 * </ul>
 */
package org.kbbx.rules.routing;

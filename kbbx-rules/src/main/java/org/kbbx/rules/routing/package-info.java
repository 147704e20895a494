/**
 * Who acts (R-RC-6, R-RC-10, R-RC-14, R-RC-15): for a student and an absence alert or a
 * return-persuasion step, the seats that must act and be told, and the first and direct
 * responsible persons (R-RC-7).
 *
 * <p>The entry point is {@link org.kbbx.rules.routing.WhoActs#route}: a profile's routing table
 * (the profile setting {@code routing}, {@code EffectiveProfile.routing()}), the organisation if
 * the caller has one, the student and a {@link org.kbbx.rules.routing.RouteKey}.
 *
 * <p>Choices where docs/rules.md is silent, fixed in {@link org.kbbx.rules.routing.RoutingTable#national()}
 * (the {@code NATIONAL} default every built-in profile inherits, except the one row
 * {@code HEZHANG_2018} overrides):
 *
 * <ul>
 *   <li>The education line leads the school-side steps (contact, notice, report to the bureau) and
 *       every absence alert; the government line leads from the government escalation on.
 *   <li>{@code ORDER_TO_CORRECT} and {@code URGE_NOTICE} are the township government's (seed 000:
 *       由当地乡(镇)政府或县教育局给予教育,责令限期改正; 依法下达相关司法文书); {@code LEGAL_ACTION} is the
 *       county government's. Case events record the first acting role of a step's row
 *       ({@link org.kbbx.rules.routing.RoutingTable#usualActor}) when the caller names no other:
 *       there is no second table of "usual actors".
 *   <li>The teacher (师长) of a student is the class teacher (班主任, R-RC-10). The guarantor
 *       (包保责任人) is a routing role of its own: {@code NATIONAL} tells the guarantor wherever it names
 *       the teacher, so a guarantee adds a person and never replaces the class teacher; a student
 *       without a guarantor simply has no such party. A profile may route the guarantor to "acts".
 *   <li>A vacant seat passes its duty to the next held seat up its line: class teacher and school
 *       leader → principal → bureau director; education centre director, bureau leader and section
 *       → bureau director; village director → township head → county head. Only the class teacher
 *       of a student stands in for nobody's guarantor: a missing guarantor is not a vacancy.
 *   <li>A body (学校, 乡镇人民政府, 乡镇教管中心 …) answers through its head's seat: the township
 *       government of the student's household, the education centre of the school's township.
 *       Bodies with no seat in a county organisation (city bureau, household-registration county's
 *       bureau, the supervision office 督导室) are listed without a seat.
 *   <li>Parties are counted once: a person holding two named seats, or a stand-in also named in its
 *       own right, acts once (the first row entry is kept); whoever acts is dropped from "told".
 *   <li>The parent (家长) of a student is the guardian's household seat when the organisation names a
 *       guardian (R-RC-11), so a guardian of two children is one party; otherwise the student's own
 *       parent seat. A class-teacher seat declared vacant ({@code OrganisationBuilder.vacate},
 *       R-RC-15) routes to the principal as a stand-in, listed once and not told of its own act.
 *   <li>Without the organisation the route names the rows' roles only, each once; the student is
 *       then not checked.
 * </ul>
 */
package org.kbbx.rules.routing;

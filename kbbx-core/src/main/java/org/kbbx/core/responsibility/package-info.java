/**
 * The responsibility chain (R-RC-1 … R-RC-16): the seven heads (七长负责制), the two lines (双线),
 * responsibility letters (责任书), guarantee assignments (包保), coverage, chains and visibility.
 *
 * <p>Choices where docs/rules.md is silent:
 *
 * <ul>
 *   <li>Guarantee caps bound the number of wards from above; the coverage check reports a
 *       guarantor over the maximum and by how much, never one under the minimum (the minimum is
 *       the profile's expectation, kept as data).
 *   <li>{@link org.kbbx.core.responsibility.PositionHolding#ONE_HEAD_POSITION} limits a person to
 *       one <em>leading</em> position; teaching and guaranteeing combine freely with it.
 *   <li>An accountability threshold is an exact {@link org.kbbx.core.rate.Fraction};
 *       "exceeds" is strictly greater, and an undefined rate (zero enrolment) exceeds nothing.
 *   <li>{@link org.kbbx.core.responsibility.Role} is the one vocabulary of seats (R-RC-14): the
 *       seven heads and the other seats a person holds, and the bodies (学校, 乡镇人民政府, 县教育局,
 *       督导室 …) that policy texts name as acting or receiving reports, one enum with a
 *       {@link org.kbbx.core.responsibility.Role.Kind}; a body answers through its head's seat.
 *   <li>Each student has at most one class teacher (班主任, R-RC-10), who holds a teacher seat of
 *       the school the student attends; naming a teacher of another school, or two class teachers,
 *       is a build violation. A student without one is a coverage finding
 *       ({@code CLASS_TEACHER_VACANT}) naming the school, never a build failure. The education
 *       line's teacher level, the teacher → parent letter (needed for every child at school) and
 *       the teacher's visibility follow the class teacher; a guarantor (包保) adds visibility, and a
 *       letter from the guarantor is accepted too.
 *   <li>The education centre director's seat is on the chain of every township that has a school
 *       (R-RC-12, R-RC-15): vacant, it is a broken link; a county-run school has no centre.
 *   <li>A guardian is a person (R-RC-11): {@code guardian(person, child)} puts the children of one
 *       guardian on one household seat ({@link org.kbbx.core.responsibility.Position#guardian});
 *       a child with no guardian named keeps its own parent seat. Letters to the household are one
 *       per household and link: the village director of the household's first child signs, and a
 *       teacher → parent letter from the class teacher or guarantor of any of its children counts.
 *   <li>Names are optional data (R-RC-11): {@code Organisation.describe} and {@code label} print a
 *       name where one was given and the code otherwise; a parent's seat is printed by its role
 *       (and a guardian's name), never by a student id. A community (社区) is a village-level unit
 *       of its own kind whose director prints as 社区居委会主任; the rules treat it as a village.
 *   <li>{@code vacate(seat)} (R-RC-15) declares any seat vacant in one call and supersedes an
 *       appointment to it; a vacated teacher seat keeps its class and guarantees, so its students'
 *       chains show the teacher level vacant and the principal stands in; coverage names the seat
 *       once as a broken link (not once per child). A class teacher never named stays the
 *       per-student {@code CLASS_TEACHER_VACANT} finding.
 *   <li>Survey assignments (R-RC-13) are data: a village with none or several schools is a coverage
 *       finding naming the village and the schools; {@code surveySchool} answers only when exactly
 *       one school is assigned.
 *   <li>Guarantors who are not teachers (R-RC-16: 帮扶责任人, 村级控辍信息管理员) add a guarantor and
 *       visibility of their wards; they never satisfy R-RC-5's "teacher guarantor" and are not the
 *       routing role {@code GUARANTOR} (which stays the teacher who guarantees the student). A
 *       village officer guarantees only children whose household is in the officer's village.
 *   <li>The education centre (R-RC-12) sits between the bureau and its township's schools in
 *       visibility and subordinates, answers for reports through its director in routing, and its
 *       vacant director is a broken link; the chain of {@link org.kbbx.core.responsibility.Line}
 *       stays four levels, because the letters of both seeds run bureau → principal (seed 000
 *       教育局与学校, seed 004 局长对校长) and no seed has a letter to or from the centre.
 * </ul>
 */
package org.kbbx.core.responsibility;

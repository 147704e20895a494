/**
 * The responsibility chain (R-RC-1 … R-RC-15): the seven heads (七长负责制), the two lines (双线),
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
 *   <li>Letters are per student's parent seat: the organisation has no household key, so a
 *       guardian of several children owes one letter per child here (R-RC-11 is not yet modelled).
 * </ul>
 */
package org.kbbx.core.responsibility;

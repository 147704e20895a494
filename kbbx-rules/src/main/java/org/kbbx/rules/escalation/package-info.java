/**
 * Absence escalation (疑似辍学 → 辍学): absence streaks over school days, the thresholds of a
 * jurisdiction profile, and the dated alerts and status events they produce (R-ABS-1..5).
 *
 * <p>Choices where docs/rules.md is silent:
 *
 * <ul>
 *   <li>Input is per student and in date order; an input dated before one already taken is a
 *       typed rejection ({@code ESC_OUT_OF_ORDER}), not a silent reorder. Replaying a timeline in
 *       any arrival order belongs to the status machine (R-SM-4); this engine is the day-by-day
 *       feed that produces events for it.
 *   <li>A school day without a mark is attended; the engine notices it lazily when the next
 *       absence or excused mark arrives ({@code Streak.coveredThrough}), so feeding a day touches
 *       only the students with a mark that day.
 *   <li>A school holiday of any length (summer included) neither counts nor resets a streak, as
 *       R-ABS-1 says.
 *   <li>The inputs of a day are taken before its end; a return dated on the automatic-dropout day
 *       itself prevents the dropout.
 *   <li>Under a confirmation rule (HEZHANG_2018) the waiting period raises one {@code
 *       DROPOUT_CONFIRMATION_REQUIRED} alert and the student stays suspected until a {@code
 *       DropoutConfirmation}.
 *   <li>An unexcused absence on a non-school day is ignored for the streak and reported as
 *       {@code ABSENCE_ON_NON_SCHOOL_DAY}; marks for a suspected or dropped-out student never
 *       change the state (R-ABS-4), an explicit present mark is {@code PRESENT_WHILE_SUSPECTED}.
 *   <li>HANZHONG_2018's "及时" home visit is due the same school day, the written report the next
 *       school day; NATIONAL's first-day contact is due the same day.
 *   <li>The status of the student's timeline (suspended, on leave) reaches the engine as excused
 *       marks, and an already suspected student starts from {@code
 *       StudentEscalation.suspectedSince}. The student file ({@code org.kbbx.rules.file}) does
 *       this composition for the caller, in any arrival order (R-FILE-1..5); this package is the
 *       day-ordered engine underneath it.
 *   <li>A student's state has two forms: {@code StudentEscalation} (values, for one student and
 *       for the API) and {@code EscalationNumbers} (epoch days in a mutable holder, for a caller
 *       that keeps a county in columns, as the county file does). Both are taken by the same
 *       decision inside {@code AbsenceEscalation}, so the streak, threshold and alert rules exist
 *       once; the numbers refuse (answer false) where the object API names a rejection.
 *   <li>The status events it derives are core {@code StatusEvent}s with stable ids {@code
 *       auto:<type>:<date>} (see {@code EscalationStep.derivedId}).
 * </ul>
 */
package org.kbbx.rules.escalation;

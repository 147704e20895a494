/**
 * The enrollment status state machine (学籍状态) and student timelines (docs/rules.md §4, R-SM-1..8).
 *
 * <p>A {@link org.kbbx.core.status.Status} has two parts that change independently: the record
 * ({@link org.kbbx.core.status.RecordState}, 学籍) and the schooling state
 * ({@link org.kbbx.core.status.SchoolingState}). The machine is one
 * {@link org.kbbx.core.status.TransitionTable} over the schooling state with named
 * {@link org.kbbx.core.status.Guard}s that also look at the record; each event type's effect on
 * the record is fixed (enrol opens it, transfer-out makes it pending, transfer-in confirmation
 * moves it, completion/death/ageing out close it). {@link org.kbbx.core.status.StatusMachine}
 * applies one event totally (R-SM-2); {@link org.kbbx.core.status.StudentTimeline} replays a
 * student's events in (date, sequence, id) order.
 *
 * <h2>Choices where docs/rules.md is silent</h2>
 * <ul>
 *   <li>While the record is {@code TRANSFER_PENDING} (only possible while {@code ATTENDING}) the
 *       only legal events are the transfer-in confirmation to the named receiving school, death,
 *       ageing out and retraction: the 10-working-day confirmation deadline keeps this window
 *       short, and a cancelled transfer is a retraction of the transfer-out. The deadlines for
 *       transfer and death cancellation need a school calendar and are checked outside the
 *       machine (they are not guard parameters here).
 *   <li>The attending school is the school whose register marks the child: present in
 *       {@code ATTENDING}, {@code ON_LEAVE}, {@code SUSPECTED_DROPOUT}, {@code HOME_EDUCATION}
 *       (the record school delivers it), {@code BORROWED} (the host school) and
 *       {@code SPECIAL_SCHOOL}; absent otherwise. Entering a special school, or leaving it for an
 *       ordinary school, moves the record there too, so record and attending school differ only
 *       in {@code BORROWED} and {@code TRANSFER_PENDING} (R-SM-8).
 *   <li>A closed record keeps its last school and grade (for reports); the closing reason for a
 *       student who ages out is {@code CANCELLED}. Death or ageing out without a record leaves
 *       the record {@code NONE}.
 *   <li>{@code FOUND} leads to {@code SUSPECTED_DROPOUT}, not {@code ATTENDING}: being found is
 *       not a return to school (R-ABS-4 asks for an explicit return event).
 *   <li>Going abroad, going missing and studying elsewhere need a record (they are exclusions of
 *       an enrolled child, R-ABS-5); home education starts from {@code ATTENDING}, so a child
 *       never enrolled is first enrolled (the same day, a lower sequence number).
 *   <li>A suspension is approved until a date: the first approval for at most
 *       {@code maxSuspension} (one year), extensions at most {@code maxSuspensionExtensions}
 *       times (once) and up to {@code maxSuspensionTotal} (two years) from its start. A suspension
 *       that ran out without a resumption is not ended automatically; a suspected-dropout mark
 *       dated after its end is legal.
 *   <li>Grade changes carry the new grade, so the guard checks the step: +1 (promote), 0
 *       (repeat), +2 within one level (skip). Completion needs grade 9 under both systems.
 *   <li>Grade systems (R-SM-9): a status carries the grade system of the school attended when an
 *       event named one ({@code GRADE_SYSTEM} on enrolment, transfer-in confirmation, special
 *       school entry or exit, 小升初); absent, the jurisdiction's system applies. Every grade guard
 *       reads the student's own system. A school of another system takes the grade of the same
 *       level and year within the level (初一 ↔ 初一); where it has none (5-4 grade 9 into 6-3,
 *       6-3 grade 6 into 5-4) the event is rejected by its guard, so the county records the
 *       placement explicitly (for a grade 6 pupil of 6-3: 小升初 into a 5-4 junior school).
 *   <li>小升初 ({@code PROGRESS_TO_JUNIOR}) is legal from attending, home education (stays) and
 *       borrowing (back to attending at the junior school): from the last primary grade of the
 *       student's system to the first junior grade of the receiving school's, at the same or
 *       another school. It moves record and attendance together and is not a transfer.
 *   <li>Events of the same date and sequence number are ordered by id, so the order is total.
 *       Of two events with the same id, the first to arrive is kept and the second refused.
 *   <li>{@code statusOn(date)} is the status at the end of that day; the spans start on the
 *       first day the status differs from the initial one.
 * </ul>
 */
package org.kbbx.core.status;

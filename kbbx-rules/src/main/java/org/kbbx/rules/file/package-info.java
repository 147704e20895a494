/**
 * One student file (一生一档): the status machine, the absence escalation, the return-persuasion
 * cases and the routing composed into one process (docs/rules.md §12, R-FILE-1..5).
 *
 * <p>Entry point: {@link org.kbbx.rules.file.FileKeeper}. State: {@link
 * org.kbbx.rules.file.StudentFile} (one student) and {@link org.kbbx.rules.file.CountyFile} (a
 * county), plain data a vendor stores as it likes. Answers: {@link
 * org.kbbx.rules.file.StudentPicture} as of any date, {@link org.kbbx.rules.file.CountyDay} per
 * fed day.
 *
 * <p>Choices where docs/rules.md is silent:
 *
 * <ul>
 *   <li>A mark counts only on a day the student's own timeline (her status events, without the
 *       derived ones) has her attending, borrowed, in a special school, suspected or dropped out;
 *       on any other day — including before her enrolment — it is excused. So a vendor must
 *       record the enrolment for marks to count.
 *   <li>One mark per student and school day: a second mark for a day already held is rejected
 *       {@code FILE_DUPLICATE_MARK} (the first given is kept); correct a mark with an excused or
 *       present mark only by sending the right one first.
 *   <li>Only {@code RETURN} and {@code CONFIRM_DROPOUT} status events that are not retracted reach
 *       the escalation (R-ABS-3, R-ABS-4), whatever the status machine made of them; a return is
 *       always a status event, never a case event ({@code FILE_RETURN_IS_A_STATUS_EVENT}).
 *   <li>Derived status events have the ids {@code auto:mark_suspected:<date>} and {@code
 *       auto:automatic_dropout:<date>} and the sequence 1,000; a vendor's event id starting with
 *       {@code auto:} is rejected {@code FILE_RESERVED_EVENT_ID}.
 *   <li>A case is open from the first day the full timeline shows the student suspected or
 *       dropped out until the day she is in another state (not included); a case event dated
 *       outside every open case is rejected {@code FILE_NO_OPEN_CASE}. Case events of one day are
 *       taken in step order.
 *   <li>A county day accepts inputs of earlier days (a back-dated input re-derives that student)
 *       but not of later days ({@code FILE_AFTER_DAY}); its outputs are what that call raised and,
 *       after a re-derivation, what the rules no longer raise.
 * </ul>
 */
package org.kbbx.rules.file;

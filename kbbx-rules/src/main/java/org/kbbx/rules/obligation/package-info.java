/**
 * Deadlines and reporting obligations (R-LED-4..6): term-start checks and reports, weekly reports
 * with zero reporting, home-education visits, transfer and death-cancellation deadlines; and the
 * seeds' campaigns, recurring duties, inspections, daily tracking, unannounced supervision and
 * funding floor (R-OBL-1..5, {@code Duties}, the profile setting {@code duties}).
 *
 * <p>Choices where docs/rules.md is silent:
 *
 * <ul>
 *   <li>Periods are counted as the Civil Code counts them (民法典 Art. 201, 203): the day a period
 *       starts is not counted; a calendar period whose last day is not a school day ends on the
 *       next school day. "开学后5日内" from an opening on 2023-09-01 is due 2023-09-06.
 *   <li>"Working day" (工作日) in a deadline means school day (R-TIME-2).
 *   <li>A weekly report is due in each Monday–Sunday week with a school day; if its weekday is not
 *       a school day it is due on the last school day before it in that week, else on the next
 *       school day. One {@code ObligationCalendar} serves one reporting unit (a school, or a
 *       county for HANZHONG_2018); zero reporting means a missing weekly report is the finding
 *       {@code ZERO_REPORT_ABSENT}.
 *   <li>{@code findings(asOf, ...)} judges as of the end of the as-of day; a fulfilment dated
 *       later is not yet known. Without term openings it looks one year back.
 *   <li>Home-education visits are counted per Monday–Sunday week that has a school day.
 *   <li>HANZHONG_2018's "每周周四前" is due by the end of Thursday (no time given).
 *   <li>School days are counted by {@code org.kbbx.core.time.SchoolCalendar} alone (one school-day
 *       arithmetic): a due date that lies beyond the calendar's terms is unknown (empty), never
 *       guessed by searching weekdays past the last term.
 *   <li>Who reports and who receives is a {@code org.kbbx.core.responsibility.Role}, the one seat
 *       vocabulary the routing and the profile's required actions share (R-RC-14).
 * </ul>
 */
package org.kbbx.rules.obligation;

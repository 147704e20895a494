/**
 * Deadlines and reporting obligations (R-LED-4..6): term-start checks and reports, weekly reports
 * with zero reporting, home-education visits, transfer and death-cancellation deadlines.
 *
 * <p>Choices where DOMAIN.md is silent:
 *
 * <ul>
 *   <li>Periods are counted as the Civil Code counts them (民法典 Art. 201, 203): the day a period
 *       starts is not counted; a calendar period whose last day is not a school day ends on the
 *       next school day. "开学后5日内" from an opening on 2023-09-01 is due 2023-09-06.
 *   <li>"Working day" (工作日) in a deadline means school day (R-TIME-2).
 *   <li>HANZHONG_2018's "每周周四前" is due by the end of Thursday (no time given).
 * </ul>
 */
package org.kbbx.rules.obligation;

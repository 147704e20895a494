/**
 * School years and school calendars (R-TIME-1..3).
 *
 * <p>Nothing here reads the system clock: every computation takes its reference date as an
 * argument (R-TIME-3).
 */
package org.kbbx.core.time;

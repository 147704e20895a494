/**
 * Absence escalation (疑似辍学 → 辍学): absence streaks over school days, the thresholds of a
 * jurisdiction profile, and the dated alerts and status events they produce (R-ABS-1..5).
 */
package org.kbbx.rules.escalation;

/**
 * The responsibility chain (R-RC-1 … R-RC-9): the seven heads (七长负责制), the two lines (双线),
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
 * </ul>
 */
package org.kbbx.core.responsibility;

/**
 * The three county registers (R-LED-0) with dynamic closing (动态销号), built from children's dated
 * status changes.
 *
 * <p>Choices where docs/rules.md is silent:
 * <ul>
 *   <li>The registers read the status machine's own
 *       {@link org.kbbx.core.status.SchoolingState} (one type per concept);
 *       {@link org.kbbx.reporting.register.ClosingReason#onEntering} says how entering a state
 *       closes an entry, and {@code ExclusionReason.of(state)} which states need evidence
 *       (R-ABS-5); {@link org.kbbx.reporting.register.StatusChanges} turns a
 *       {@code StudentTimeline} into the changes of a
 *       {@link org.kbbx.reporting.register.StudentHistory} (each span's start and state).
 *   <li>Each suspected or dropout episode is its own entry; a child suspected twice has two
 *       entries, the first closed.
 *   <li>A school-age entry opens on the child's first known status and closes on completion,
 *       death or ageing out; the caller decides who is of school age (R-AGE-2) when choosing the
 *       histories.
 *   <li>Leave, home education, borrowed places and special school close a suspected or dropout
 *       entry as "returned"; deferral, suspension, studying elsewhere, abroad and missing close it
 *       as "excluded".
 * </ul>
 */
package org.kbbx.reporting.register;

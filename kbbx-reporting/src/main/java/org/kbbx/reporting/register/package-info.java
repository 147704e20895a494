/**
 * The three county registers (R-LED-0) with dynamic closing (动态销号), built from children's dated
 * status changes.
 *
 * <p>Choices where docs/rules.md is silent:
 * <ul>
 *   <li>The registers read {@link org.kbbx.reporting.register.RegisterState}, whose constants have
 *       the status machine's schooling-state names, plus the register-specific closing reason,
 *       English label and evidence need; {@link org.kbbx.reporting.register.StatusChanges}
 *       turns a {@code StudentTimeline} into the changes of a
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

/**
 * Implementation machinery kbbx's own modules share: not API, may change at any time. Exported
 * only to kbbx-rules and kbbx-reporting (a qualified export), so a vendor's module cannot read it,
 * and left out of the Javadoc. Today it holds {@link org.kbbx.core.internal.KbbxStyle}, the
 * Immutables style of every kbbx value type, which the annotation processor reads while kbbx is
 * compiled and which no class file keeps, and {@link org.kbbx.core.internal.StudentIdCode}, a
 * student id packed into a {@code long} for kbbx's own hash tables (the full key, so it is read
 * only here and never printed).
 */
package org.kbbx.core.internal;

/**
 * Replaying one student through the library: the absence escalation next to the status timeline
 * ({@link org.kbbx.examples.replay.EscalationReplay}), shared by {@code kbbx evaluate} and {@code
 * kbbx demo}.
 */
package org.kbbx.examples.replay;

/**
 * Performance machinery of kbbx-rules (hash tables in arrays): not API, may change at any time.
 * Callers use the escalation ledger and the county file, which hide it.
 */
package org.kbbx.rules.internal;

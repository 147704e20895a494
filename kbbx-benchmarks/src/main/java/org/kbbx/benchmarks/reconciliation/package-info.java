/** JMH benchmark of the reconciliation (R-LED-2) at county scale: rows per second. */
package org.kbbx.benchmarks.reconciliation;

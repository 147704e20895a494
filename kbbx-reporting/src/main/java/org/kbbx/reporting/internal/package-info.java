/**
 * Performance machinery of kbbx-reporting: compact counter cells behind {@link
 * org.kbbx.reporting.rate.CountsTable}. Not exported by the module and not part of the API: its
 * types are public only so that the API packages can share them, and may change in any release.
 */
package org.kbbx.reporting.internal;

/**
 * Jurisdiction profiles as JSON (R-PROF-2), kept apart from the domain: only this package imports
 * Jackson. The reader walks a Jackson tree and reports every problem with its JSON path; it never
 * throws and never returns a half-built profile.
 */
package org.kbbx.json.profile;

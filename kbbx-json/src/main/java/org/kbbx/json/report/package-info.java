/**
 * JSON for kbbx reports (R-LED-7): {@link org.kbbx.json.report.KbbxReportModule}, a Jackson
 * module that adapts the report values without Jackson annotations in the domain packages.
 *
 * <p>Choices where docs/rules.md is silent: field names are the accessor names, sorted; labelled
 * enums are written as code plus Chinese and English labels; small-cell suppression applies to
 * statistics tables (published aggregates) and hides every count below k, zero included, as
 * {@code "<k"}; registers and lists of named children are not suppressed (they are not
 * published aggregates) but their IDs are masked by default.
 */
package org.kbbx.json.report;

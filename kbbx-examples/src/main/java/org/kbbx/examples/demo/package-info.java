/**
 * {@code kbbx demo}: runs a {@link org.kbbx.testkit.county.SyntheticCounty} through the kbbx
 * library school by school and collects the report a county education bureau chief reads.
 *
 * <p>Choices: the demo's as-of date is the last school day of the county's school year, so the
 * annual rates are final; progress is written to standard error at every tenth of the students.
 */
package org.kbbx.examples.demo;

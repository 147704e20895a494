/**
 * kbbx rates on Apache Spark (R-RATE-2, R-RATE-4, docs/rules.md §11): per-partition partial counts
 * rolled up by one {@code groupByKey} over division codes to every school, township, county, city,
 * province and the nation, with the same numbers as one JVM.
 *
 * <p>Entry point: {@link org.kbbx.spark.rate.NationalRates}. Students arrive as flat {@link
 * org.kbbx.spark.rate.StudentYearRow} beans; kbbx's {@link org.kbbx.reporting.rate.CountsTable}
 * travels between executors as a Kryo binary column ({@link org.kbbx.spark.rate.KbbxEncoders}) and
 * is added by the typed {@link org.kbbx.spark.rate.CountsTableAggregator}.
 *
 * <p>Choices where docs/rules.md is silent:
 *
 * <ul>
 *   <li>The table has a {@code NATION} unit (code {@code CN}) and a {@code SCHOOL} unit per school
 *       id; school ids are assumed unique nationally (学校标识码).
 *   <li>Rows that fail validation are not counted; {@link
 *       org.kbbx.spark.rate.NationalRates#rejected} lists each with its problems.
 *   <li>One run uses one grade system, as {@link org.kbbx.reporting.rate.UnitCounts} does; a nation
 *       with both 6-3 and 5-4 counties runs once per system.
 *   <li>Rates that need earlier school years (consolidation) come out as rows with the rejection
 *       code, not as missing rows.
 * </ul>
 */
package org.kbbx.spark.rate;

/**
 * The reconciliation of population data, school records and presence (R-LED-2, 四查三比对) as a
 * distributed join on Apache Spark, keyed by the normalised resident ID (R-ID-1).
 *
 * <p>Build keyed {@link org.kbbx.spark.reconciliation.SourceEntry} rows with {@link
 * org.kbbx.spark.reconciliation.ReconciliationInputs}, then call {@link
 * org.kbbx.spark.reconciliation.DistributedReconciliation#reconcile}. Each person's rows are
 * reconciled by kbbx's own {@link org.kbbx.reporting.reconciliation.Reconciliation}; the output
 * ({@link org.kbbx.spark.reconciliation.ReconciledRow}) has one row per input row, so nothing is
 * dropped and rows in equal rows out per source.
 *
 * <p>Choices where docs/rules.md is silent:
 *
 * <ul>
 *   <li>A row's id is its position in its source; within a person rows are reconciled in id order,
 *       so the first row wins over later duplicates, as in one JVM.
 *   <li>A row whose ID is invalid or missing is keyed by its source and id, alone, so kbbx reports
 *       it as a finding.
 *   <li>A record status that is not a {@link org.kbbx.reporting.reconciliation.RecordStatus} name
 *       is read as missing (a malformed row); an invalid household division code is read as
 *       missing (the class does not depend on it).
 *   <li>Finding details that cite a position cite the position within the person's rows; the
 *       {@code rowId} column gives the row's id in its source.
 *   <li>Output IDs are masked (R-ID-2).
 * </ul>
 */
package org.kbbx.spark.reconciliation;

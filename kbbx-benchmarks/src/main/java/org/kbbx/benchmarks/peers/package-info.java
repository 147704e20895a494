/**
 * Issue 8: kbbx against its peers — DuckDB SQL (in-process JDBC) and a hand-written loop over
 * primitive arrays — on four workloads over the same deterministic rows: replay (events → status on
 * a date, R-SM-4..6), county report (statuses → counts → township/county rates, R-RATE-2,
 * R-RATE-10..12), reconciliation (population/record/presence → R-LED-2 classes) and attendance day
 * (one day's marks → streaks and alerts, R-ABS-1..3). {@link org.kbbx.benchmarks.peers.PeersBenchmark}
 * is the JMH benchmark; {@link org.kbbx.benchmarks.peers.PeersDriver} prints the comparison table;
 * results are in {@code kbbx-benchmarks/RESULTS.md}.
 *
 * <p>Choices where the issue is silent:
 * <ul>
 *   <li>Every peer is checked against kbbx's answers before timing; the comparison is of whole
 *       answers (each student's status; each unit's rate numerators and denominators; the class
 *       counts; the sorted alerts and marked students' states), so a peer must reproduce kbbx's
 *       semantics on these rows, not merely similar numbers.
 *   <li>Consolidation rates need the intake years' counts. The report treats the county as in a
 *       steady state (the intake years' tables equal this year's) for every contender alike.
 *   <li>DuckDB runs with {@code SET threads = 1} (property {@code peers.duckdb.threads}) so that
 *       all three contenders use one core; its load (appender) is reported apart from the query,
 *       and the query time includes reading the result set into Java.
 *   <li>kbbx's "load" is building its value objects from the rows once (ids, statuses, attributes,
 *       the ledger of earlier days); the replay builds its {@code StatusEvent}s from the rows
 *       inside the timed run, and the reconciliation streams its row records from the arrays, as
 *       a vendor reading a database would.
 *   <li>Peers compute only what the answers need (for example the loop keeps eight counters, not
 *       all twelve), as a single-purpose implementation would.
 * </ul>
 */
package org.kbbx.benchmarks.peers;

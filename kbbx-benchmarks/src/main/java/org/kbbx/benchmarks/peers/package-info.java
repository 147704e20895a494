/**
 * Issue 8: kbbx against its peers — DuckDB SQL (in-process JDBC) and a hand-written loop over
 * primitive arrays — on four workloads over the same deterministic rows: replay (events → status on
 * a date, R-SM-4..6), county report (statuses → counts → township/county rates, R-RATE-2,
 * R-RATE-10..12), reconciliation (population/record/presence → R-LED-2 classes) and attendance day
 * (one day's marks → streaks and alerts, R-ABS-1..3). {@link org.kbbx.benchmarks.peers.PeersBenchmark}
 * is the JMH benchmark; {@link org.kbbx.benchmarks.peers.PeersDriver} prints the comparison table;
 * results are in {@code kbbx-benchmarks/RESULTS.md}.
 *
 * <p>The data: one synthetic population underneath every workload. {@code Province} streams a
 * province of counties of 100,000 students (10,000,000 students are 100 counties), each county
 * the examples' {@link org.kbbx.testkit.county.SyntheticCounty} for its own {@link
 * org.kbbx.testkit.county.CountySpec} (its own county code and seed, school year 2022–2023),
 * school by school, so only one school's roster is ever held. Each student's identity layer —
 * resident ID, sex, birth date, school, grade, household village, enrolment date, county — comes
 * from the roster into primitive columns; each workload then layers its own mix on top with its own
 * seeded randomness per county ({@code StatusData}: the year's four statuses; {@code ReplayData}:
 * the event timeline from the enrolment; {@code ReconData}: population, record and presence
 * coverage; {@code AttendanceData}: prior streaks and the day's marks; each class's Javadoc gives
 * its percentages). The same size and seed give the same columns, and every workload at a size
 * reads the same students in the same order. {@link org.kbbx.benchmarks.peers.CountyInputs} hands
 * the county report's rows, as kbbx's inputs, to {@code CountyRatesBenchmark} and {@code Smoke}.
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
 *   <li>The examples' resident IDs are valid but not unique (a random 3-digit sequence); the
 *       reconciliation, which matches persons by ID, gives a person whose ID is already taken the
 *       next free sequence of the same sex (about 1.4 % of persons), as a population register
 *       would never issue one ID twice. The other workloads key students by their index.
 *   <li>Townships and villages get sparse indexes derived from their codes (300 township slots
 *       per county, 20 village slots per township) so that the peers map an index to its code
 *       without a table; empty slots never appear in an answer.
 * </ul>
 */
package org.kbbx.benchmarks.peers;

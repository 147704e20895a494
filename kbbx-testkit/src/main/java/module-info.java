/**
 * kbbx-testkit: generators for every kbbx-core type (seeded and QuickTheories) and the timeline
 * persistence contract vendors run against their own storage.
 *
 * <h2>Reading order</h2>
 * <ol>
 *   <li>{@link org.kbbx.testkit.Generator} and {@link org.kbbx.testkit.CoreGenerators} — generators
 *       as functions of a random source, usable with any property-testing library.
 *   <li>{@link org.kbbx.testkit.KbbxGens} — the same as QuickTheories {@code Gen}s with shrinking.
 *   <li>{@link org.kbbx.testkit.StatusGenerators} — legal and arbitrary event sequences.
 *   <li>{@link org.kbbx.testkit.TimelineReplay} and {@link org.kbbx.testkit.TimelinePersistenceContract}
 *       — what a vendor's storage of timelines must keep.
 *   <li>{@link org.kbbx.testkit.county.SyntheticCounty} — one deterministic synthetic county with
 *       ten school years of history, streamed school by school: the demo's, the benchmarks' and
 *       the distributed example's data.
 * </ol>
 *
 * <p>QuickTheories 0.26 has no module descriptor: on the module path it is the automatic module
 * {@code quicktheories} (named after its jar).
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module org.kbbx.testkit {
  requires transitive org.kbbx.core;
  requires transitive quicktheories;
  requires transitive org.junit.jupiter.api;
  requires static org.immutables.value.annotations;

  exports org.kbbx.testkit;
  exports org.kbbx.testkit.county;
}

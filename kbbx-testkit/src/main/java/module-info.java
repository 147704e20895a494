/**
 * kbbx-testkit: generators for every kbbx-core type (seeded and QuickTheories) and the timeline
 * persistence contract vendors run against their own storage.
 *
 * <p>QuickTheories 0.26 has no module descriptor: on the module path it is the automatic module
 * {@code quicktheories} (named after its jar).
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module org.kbbx.testkit {
  requires transitive org.kbbx.core;
  requires transitive quicktheories;
  requires transitive org.junit.jupiter.api;

  exports org.kbbx.testkit;
}

/**
 * Test support for systems that embed kbbx: generators for every kbbx-core type and the timeline
 * persistence contract.
 *
 * <p>Generators come in two forms. {@link org.kbbx.testkit.Generator}s are library-neutral: a
 * function of {@link org.kbbx.testkit.Choices} (a bounded number per draw), so they run from a
 * seeded {@link java.util.random.RandomGenerator} or from any property-testing library's random
 * source ({@link org.kbbx.testkit.CoreGenerators}, {@link org.kbbx.testkit.StatusGenerators}).
 * {@link org.kbbx.testkit.KbbxGens} offers the same as QuickTheories {@code Gen}s, which shrink
 * by shrinking the drawn numbers.
 *
 * <p>{@link org.kbbx.testkit.TimelinePersistenceContract} (JUnit 5) and
 * {@link org.kbbx.testkit.TimelineReplay} (a plain method) check that a vendor's persistence of
 * timelines loads back events that replay to the same status.
 */
package org.kbbx.testkit;

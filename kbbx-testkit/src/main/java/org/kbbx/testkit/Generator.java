package org.kbbx.testkit;

import java.util.Objects;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.quicktheories.core.Gen;

/**
 * A library-neutral generator of test values: a function of {@link Choices}.
 *
 * <p>Use it three ways:
 *
 * <pre>{@code
 * ResidentId id = CoreGenerators.residentIds().next(new SplittableRandom(42)); // seeded
 * Gen<ResidentId> gen = CoreGenerators.residentIds().toGen();                 // QuickTheories
 * ResidentId mine = CoreGenerators.residentIds().generate(myLibrarysChoices);  // any PBT library
 * }</pre>
 *
 * <p>Generation must be deterministic given the drawn numbers; that is what lets QuickTheories
 * shrink a failing value by shrinking the numbers.
 *
 * @param <T> the generated type
 */
@FunctionalInterface
public interface Generator<T> {

  /**
   * Generates one value from {@code choices}.
   *
   * @param choices the source of randomness, not null
   * @return the value
   */
  T generate(Choices choices);

  /**
   * Generates one value from a seeded random source.
   *
   * @param random the random source, for example {@code new SplittableRandom(seed)}
   * @return the value
   */
  default T next(RandomGenerator random) {
    return generate(Choices.of(random));
  }

  /**
   * Returns this generator as a QuickTheories {@link Gen}, shrinking with QuickTheories.
   *
   * @return the QuickTheories generator
   */
  default Gen<T> toGen() {
    return source -> generate(Choices.of(source));
  }

  /**
   * Returns a generator applying {@code f} to this generator's values.
   *
   * @param <R> the result type
   * @param f the function, not null
   * @return the mapped generator
   */
  default <R> Generator<R> map(Function<? super T, ? extends R> f) {
    Objects.requireNonNull(f, "f");
    return choices -> f.apply(generate(choices));
  }

  /**
   * Returns a generator that uses this generator's value to choose the next generator.
   *
   * @param <R> the result type
   * @param f the function, not null
   * @return the chained generator
   */
  default <R> Generator<R> flatMap(Function<? super T, Generator<R>> f) {
    Objects.requireNonNull(f, "f");
    return choices -> f.apply(generate(choices)).generate(choices);
  }
}

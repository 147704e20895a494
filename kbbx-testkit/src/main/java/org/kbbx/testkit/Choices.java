package org.kbbx.testkit;

import io.vavr.collection.IndexedSeq;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * The one source of randomness every kbbx {@link Generator} draws from: a bounded integer per
 * call. Any random source can supply it, which makes the generators library-neutral: plug in a
 * seeded {@link RandomGenerator} ({@link #of(RandomGenerator)}), a QuickTheories randomness source
 * (then QuickTheories shrinks by shrinking the drawn numbers), or another property-testing
 * library's source.
 *
 * <p>Implementations need not be thread-safe; use one per thread.
 */
@FunctionalInterface
public interface Choices {

  /**
   * Returns a number between {@code min} and {@code max}, both included. Shrinking sources move
   * it towards {@code min}.
   *
   * @param min the smallest allowed value
   * @param max the largest allowed value, at least {@code min}
   * @return the drawn number
   */
  long between(long min, long max);

  /**
   * Returns an int between {@code min} and {@code max}, both included.
   *
   * @param min the smallest allowed value
   * @param max the largest allowed value, at least {@code min}
   * @return the drawn number
   */
  default int intBetween(int min, int max) {
    return (int) between(min, max);
  }

  /**
   * Returns true with probability {@code 1 / n}: when a draw from 1 to {@code n} is {@code n}, so
   * shrinking (towards 1) makes it false.
   *
   * @param n at least 1
   * @return true about once in {@code n} draws
   */
  default boolean oneIn(int n) {
    return between(1, n) == n;
  }

  /**
   * Returns one element of {@code options}; shrinks towards the first.
   *
   * @param <T> the element type
   * @param options the options, not empty
   * @return the chosen element
   */
  default <T> T pick(IndexedSeq<T> options) {
    return options.get(intBetween(0, options.size() - 1));
  }

  /**
   * Returns choices drawn from {@code random}, for seeded, reproducible generation outside any
   * property-testing library.
   *
   * @param random the random source, not null
   * @return the choices
   */
  static Choices of(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    return (min, max) -> {
      if (min == max) {
        return min;
      }
      if (max == Long.MAX_VALUE) {
        return min == Long.MIN_VALUE ? random.nextLong() : random.nextLong(min - 1, max) + 1;
      }
      return random.nextLong(min, max + 1);
    };
  }

  /**
   * Returns choices drawn from a QuickTheories randomness source, so that QuickTheories can
   * shrink whatever a {@link Generator} builds from them.
   *
   * @param source the source, not null
   * @return the choices
   */
  static Choices of(RandomnessSource source) {
    Objects.requireNonNull(source, "source");
    return (min, max) -> source.next(Constraint.between(min, max).withShrinkPoint(min));
  }
}

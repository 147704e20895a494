package org.kbbx.reporting.rate;

import java.util.function.BiConsumer;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.school.GradeSystem;

/**
 * The population-side accumulators of an {@link UnitCounts.Accumulator}, one per household
 * division: an open-addressing table keyed by the code's 12-digit number, so finding a child's
 * division is a multiply, a shift and a {@code long} comparison (no {@code hashCode}/{@code
 * equals} calls, no boxing), and the last division found is kept for the next child.
 *
 * <p>Mutable and not thread-safe; used by one accumulator.
 */
final class DivisionSums {

  private final GradeSystem system;
  private long[] keys = new long[64];
  private DivisionCode[] codes = new DivisionCode[64];
  private CountsTable.Accumulator[] sums = new CountsTable.Accumulator[64];
  private int size;
  private DivisionCode lastCode;
  private CountsTable.Accumulator lastSum;

  DivisionSums(GradeSystem system) {
    this.system = system;
  }

  /** Returns the accumulator of {@code division}, created empty on first use. */
  CountsTable.Accumulator of(DivisionCode division) {
    if (division == lastCode) {
      return lastSum;
    }
    long key = division.value();
    int mask = keys.length - 1;
    int i = slot(key, mask);
    while (codes[i] != null) {
      if (keys[i] == key) {
        lastCode = division;
        lastSum = sums[i];
        return lastSum;
      }
      i = (i + 1) & mask;
    }
    CountsTable.Accumulator sum = CountsTable.accumulator(system);
    keys[i] = key;
    codes[i] = division;
    sums[i] = sum;
    if (++size * 2 > keys.length) {
      grow();
    }
    lastCode = division;
    lastSum = sum;
    return sum;
  }

  /** Calls {@code action} with each division and its accumulator, in no particular order. */
  void forEach(BiConsumer<DivisionCode, CountsTable.Accumulator> action) {
    for (int i = 0; i < codes.length; i++) {
      if (codes[i] != null) {
        action.accept(codes[i], sums[i]);
      }
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    DivisionCode[] oldCodes = codes;
    CountsTable.Accumulator[] oldSums = sums;
    int capacity = oldKeys.length * 2;
    keys = new long[capacity];
    codes = new DivisionCode[capacity];
    sums = new CountsTable.Accumulator[capacity];
    int mask = capacity - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldCodes[j] != null) {
        int i = slot(oldKeys[j], mask);
        while (codes[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        codes[i] = oldCodes[j];
        sums[i] = oldSums[j];
      }
    }
  }

  private static int slot(long key, int mask) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
  }
}

package org.kbbx.reporting.reconciliation;

import java.util.Arrays;

/**
 * An open-addressing hash index from a resident ID's 17-digit body (as a {@code long}) to a
 * person's position, so that the join costs one cheap probe per row instead of a full R-ID-1 parse
 * and a boxed key. Each slot keeps its key and its value side by side in one {@code long[]}, so a
 * probe of a county-sized index costs one cache miss, not two. Confined to one reconciliation run.
 */
final class PersonIndex {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
  private static final long EMPTY = -1L;
  private static final int INITIAL_SLOTS = 1 << 10;

  /** Slot {@code s} holds its key at {@code 2s} and its value at {@code 2s + 1}. */
  private long[] slots = new long[2 * INITIAL_SLOTS];

  private int size;
  /** Keeps {@link #prefetch}'s loads from being optimised away; never read. */
  @SuppressWarnings("unused")
  private long touched;

  PersonIndex() {
    Arrays.fill(slots, EMPTY);
  }

  /**
   * Returns the 17-digit body of {@code text} as a number when the text has the form of a resident
   * ID with a correct check character (lower-case x accepted), else -1. The date and address code
   * are not checked here: a key never seen before still goes through {@code ResidentId.check}.
   */
  static long key(String text) {
    if (text == null || text.length() != 18) {
      return EMPTY;
    }
    long body = 0;
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int digit = text.charAt(i) - '0';
      if (digit < 0 || digit > 9) {
        return EMPTY;
      }
      body = body * 10 + digit;
      sum += digit * WEIGHTS[i];
    }
    char last = Character.toUpperCase(text.charAt(17));
    return last == CHECK[sum % 11] ? body : EMPTY;
  }

  /** Returns the position stored for {@code key}, or -1. */
  int get(long key) {
    long[] table = slots;
    int mask = table.length / 2 - 1;
    for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
      long k = table[2 * slot];
      if (k == key) {
        return (int) table[2 * slot + 1];
      }
      if (k == EMPTY) {
        return -1;
      }
    }
  }

  /**
   * Reads the home slot of each of the first {@code count} keys, so that the processor fetches
   * them in parallel before the keys are looked up one by one (Java has no prefetch instruction;
   * independent loads are the portable way to overlap cache misses).
   */
  void prefetch(long[] keys, int count) {
    long[] table = slots;
    int mask = table.length / 2 - 1;
    long touched = 0;
    for (int i = 0; i < count; i++) {
      touched ^= table[2 * (mix(keys[i]) & mask)];
    }
    this.touched = touched;
  }

  /** Stores {@code value} for a key not yet present. */
  void put(long key, int value) {
    // Grow at a load of 5/8: short probe runs, and a county of 10 million fits in 2^24 slots.
    if ((long) (size + 1) * 8 > (long) slots.length / 2 * 5) {
      grow();
    }
    insert(slots, key, value);
    size++;
  }

  private static void insert(long[] table, long key, long value) {
    int mask = table.length / 2 - 1;
    int slot = mix(key) & mask;
    while (table[2 * slot] != EMPTY) {
      slot = (slot + 1) & mask;
    }
    table[2 * slot] = key;
    table[2 * slot + 1] = value;
  }

  private void grow() {
    long[] old = slots;
    long[] table = new long[old.length * 2];
    Arrays.fill(table, EMPTY);
    for (int i = 0; i < old.length; i += 2) {
      if (old[i] != EMPTY) {
        insert(table, old[i], old[i + 1]);
      }
    }
    slots = table;
  }

  /** MurmurHash3's 64-bit finaliser: every key bit reaches the low bits used as the slot. */
  private static int mix(long key) {
    long h = key;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return (int) h;
  }
}

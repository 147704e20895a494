package org.kbbx.reporting.reconciliation;

import java.util.Arrays;

/**
 * An open-addressing hash index from a resident ID's 17-digit body (as a {@code long}) to a
 * person's position, so that the join costs one cheap probe per row instead of a full R-ID-1 parse
 * and a boxed key. Confined to one reconciliation run.
 */
final class PersonIndex {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
  private static final long EMPTY = -1L;

  private long[] keys = new long[1 << 10];
  private int[] values = new int[1 << 10];
  private int size;

  PersonIndex() {
    Arrays.fill(keys, EMPTY);
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
    int mask = keys.length - 1;
    for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
      long k = keys[slot];
      if (k == key) {
        return values[slot];
      }
      if (k == EMPTY) {
        return -1;
      }
    }
  }

  /** Stores {@code value} for a key not yet present. */
  void put(long key, int value) {
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    insert(key, value);
    size++;
  }

  private void insert(long key, int value) {
    int mask = keys.length - 1;
    int slot = mix(key) & mask;
    while (keys[slot] != EMPTY) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    values[slot] = value;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        insert(oldKeys[i], oldValues[i]);
      }
    }
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

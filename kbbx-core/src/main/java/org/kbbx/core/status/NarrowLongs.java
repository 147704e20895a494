package org.kbbx.core.status;

import java.util.Arrays;

/**
 * A growable column of {@code long}s held in the narrowest of {@code byte[]}, {@code int[]} and
 * {@code long[]} that fits every value set so far: event sequences are mostly small, so a batch
 * keeps one byte an event for them, and widens (one copy) the first time a value does not fit.
 *
 * <p>This class is mutable and not thread-safe.
 */
final class NarrowLongs {

  private byte[] bytes;
  private int[] ints;
  private long[] longs;

  NarrowLongs(int capacity) {
    bytes = new byte[capacity];
  }

  private NarrowLongs(NarrowLongs other) {
    bytes = other.bytes == null ? null : other.bytes.clone();
    ints = other.ints == null ? null : other.ints.clone();
    longs = other.longs == null ? null : other.longs.clone();
  }

  /** Returns a copy that changes independently of this column. */
  NarrowLongs copy() {
    return new NarrowLongs(this);
  }

  long get(int i) {
    if (bytes != null) {
      return bytes[i];
    }
    return ints != null ? ints[i] : longs[i];
  }

  void set(int i, long value) {
    if (bytes != null) {
      if (value == (byte) value) {
        bytes[i] = (byte) value;
        return;
      }
      ints = new int[bytes.length];
      for (int k = 0; k < bytes.length; k++) {
        ints[k] = bytes[k];
      }
      bytes = null;
    }
    if (ints != null) {
      if (value == (int) value) {
        ints[i] = (int) value;
        return;
      }
      longs = new long[ints.length];
      for (int k = 0; k < ints.length; k++) {
        longs[k] = ints[k];
      }
      ints = null;
    }
    longs[i] = value;
  }

  /** Grows the column to hold {@code capacity} values. */
  void grow(int capacity) {
    if (bytes != null) {
      bytes = Arrays.copyOf(bytes, capacity);
    } else if (ints != null) {
      ints = Arrays.copyOf(ints, capacity);
    } else {
      longs = Arrays.copyOf(longs, capacity);
    }
  }

  /** Returns the bytes a value takes: 1, 4 or 8. */
  int width() {
    return bytes != null ? 1 : ints != null ? 4 : 8;
  }
}

package org.kbbx.rules.escalation;

import java.util.Arrays;

/**
 * The students of an {@link EscalationLedger}: a hash table from student id to state, in arrays.
 *
 * <p>Open addressing with linear probing on the id's (cached) {@link String#hashCode()}, spread;
 * the load is kept at most one half. The slots are split into chunks of {@value #CHUNK} so that a
 * new version of the table, made by a {@link Builder}, copies only the chunks it writes to (copy
 * on write) and shares the others with the version it came from. Students are never removed.
 *
 * <p>This class is immutable and thread-safe; its {@link Builder} is neither and is meant to be
 * confined to one method call.
 */
final class StudentTable {

  private static final int CHUNK_BITS = 10;
  /** Slots per chunk. */
  static final int CHUNK = 1 << CHUNK_BITS;
  private static final int CHUNK_MASK = CHUNK - 1;

  private static final StudentTable EMPTY =
      new StudentTable(new int[][] {new int[CHUNK]}, new Object[][] {new Object[2 * CHUNK]}, 0);

  /** Per chunk, the spread hash of the id in each slot (0 in an empty slot). */
  private final int[][] hashes;
  /** Per chunk, the id at {@code 2 * slot} (null in an empty slot) and its state next to it. */
  private final Object[][] entries;
  private final int size;

  private StudentTable(int[][] hashes, Object[][] entries, int size) {
    this.hashes = hashes;
    this.entries = entries;
    this.size = size;
  }

  static StudentTable empty() {
    return EMPTY;
  }

  /** The spread, never zero hash of an id. */
  static int hash(String studentId) {
    int h = studentId.hashCode() * 0x9E3779B9;
    h ^= h >>> 16;
    return h == 0 ? 1 : h;
  }

  int size() {
    return size;
  }

  /** Returns the state of {@code studentId}, or null when the table has none. */
  StudentEscalation get(String studentId) {
    int slot = find(hashes, entries, studentId, hash(studentId));
    return slot < 0 ? null : (StudentEscalation) entries[slot >>> CHUNK_BITS][2 * (slot & CHUNK_MASK) + 1];
  }

  /**
   * Finds a student in these arrays: the slot (0 or more) holding it, or {@code -(insertion slot)
   * - 1}.
   */
  private static int find(int[][] hashes, Object[][] entries, String studentId, int h) {
    int mask = hashes.length * CHUNK - 1;
    for (int i = h & mask; ; i = (i + 1) & mask) {
      // The id and its state share a cache line: an empty slot or the very same id instance
      // is answered without reading the hashes.
      Object key = entries[i >>> CHUNK_BITS][2 * (i & CHUNK_MASK)];
      if (key == null) {
        return -i - 1;
      }
      if (key == studentId
          || hashes[i >>> CHUNK_BITS][i & CHUNK_MASK] == h && key.equals(studentId)) {
        return i;
      }
    }
  }

  Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * A transient table started from an immutable one: writes copy a chunk the first time they
   * touch it; {@link #build()} publishes an immutable table. Not thread-safe.
   */
  static final class Builder {
    private int[][] hashes;
    private Object[][] entries;
    private boolean[] own;
    private int size;
    private final StudentTable origin;
    private boolean changed;

    private Builder(StudentTable table) {
      origin = table;
      hashes = table.hashes.clone();
      entries = table.entries.clone();
      own = new boolean[hashes.length];
      size = table.size;
    }

    /** Makes room for one more student, so that an insertion point found next stays valid. */
    void ensureRoom() {
      int capacity = hashes.length * CHUNK;
      if (2 * (size + 1) <= capacity) {
        return;
      }
      int[][] oldHashes = hashes;
      Object[][] oldEntries = entries;
      int chunks = 2 * oldHashes.length;
      hashes = new int[chunks][CHUNK];
      entries = new Object[chunks][2 * CHUNK];
      own = new boolean[chunks];
      Arrays.fill(own, true);
      changed = true;
      int mask = chunks * CHUNK - 1;
      for (int c = 0; c < oldHashes.length; c++) {
        int[] hs = oldHashes[c];
        Object[] es = oldEntries[c];
        for (int s = 0; s < CHUNK; s++) {
          int h = hs[s];
          if (h != 0) {
            int i = h & mask;
            while (hashes[i >>> CHUNK_BITS][i & CHUNK_MASK] != 0) {
              i = (i + 1) & mask;
            }
            hashes[i >>> CHUNK_BITS][i & CHUNK_MASK] = h;
            Object[] target = entries[i >>> CHUNK_BITS];
            target[2 * (i & CHUNK_MASK)] = es[2 * s];
            target[2 * (i & CHUNK_MASK) + 1] = es[2 * s + 1];
          }
        }
      }
    }

    /**
     * Finds a student: the slot (0 or more) holding it, or {@code -(insertion slot) - 1}. Call
     * {@link #ensureRoom()} first when the answer may be used to insert.
     */
    int find(String studentId, int h) {
      return StudentTable.find(hashes, entries, studentId, h);
    }

    /**
     * Reads the home slot of a student (and the state there, if it is the same id instance) so
     * that a later {@link #find} hits the cache: independent reads for a batch of students overlap
     * their cache misses. Answers a number derived from what was read, so the reads stay.
     */
    int warm(String studentId, int h) {
      int i = h & (hashes.length * CHUNK - 1);
      Object[] chunk = entries[i >>> CHUNK_BITS];
      Object key = chunk[2 * (i & CHUNK_MASK)];
      if (key == null) {
        return 0;
      }
      if (key == studentId) {
        StudentEscalation state = (StudentEscalation) chunk[2 * (i & CHUNK_MASK) + 1];
        return state.status().ordinal() + (state.streak().isPresent() ? 2 : 1);
      }
      return hashes[i >>> CHUNK_BITS][i & CHUNK_MASK];
    }

    /** The state in a slot found by {@link #find}. */
    StudentEscalation stateAt(int slot) {
      return (StudentEscalation) entries[slot >>> CHUNK_BITS][2 * (slot & CHUNK_MASK) + 1];
    }

    /**
     * Stores a state at the answer of {@link #find} (a found slot or an insertion point), with no
     * {@link #ensureRoom()} or other write in between.
     */
    void put(int found, String studentId, int h, StudentEscalation state) {
      int slot = found >= 0 ? found : -found - 1;
      int c = slot >>> CHUNK_BITS;
      int at = slot & CHUNK_MASK;
      if (!own[c]) {
        hashes[c] = hashes[c].clone();
        entries[c] = entries[c].clone();
        own[c] = true;
      }
      changed = true;
      entries[c][2 * at + 1] = state;
      if (found < 0) {
        hashes[c][at] = h;
        entries[c][2 * at] = studentId;
        size++;
      }
    }

    /** Sets one student's state. */
    void put(String studentId, StudentEscalation state) {
      int h = hash(studentId);
      ensureRoom();
      put(find(studentId, h), studentId, h, state);
    }

    /** Publishes the table as it stands; later writes to this builder copy again. */
    StudentTable build() {
      if (!changed) {
        return origin;
      }
      StudentTable table = new StudentTable(hashes, entries, size);
      hashes = hashes.clone();
      entries = entries.clone();
      own = new boolean[hashes.length];
      return table;
    }
  }
}

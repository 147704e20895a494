package org.kbbx.rules.internal;

import java.util.Arrays;
import org.kbbx.core.id.StudentId;

/**
 * Per-student values of a county (the escalation ledger's states, the county file's student
 * files): a hash table from student id to value, in arrays. Performance machinery, not API.
 *
 * <p>Open addressing with linear probing on the id's {@link StudentId#hashCode()} (from its
 * packed code where it has one, without reading the text), spread; the load is kept at most one
 * half. The slots are split into chunks of {@value #CHUNK} so that a new version of the table,
 * made by a {@link Builder}, copies only the chunks it writes to (copy on write) and shares the
 * others with the version it came from. Students are never removed.
 *
 * <p>This class is immutable and thread-safe; its {@link Builder} is neither and is meant to be
 * confined to one method call.
 */
public final class StudentTable<V> {

  private static final int CHUNK_BITS = 10;
  /** Slots per chunk. */
  static final int CHUNK = 1 << CHUNK_BITS;

  private static final int CHUNK_MASK = CHUNK - 1;

  private static final StudentTable<?> EMPTY =
      new StudentTable<>(new int[][] {new int[CHUNK]}, new Object[][] {new Object[2 * CHUNK]}, 0);

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

  /**
   * Returns the empty table.
   *
   * @param <V> the value type
   * @return the empty table
   */
  @SuppressWarnings("unchecked")
  public static <V> StudentTable<V> empty() {
    return (StudentTable<V>) EMPTY;
  }

  /**
   * Returns the spread, never zero hash of an id.
   *
   * @param studentId the id, not null
   * @return the hash
   */
  public static int hash(StudentId studentId) {
    int h = studentId.hashCode() * 0x9E3779B9;
    h ^= h >>> 16;
    return h == 0 ? 1 : h;
  }

  /**
   * Returns the number of students held.
   *
   * @return at least 0
   */
  public int size() {
    return size;
  }

  /**
   * Returns the value of {@code studentId}, or null when the table has none.
   *
   * @param studentId the id, not null
   * @return the value or null
   */
  @SuppressWarnings("unchecked")
  public V get(StudentId studentId) {
    int slot = find(hashes, entries, studentId, hash(studentId));
    return slot < 0 ? null : (V) entries[slot >>> CHUNK_BITS][2 * (slot & CHUNK_MASK) + 1];
  }

  /**
   * Calls {@code action} for every student and value, in slot order (not a stable order).
   *
   * @param action the action, not null
   */
  @SuppressWarnings("unchecked")
  public void forEach(java.util.function.BiConsumer<StudentId, V> action) {
    for (Object[] chunk : entries) {
      for (int s = 0; s < CHUNK; s++) {
        if (chunk[2 * s] != null) {
          action.accept((StudentId) chunk[2 * s], (V) chunk[2 * s + 1]);
        }
      }
    }
  }

  /**
   * Finds a student in these arrays: the slot (0 or more) holding it, or {@code -(insertion slot)
   * - 1}.
   */
  private static int find(int[][] hashes, Object[][] entries, StudentId studentId, int h) {
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

  /**
   * Returns a transient copy to change; confine it to one method call.
   *
   * @return the builder
   */
  public Builder<V> toBuilder() {
    return new Builder<>(this);
  }

  /**
   * A transient table started from an immutable one: writes copy a chunk the first time they
   * touch it; {@link #build()} publishes an immutable table. Not thread-safe.
   */
  public static final class Builder<V> {
    private int[][] hashes;
    private Object[][] entries;
    private boolean[] own;
    private int size;
    private final StudentTable<V> origin;
    private boolean changed;

    private Builder(StudentTable<V> table) {
      origin = table;
      hashes = table.hashes.clone();
      entries = table.entries.clone();
      own = new boolean[hashes.length];
      size = table.size;
    }

    /** Makes room for one more student, so that an insertion point found next stays valid. */
    public void ensureRoom() {
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
    public int find(StudentId studentId, int h) {
      return StudentTable.find(hashes, entries, studentId, h);
    }

    /**
     * Reads the home slot of a student (and the state there, if it is the same id instance) so
     * that a later {@link #find} hits the cache: independent reads for a batch of students overlap
     * their cache misses. Answers a number derived from what was read, so the reads stay.
     */
    public int warm(StudentId studentId, int h) {
      int i = h & (hashes.length * CHUNK - 1);
      Object[] chunk = entries[i >>> CHUNK_BITS];
      Object key = chunk[2 * (i & CHUNK_MASK)];
      if (key == null) {
        return 0;
      }
      if (key == studentId) {
        Object value = chunk[2 * (i & CHUNK_MASK) + 1];
        return value == null ? 1 : 2;
      }
      return hashes[i >>> CHUNK_BITS][i & CHUNK_MASK];
    }

    /** The state in a slot found by {@link #find}. */
    @SuppressWarnings("unchecked")
    public V stateAt(int slot) {
      return (V) entries[slot >>> CHUNK_BITS][2 * (slot & CHUNK_MASK) + 1];
    }

    /**
     * Stores a state at the answer of {@link #find} (a found slot or an insertion point), with no
     * {@link #ensureRoom()} or other write in between.
     */
    public void put(int found, StudentId studentId, int h, V state) {
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
    public void put(StudentId studentId, V state) {
      int h = hash(studentId);
      ensureRoom();
      put(find(studentId, h), studentId, h, state);
    }

    /** Publishes the table as it stands; later writes to this builder copy again. */
    public StudentTable<V> build() {
      if (!changed) {
        return origin;
      }
      StudentTable<V> table = new StudentTable<>(hashes, entries, size);
      hashes = hashes.clone();
      entries = entries.clone();
      own = new boolean[hashes.length];
      return table;
    }
  }
}

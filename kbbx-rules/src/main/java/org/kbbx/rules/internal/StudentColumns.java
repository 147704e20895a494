package org.kbbx.rules.internal;

import java.util.Arrays;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.internal.StudentIdCode;

/**
 * Students of a county in columns: a hash index from student id to a dense row number, and per
 * row a fixed number of {@code int} fields and one object. Performance machinery, not API.
 *
 * <p>The hash index is open addressing with linear probing (load at most one half) on the top bits
 * of {@link StudentTable#hash}; it changes only when a student is added. Each slot keeps the
 * id's {@link StudentIdCode} beside its hash and row, so an id that has a code is found without
 * reading the id the slot holds (that read is a cache miss per lookup in a county of a million,
 * and three when the id looked up is an equal instance read anew, as a vendor's are); other ids
 * compare their texts. Students looked up or added in {@link #order} touch the index (and, when
 * added in that order, the rows) in one sweep.
 *
 * <p>The rows are kept in chunks (int fields 2 rows a chunk, indexed in pages of 4,096 chunks;
 * objects 1,024 rows a chunk): a new version made by a {@link Builder} copies only the chunks (and
 * pages) it writes to (copy on write) and shares the others with the version it came from, so a
 * day that changes the int fields of a few percent of the students copies about the chunks they
 * are in. Students are never removed.
 *
 * <p>This class is immutable and thread-safe; its {@link Builder} is neither and is meant to be
 * confined to one method call.
 */
public final class StudentColumns implements RowReader {

  private static final int BITS = 10;
  private static final int CHUNK = 1 << BITS;
  private static final int MASK = CHUNK - 1;

  /**
   * Rows per chunk of int fields: two, so that a day that changes a few percent of the students
   * copies little besides their rows (a chunk of 8 rows copied about three times as many bytes
   * for a day marking 7 % of the students; one row a chunk doubles the chunk index copied).
   */
  private static final int ROW_BITS = 1;

  private static final int ROW_MASK = (1 << ROW_BITS) - 1;

  /**
   * Chunks of int fields per page: the chunk index is kept in pages of 4,096 so that no array a
   * day copies is a large one. With one flat index (half a million references for a million
   * students) each day's copy of it was a humongous object in G1, allocated in the old
   * generation, and kept every chunk the day copied alive through young collections until a
   * concurrent mark: the day's garbage was promoted and copied, doubling the process CPU.
   */
  private static final int PAGE_BITS = 12;

  private static final int PAGE = 1 << PAGE_BITS;
  private static final int PAGE_MASK = PAGE - 1;

  private final int width;
  /**
   * Per index chunk, at {@code 2 * slot} the spread hash of the id in the slot in the high half
   * and the id's row in the low half (0 in an empty slot: a hash is never 0), and next to it the
   * id's {@link StudentIdCode}: a probe reads one cache line and, for an id with a code, nothing
   * else.
   */
  private final long[][] slots;
  /**
   * Per index chunk, the id in each slot (null in an empty slot); read only for ids with no code.
   */
  private final Object[][] keys;
  /**
   * Per page, per chunk of {@code 1 << ROW_BITS} rows, {@code width} fields per row (null past
   * the rows).
   */
  private final int[][][] ints;
  /** Per row chunk, one object per row. */
  private final Object[][] objects;

  private final int size;

  private StudentColumns(
      int width, long[][] slots, Object[][] keys, int[][][] ints, Object[][] objects, int size) {
    this.width = width;
    this.slots = slots;
    this.keys = keys;
    this.ints = ints;
    this.objects = objects;
    this.size = size;
  }

  /**
   * Returns empty columns with {@code width} int fields per row.
   *
   * @param width the number of int fields per row, at least 1
   * @return the empty columns
   */
  public static StudentColumns empty(int width) {
    return new StudentColumns(
        width,
        new long[][] {new long[2 * CHUNK]},
        new Object[][] {new Object[CHUNK]},
        new int[0][][],
        new Object[0][],
        0);
  }

  /**
   * Returns the number of rows (students).
   *
   * @return at least 0
   */
  public int size() {
    return size;
  }

  /**
   * Returns the row of a student, or -1.
   *
   * @param studentId the id, not null
   * @return the row or -1
   */
  public int find(StudentId studentId) {
    return find(slots, keys, studentId, StudentTable.hash(studentId), StudentIdCode.of(studentId));
  }

  /**
   * Returns an int field of a row.
   *
   * @param row the row, 0 to size - 1
   * @param field the field, 0 to width - 1
   * @return the value
   */
  public int intAt(int row, int field) {
    int c = row >>> ROW_BITS;
    return ints[c >>> PAGE_BITS][c & PAGE_MASK][(row & ROW_MASK) * width + field];
  }

  /**
   * Returns the object of a row.
   *
   * @param row the row, 0 to size - 1
   * @return the object
   */
  public Object objectAt(int row) {
    return objects[row >>> BITS][row & MASK];
  }

  /** A slot's first word: the hash in the high half, the row in the low half; never 0. */
  private static long slot(int h, int row) {
    return (long) h << 32 | (row & 0xFFFFFFFFL);
  }

  /**
   * The home slot of a hash: its top bits, so that slots follow the hashes' unsigned order at
   * every capacity ({@link #order}).
   */
  private static int home(int h, int mask) {
    return h >>> (Integer.numberOfLeadingZeros(mask) & 31);
  }

  /**
   * Returns a hash's place in slot order: students visited in this order (ties in any order)
   * are visited in the order of their slots, which turns a batch of random probes into one
   * sweep through memory.
   *
   * @param h a {@link StudentTable#hash}
   * @return the hash as an unsigned number
   */
  public static long order(int h) {
    return h & 0xFFFFFFFFL;
  }

  /**
   * Returns where each of {@code n} hashes goes in near slot order: a stable counting pass on the
   * hashes' top bits, into about a quarter as many buckets as hashes. Visited in that order,
   * students are visited bucket after bucket, each bucket a short stretch of the index (and of
   * rows added in {@link #order}), so a batch of random probes becomes one sweep; within a bucket
   * they keep their given order (two inputs of one student stay in input order). Linear for any
   * hashes, colliding or not.
   *
   * <p>The ranks let a caller move each item to its place while reading the items in their
   * given order ({@code out[rank[j]] = in[j]}).
   *
   * @param hashes {@link StudentTable#hash}es, not null
   * @param n how many, from the start
   * @return for each of the first {@code n} hashes, its position (0 to n - 1) in near slot order
   */
  public static int[] slotRanks(int[] hashes, int n) {
    int bits = n < 8 ? 0 : 31 - Integer.numberOfLeadingZeros(n) - 2;
    int[] buckets = new int[n];
    if (bits > 0) {
      for (int j = 0; j < n; j++) {
        buckets[j] = hashes[j] >>> (32 - bits);
      }
    }
    return CountingRanks.inPlace(buckets, n, 1 << bits);
  }

  private static int find(long[][] slots, Object[][] keys, StudentId studentId, int h, long code) {
    int mask = slots.length * CHUNK - 1;
    for (int i = home(h, mask); ; i = (i + 1) & mask) {
      long[] chunk = slots[i >>> BITS];
      int at = 2 * (i & MASK);
      long held = chunk[at];
      if (held == 0) {
        return -1;
      }
      if ((int) (held >>> 32) == h && chunk[at + 1] == code) {
        // Equal codes other than NONE are equal texts; two ids with no code compare their texts.
        if (code != StudentIdCode.NONE) {
          return (int) held;
        }
        Object key = keys[i >>> BITS][i & MASK];
        if (key == studentId || key.equals(studentId)) {
          return (int) held;
        }
      }
    }
  }

  /**
   * Returns a transient copy to change; confine it to one method call.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Transient columns started from immutable ones: a write copies a chunk the first time it
   * touches it; {@link #build()} publishes immutable columns. Not thread-safe.
   */
  public static final class Builder implements RowReader {
    private final int width;
    private long[][] slots;
    private Object[][] keys;
    private boolean[] ownIndex;
    private int[][][] ints;
    private Object[][] objects;
    /**
     * Per page, null while the page is shared, else a bit per chunk: whether the chunk is this
     * builder's own.
     */
    private long[][] ownInts;

    private boolean[] ownObjects;
    /** Chunk references copied to grow the objects' chunk index (for complexity tests). */
    private long indexCopies;

    private int size;
    /** Whether the chunk indexes are shared with built columns: the next write copies them. */
    private boolean published;

    private Builder(StudentColumns from) {
      width = from.width;
      slots = from.slots.clone();
      keys = from.keys.clone();
      ownIndex = new boolean[slots.length];
      ints = from.ints.clone();
      objects = from.objects.clone();
      ownInts = new long[ints.length][];
      ownObjects = new boolean[objects.length];
      size = from.size;
    }

    /**
     * Returns the number of rows.
     *
     * @return at least 0
     */
    public int size() {
      return size;
    }

    /**
     * Returns the row of a student, or -1.
     *
     * @param studentId the id, not null
     * @param h its {@link StudentTable#hash}
     * @return the row or -1
     */
    public int find(StudentId studentId, int h) {
      return StudentColumns.find(slots, keys, studentId, h, StudentIdCode.of(studentId));
    }

    /**
     * Returns the row of a student, or -1, by her id's hash and code read before: reads the id
     * only when it has no code.
     *
     * @param studentId the id, not null
     * @param h its {@link StudentTable#hash}
     * @param code its {@link StudentIdCode#of}
     * @return the row or -1
     */
    public int find(StudentId studentId, int h, long code) {
      return StudentColumns.find(slots, keys, studentId, h, code);
    }

    /**
     * Reads the home slot of a hash, without comparing: a pass of these over a batch of students
     * puts their index lines in the cache with the misses overlapping.
     *
     * @param h a {@link StudentTable#hash}
     * @return a value derived from what was read
     */
    public int touch(int h) {
      int mask = slots.length * CHUNK - 1;
      int i = home(h, mask);
      return (int) slots[i >>> BITS][2 * (i & MASK)];
    }

    /**
     * Adds a student not held yet: a new row with all int fields 0 and a null object.
     *
     * @param studentId the id, not null, not held
     * @param h its {@link StudentTable#hash}
     * @return the new row
     */
    public int add(StudentId studentId, int h) {
      if (published) {
        unpublish();
      }
      if (2 * (size + 1) > slots.length * CHUNK) {
        grow();
      }
      int mask = slots.length * CHUNK - 1;
      int i = home(h, mask);
      while (slots[i >>> BITS][2 * (i & MASK)] != 0) {
        i = (i + 1) & mask;
      }
      int c = i >>> BITS;
      if (!ownIndex[c]) {
        slots[c] = slots[c].clone();
        keys[c] = keys[c].clone();
        ownIndex[c] = true;
      }
      int row = size++;
      slots[c][2 * (i & MASK)] = slot(h, row);
      slots[c][2 * (i & MASK) + 1] = StudentIdCode.of(studentId);
      keys[c][i & MASK] = studentId;
      int ic = row >>> ROW_BITS;
      int p = ic >>> PAGE_BITS;
      if (p == ints.length) {
        ints = Arrays.copyOf(ints, Math.max(4, 2 * p));
        ownInts = Arrays.copyOf(ownInts, ints.length);
      }
      if (ints[p] == null) {
        ints[p] = new int[PAGE][];
        ownInts[p] = new long[PAGE >>> 6];
      }
      long[] own = ownPage(p);
      if (ints[p][ic & PAGE_MASK] == null) {
        ints[p][ic & PAGE_MASK] = new int[(ROW_MASK + 1) * width];
        own[(ic & PAGE_MASK) >>> 6] |= 1L << ic;
      }
      int rc = row >>> BITS;
      if (rc == objects.length) {
        // Room to spare: adding n students copies the chunk index O(log n) times, O(n) in all.
        objects = Arrays.copyOf(objects, Math.max(4, 2 * rc));
        ownObjects = Arrays.copyOf(ownObjects, objects.length);
        indexCopies += rc;
      }
      if (objects[rc] == null) {
        objects[rc] = new Object[CHUNK];
        ownObjects[rc] = true;
      }
      return row;
    }

    /**
     * Makes room for {@code more} students to be added without growing the index: students
     * added in {@link #order} then land on an index as sparse as it will be.
     *
     * @param more the number of students about to be added, 0 or more
     */
    public void reserve(int more) {
      if (published) {
        unpublish();
      }
      while (2L * (size + (long) more) > (long) slots.length * CHUNK
          && slots.length * CHUNK <= (1 << 29)) {
        grow();
      }
    }

    private void grow() {
      long[][] oldSlots = slots;
      Object[][] oldKeys = keys;
      int chunks = 2 * oldSlots.length;
      slots = new long[chunks][2 * CHUNK];
      keys = new Object[chunks][CHUNK];
      ownIndex = new boolean[chunks];
      Arrays.fill(ownIndex, true);
      int mask = chunks * CHUNK - 1;
      for (int c = 0; c < oldSlots.length; c++) {
        for (int s = 0; s < CHUNK; s++) {
          long held = oldSlots[c][2 * s];
          if (held != 0) {
            int i = home((int) (held >>> 32), mask);
            while (slots[i >>> BITS][2 * (i & MASK)] != 0) {
              i = (i + 1) & mask;
            }
            slots[i >>> BITS][2 * (i & MASK)] = held;
            slots[i >>> BITS][2 * (i & MASK) + 1] = oldSlots[c][2 * s + 1];
            keys[i >>> BITS][i & MASK] = oldKeys[c][s];
          }
        }
      }
    }

    /**
     * Returns an int field of a row.
     *
     * @param row the row
     * @param field the field
     * @return the value
     */
    public int intAt(int row, int field) {
      int c = row >>> ROW_BITS;
      return ints[c >>> PAGE_BITS][c & PAGE_MASK][(row & ROW_MASK) * width + field];
    }

    /**
     * Reads a row's chunk of int fields end to end (its header, first and last field), so that a
     * pass of these over a batch of rows puts whole chunks in the cache with the misses
     * overlapping, before they are read and copied.
     *
     * @param row the row
     * @return a value derived from what was read
     */
    public int warm(int row) {
      int c = row >>> ROW_BITS;
      int[] chunk = ints[c >>> PAGE_BITS][c & PAGE_MASK];
      return chunk.length + chunk[0] + chunk[chunk.length - 1];
    }

    /**
     * Sets an int field of a row.
     *
     * @param row the row
     * @param field the field
     * @param value the value
     */
    public void setInt(int row, int field, int value) {
      ownInts(row)[offset(row) + field] = value;
    }

    /**
     * Returns the chunk of int fields that holds a row, this builder's own (copied on the first
     * write, as {@link #setInt} does): field {@code f} of the row is at {@code offset(row) + f}.
     * For a caller that writes several fields of one row; valid until the next {@link #build()}.
     *
     * @param row the row
     * @return the chunk, to read and write
     */
    public int[] ownInts(int row) {
      if (published) {
        unpublish();
      }
      int c = row >>> ROW_BITS;
      long[] own = ownPage(c >>> PAGE_BITS);
      int[][] page = ints[c >>> PAGE_BITS];
      int q = c & PAGE_MASK;
      if ((own[q >>> 6] & (1L << q)) == 0) {
        // A chunk is a few ints, copied by a loop compiled in line: clone() calls a copy routine
        // out of line for an array whose length the JIT does not know, once per row a day writes.
        int[] shared = page[q];
        int[] copy = new int[shared.length];
        for (int i = 0; i < copy.length; i++) {
          copy[i] = shared[i];
        }
        page[q] = copy;
        own[q >>> 6] |= 1L << q;
      }
      return page[q];
    }

    /**
     * Returns where a row's fields start in its chunk ({@link #ownInts}).
     *
     * @param row the row
     * @return the offset of field 0
     */
    public int offset(int row) {
      return (row & ROW_MASK) * width;
    }

    /** The ownership of a page's chunks, after copying the page if it is still shared. */
    private long[] ownPage(int p) {
      long[] own = ownInts[p];
      if (own == null) {
        ints[p] = ints[p].clone();
        own = new long[PAGE >>> 6];
        ownInts[p] = own;
      }
      return own;
    }

    /**
     * Returns the object of a row.
     *
     * @param row the row
     * @return the object
     */
    public Object objectAt(int row) {
      return objects[row >>> BITS][row & MASK];
    }

    /**
     * Sets the object of a row.
     *
     * @param row the row
     * @param value the object
     */
    public void setObject(int row, Object value) {
      if (published) {
        unpublish();
      }
      int c = row >>> BITS;
      if (!ownObjects[c]) {
        objects[c] = objects[c].clone();
        ownObjects[c] = true;
      }
      objects[c][row & MASK] = value;
    }

    /** The chunk references copied so far to grow the objects' chunk index. */
    long indexCopies() {
      return indexCopies;
    }

    /**
     * Publishes the columns as they stand; a later write to this builder first copies the chunk
     * indexes (and then each chunk it writes to) again.
     *
     * @return the immutable columns
     */
    public StudentColumns build() {
      StudentColumns out = new StudentColumns(width, slots, keys, ints, objects, size);
      published = true;
      return out;
    }

    /**
     * Before a write after {@link #build()}: takes private copies of the chunk indexes, so the
     * published columns stay as they are (a builder built once copies nothing more).
     */
    private void unpublish() {
      slots = slots.clone();
      keys = keys.clone();
      ownIndex = new boolean[slots.length];
      ints = ints.clone();
      objects = objects.clone();
      ownInts = new long[ints.length][];
      ownObjects = new boolean[objects.length];
      published = false;
    }
  }
}

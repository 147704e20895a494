package org.kbbx.reporting.internal;

import java.util.Arrays;

/**
 * The mutable counter cells of one unit's counts table: by grade system, then row (grade or
 * expected grade 0–9), sex column and counter, plus one block per priority group (and the union of
 * watched groups) by row and counter. Students' counts go first into compact {@code int} cells of
 * the recorded sexes only, a third of the size in cells and half in bytes per cell, so that the
 * tables of a county's schools and villages stay in cache while students are counted; they are
 * folded into the {@code long} cells on a snapshot, or earlier before an {@code int} could
 * overflow. No allocation per student; a block is allocated when its system or group first occurs.
 *
 * <p>Not part of the API (see the package). Mutable and not thread-safe.
 */
public final class CountCells {

  private final int systems;
  private final int rows;
  private final int sexes;
  private final int recordedSexes;
  private final int counters;
  private final int groupBlocks;
  private final int mainSize;
  private final int groupSize;
  private final int recentSize;
  private final int foldEvery;

  /** Counts added whole and folded student counts, by system; null until needed. */
  private final long[][] main;

  private final long[][][] groups;
  /** Students' counts since the last fold, by system, then row, recorded sex and counter. */
  private final int[][] recent;

  private int sinceFold;

  /** Whether the long blocks are shared with a snapshot (copied before the next change). */
  private boolean shared;

  /**
   * Returns empty cells of the given shape.
   *
   * @param systems grade systems
   * @param rows rows per system
   * @param sexes sex columns of the long cells (the recorded sexes and one for no sex)
   * @param recordedSexes sex columns of students' own counts
   * @param counters counters per row
   * @param groupBlocks group blocks per system
   * @param foldEvery students after which the int cells are folded, so that none overflows
   */
  public CountCells(
      int systems,
      int rows,
      int sexes,
      int recordedSexes,
      int counters,
      int groupBlocks,
      int foldEvery) {
    this.systems = systems;
    this.rows = rows;
    this.sexes = sexes;
    this.recordedSexes = recordedSexes;
    this.counters = counters;
    this.groupBlocks = groupBlocks;
    this.mainSize = rows * sexes * counters;
    this.groupSize = rows * counters;
    this.recentSize = rows * recordedSexes * counters;
    this.foldEvery = foldEvery;
    this.main = new long[systems][];
    this.groups = new long[systems][groupBlocks][];
    this.recent = new int[systems][];
  }

  /** Counts one more student; folds the int cells first when they could overflow. */
  public void student() {
    if (sinceFold == foldEvery) {
      fold();
    }
    sinceFold++;
  }

  /**
   * Adds one to each counter of {@code mask} in {@code [from, to)} of one row and recorded sex of
   * system {@code s}: one increment per counter set (a student sets one to five), so a student
   * touches one or two cache lines per side.
   */
  public void addRow(int s, int row, int sex, int mask, int from, int to) {
    int[] cells = recent[s];
    if (cells == null) {
      cells = new int[recentSize];
      recent[s] = cells;
    }
    int base = (row * recordedSexes + sex) * counters;
    int span = (to - from) >= Integer.SIZE ? -1 : (1 << (to - from)) - 1;
    for (int m = mask >>> from & span; m != 0; m &= m - 1) {
      cells[base + from + Integer.numberOfTrailingZeros(m)]++;
    }
  }

  /** Adds one to each counter of {@code mask} in {@code [from, to)} of one row of a group block. */
  public void addGroupRow(int s, int group, int row, int mask, int from, int to) {
    own();
    long[] block = groups[s][group];
    if (block == null) {
      block = new long[groupSize];
      groups[s][group] = block;
    }
    for (int k = from; k < to; k++) {
      block[row * counters + k] += mask >>> k & 1;
    }
  }

  /**
   * Adds {@code count} to one long cell; the caller checks the indexes.
   *
   * @throws ArithmeticException if the cell overflows
   */
  public void addCell(int s, int row, int sex, int counter, long count) {
    own();
    int i = (row * sexes + sex) * counters + counter;
    long[] cells = main(s);
    cells[i] = Math.addExact(cells[i], count);
  }

  /**
   * Adds {@code count} to each counter of {@code mask} of one row and sex of system {@code s}:
   * the students of one cell group counted in bulk; the caller checks the indexes.
   *
   * @throws ArithmeticException if a cell overflows
   */
  public void addCells(int s, int row, int sex, int mask, long count) {
    own();
    long[] cells = main(s);
    int base = (row * sexes + sex) * counters;
    for (int m = mask; m != 0; m &= m - 1) {
      int i = base + Integer.numberOfTrailingZeros(m);
      cells[i] = Math.addExact(cells[i], count);
    }
  }

  /**
   * Adds whole blocks (another table's cells).
   *
   * @param mainBlocks long cells by system, null where none
   * @param groupBlocksFrom group blocks by system and block, null where none
   * @throws ArithmeticException if a cell overflows
   */
  public void addAll(long[][] mainBlocks, long[][][] groupBlocksFrom) {
    own();
    for (int s = 0; s < systems; s++) {
      if (mainBlocks[s] != null) {
        addExact(main(s), mainBlocks[s], mainSize);
      }
      for (int g = 0; g < groupBlocks; g++) {
        long[] from = groupBlocksFrom[s][g];
        if (from == null) {
          continue;
        }
        if (groups[s][g] == null) {
          groups[s][g] = new long[groupSize];
        }
        addExact(groups[s][g], from, groupSize);
      }
    }
  }

  /**
   * Adds {@code from} to {@code to} cell by cell, with one overflow test for the block (a sum
   * overflowed when its sign differs from both addends'), so that the loop vectorises.
   *
   * @throws ArithmeticException if a cell overflows (cells may then be partly added, as when
   *     {@link Math#addExact} throws midway)
   */
  private static void addExact(long[] to, long[] from, int size) {
    long overflow = 0;
    for (int i = 0; i < size; i++) {
      long a = to[i];
      long b = from[i];
      long r = a + b;
      overflow |= (a ^ r) & (b ^ r);
      to[i] = r;
    }
    if (overflow < 0) {
      throw new ArithmeticException("long overflow");
    }
  }

  /**
   * Returns the long cells by system, the int cells added; null where none occur. The blocks are
   * shared with the snapshot until the next change here, which copies them first (copy on
   * write): the caller must never change them.
   */
  public long[][] snapshotMain() {
    if (sinceFold > 0) {
      fold(); // else the int cells are all zero
    }
    shared = true;
    return main.clone();
  }

  /** Returns the group blocks by system and block, null where none occur; shared as above. */
  public long[][][] snapshotGroups() {
    shared = true;
    long[][][] copy = new long[systems][][];
    for (int s = 0; s < systems; s++) {
      copy[s] = groups[s].clone();
    }
    return copy;
  }

  /** Copies the long blocks shared with a snapshot, before they change. */
  private void own() {
    if (!shared) {
      return;
    }
    for (int s = 0; s < systems; s++) {
      main[s] = main[s] == null ? null : main[s].clone();
      for (int g = 0; g < groupBlocks; g++) {
        groups[s][g] = groups[s][g] == null ? null : groups[s][g].clone();
      }
    }
    shared = false;
  }

  private long[] main(int s) {
    if (main[s] == null) {
      main[s] = new long[mainSize];
    }
    return main[s];
  }

  /** Moves the int cells into the long cells. */
  private void fold() {
    for (int s = 0; s < systems; s++) {
      if (recent[s] != null) {
        own();
        addRecent(s, main(s));
        Arrays.fill(recent[s], 0);
      }
    }
    sinceFold = 0;
  }

  private void addRecent(int s, long[] cells) {
    int[] from = recent[s];
    if (from == null) {
      return;
    }
    for (int row = 0; row < rows; row++) {
      for (int sex = 0; sex < recordedSexes; sex++) {
        int f = (row * recordedSexes + sex) * counters;
        int to = (row * sexes + sex) * counters;
        for (int k = 0; k < counters; k++) {
          cells[to + k] = Math.addExact(cells[to + k], from[f + k]);
        }
      }
    }
  }
}

package org.kbbx.reporting.internal;

/**
 * Counter cells of many units (schools or household divisions) indexed by unit ordinal, in one
 * flat {@code int} array: by unit, grade system, row, recorded sex and counter. Counting a student
 * is an index computation and one increment per counter set; one unit's cells are a few hundred
 * bytes, so the units of a county stay in cache. An {@code int} cell cannot overflow in one pass
 * over at most {@link Integer#MAX_VALUE} students (one increment per student and cell). Each unit
 * also records whether anything was added to it, counters or not.
 *
 * <p>Not part of the API (see the package). Mutable and not thread-safe.
 */
public final class UnitCells {

  private final int systems;
  private final int rows;
  private final int sexes;
  private final int counters;
  private final int unitSize;
  private final int[] cells;
  private final boolean[] touched;

  /**
   * Returns empty cells of the given shape.
   *
   * @param units units (indexes 0 to units − 1)
   * @param systems grade systems
   * @param rows rows per system
   * @param sexes recorded sexes
   * @param counters counters per row and sex
   */
  public UnitCells(int units, int systems, int rows, int sexes, int counters) {
    this.systems = systems;
    this.rows = rows;
    this.sexes = sexes;
    this.counters = counters;
    this.unitSize = systems * rows * sexes * counters;
    this.cells = new int[Math.multiplyExact(units, unitSize)];
    this.touched = new boolean[units];
  }

  /**
   * Adds one to each counter whose bit is set in {@code mask} (bit k for counter k) of one row
   * and sex of system {@code s} of a unit, and marks the unit touched.
   */
  public void add(int unit, int s, int row, int sex, int mask) {
    touched[unit] = true;
    int base = unit * unitSize + ((s * rows + row) * sexes + sex) * counters;
    for (int m = mask; m != 0; m &= m - 1) {
      cells[base + Integer.numberOfTrailingZeros(m)]++;
    }
  }

  /** Marks a unit touched without counting anything. */
  public void touch(int unit) {
    touched[unit] = true;
  }

  /** Returns whether anything was added to {@code unit}. */
  public boolean touched(int unit) {
    return touched[unit];
  }

  /** Returns one cell. */
  public int get(int unit, int s, int row, int sex, int counter) {
    return cells[unit * unitSize + ((s * rows + row) * sexes + sex) * counters + counter];
  }

  /** Returns the number of grade systems. */
  public int systems() {
    return systems;
  }

  /** Returns the number of rows per system. */
  public int rows() {
    return rows;
  }

  /** Returns the number of recorded sexes. */
  public int sexes() {
    return sexes;
  }

  /** Returns the number of counters per row and sex. */
  public int counters() {
    return counters;
  }
}

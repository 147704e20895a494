package org.kbbx.reporting.rate;

import java.util.Arrays;
import java.util.Objects;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.person.Sex;
import org.kbbx.core.school.Grade;
import org.kbbx.core.school.GradeSystem;

/**
 * The counts of one unit (a school, a division) for one school year, kept by row (grade or expected
 * grade), sex and priority group: a commutative monoid (R-RATE-2) that answers any {@link Slice}
 * (R-RATE-4).
 *
 * <p>The table holds {@code 10 rows × 3 sex columns × 12 counters} longs (male, female, and
 * counts reported without sex, as flow reports are), plus {@code 10 × 12} for each
 * priority group that occurs: a few kilobytes per unit whatever its size, never students. Rows 1–9
 * are grades (enrolment-side counters) or expected grades (population-side counters); row 0 holds
 * population-side counters of children of compulsory age outside the official grades.
 *
 * <p>This class is immutable and thread-safe. Its {@link Accumulator} is not thread-safe.
 */
public final class CountsTable {

  static final int ROWS = 10;
  /** Sex columns: one per {@link Sex}, then one for counts reported without sex. */
  private static final int SEXES = Sex.values().length + 1;
  static final int UNRECORDED_SEX = Sex.values().length;
  private static final int K = Counter.COUNT;
  /** The number of enrolment-side counters, which come first; the rest are population-side. */
  private static final int ENROLMENT_SIDE = Integer.bitCount(Counter.ENROLMENT_MASK);
  private static final int GROUPS = PriorityGroup.values().length;
  private static final int MAIN_SIZE = ROWS * SEXES * K;
  private static final int GROUP_SIZE = ROWS * K;
  /** Sex columns of students' own counts (a student's sex is always recorded). */
  private static final int RECORDED_SEXES = Sex.values().length;
  private static final int RECENT_SIZE = ROWS * RECORDED_SEXES * K;

  private final GradeSystem system;
  private final long[] main;
  private final long[][] groups;

  private CountsTable(GradeSystem system, long[] main, long[][] groups) {
    this.system = system;
    this.main = main;
    this.groups = groups;
  }

  /**
   * Returns the empty table, the identity of {@link #plus(CountsTable)}.
   *
   * @param system the grade system levels are read with, not null
   * @return the empty table
   */
  public static CountsTable empty(GradeSystem system) {
    return new CountsTable(Objects.requireNonNull(system, "system"), new long[MAIN_SIZE], new long[GROUPS][]);
  }

  /**
   * Returns a new empty accumulator.
   *
   * @param system the grade system, not null
   * @return the accumulator
   */
  public static Accumulator accumulator(GradeSystem system) {
    return new Accumulator(Objects.requireNonNull(system, "system"));
  }

  /** Returns the grade system that maps grades and expected grades to levels. */
  public GradeSystem system() {
    return system;
  }

  /**
   * Returns the table of the union of two disjoint populations: cell-wise sums.
   *
   * @param other a table of the same grade system, not null
   * @return the sum
   * @throws IllegalArgumentException if the grade systems differ
   * @throws ArithmeticException if a count overflows
   */
  public CountsTable plus(CountsTable other) {
    Objects.requireNonNull(other, "other");
    Accumulator sum = new Accumulator(system);
    sum.add(this);
    sum.add(other);
    return sum.toTable();
  }

  /**
   * Returns the counts of a slice.
   *
   * @param slice not null
   * @return the summed counters
   */
  public RateCounts select(Slice slice) {
    Objects.requireNonNull(slice, "slice");
    long[] sum = new long[K];
    for (int row = 0; row < ROWS; row++) {
      if (!selects(slice, row)) {
        continue;
      }
      if (slice.group().isDefined()) {
        long[] block = groups[slice.group().get().ordinal()];
        if (block != null) {
          addInto(sum, block, row * K);
        }
      } else {
        for (int sex = 0; sex < SEXES; sex++) {
          if (slice.sex().isEmpty() || slice.sex().get().ordinal() == sex) {
            addInto(sum, main, (row * SEXES + sex) * K);
          }
        }
      }
    }
    return RateCounts.wrap(sum);
  }

  /** Returns the counts of all children in the unit. */
  public RateCounts total() {
    return select(Slice.all());
  }

  private boolean selects(Slice slice, int row) {
    if (slice.grade().isDefined() && slice.grade().get().number() != row) {
      return false;
    }
    if (slice.level().isDefined()) {
      return row != 0 && system.levelOf(Grade.of(row)) == slice.level().get();
    }
    return true;
  }

  private static void addInto(long[] sum, long[] cells, int offset) {
    for (int k = 0; k < K; k++) {
      sum[k] = Math.addExact(sum[k], cells[offset + k]);
    }
  }

  /** Returns the heap bytes of the counter arrays (an estimate of the table's footprint). */
  public long counterBytes() {
    long bytes = 16L + 8L * main.length;
    for (long[] block : groups) {
      bytes += block == null ? 0 : 16L + 8L * block.length;
    }
    return bytes;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof CountsTable that) || that.system != system || !Arrays.equals(that.main, main)) {
      return false;
    }
    for (int g = 0; g < GROUPS; g++) {
      if (!Arrays.equals(orZero(groups[g]), orZero(that.groups[g]))) {
        return false;
      }
    }
    return true;
  }

  private static final long[] ZERO_GROUP = new long[GROUP_SIZE];

  private static long[] orZero(long[] block) {
    return block == null ? ZERO_GROUP : block;
  }

  @Override
  public int hashCode() {
    int hash = system.hashCode() * 31 + Arrays.hashCode(main);
    for (long[] block : groups) {
      hash = hash * 31 + Arrays.hashCode(orZero(block));
    }
    return hash;
  }

  @Override
  public String toString() {
    return "CountsTable{" + system + ", total=" + total() + "}";
  }

  /**
   * A mutable accumulator of contributions: the fast path from students to counts, with no
   * allocation per student. Not thread-safe; use one per thread and merge the tables.
   */
  public static final class Accumulator {
    private final GradeSystem system;
    /** Counts added whole (merged tables, bulk cells) and folded student counts; null until needed. */
    private long[] main;
    private final long[][] groups = new long[GROUPS][];
    /**
     * Students' counts since the last fold, by row, recorded sex and counter: a third of the
     * size of {@code main} in cells, half in bytes per cell, so the tables of a county's schools
     * and villages stay in cache while students are counted.
     */
    private final int[] recent = new int[RECENT_SIZE];
    /** After this many students the recent counts are folded into {@code main}, before an int overflows. */
    private final int foldEvery;
    private int sinceFold;

    Accumulator(GradeSystem system) {
      this(system, Integer.MAX_VALUE);
    }

    Accumulator(GradeSystem system, int foldEvery) {
      this.system = system;
      this.foldEvery = foldEvery;
    }

    /**
     * Adds one student's contribution.
     *
     * @param contribution not null
     * @return this accumulator
     */
    public Accumulator add(Contribution contribution) {
      return add(contribution, -1);
    }

    /**
     * Adds {@code count} to one cell, as when loading counts reported in bulk.
     *
     * @param row the grade (or expected grade) row, 0 to 9
     * @param sexIndex 0 male, 1 female, 2 not recorded
     * @param counter not null
     * @param count {@code >= 0}
     * @return this accumulator
     * @throws IllegalArgumentException if an index is out of range or the count negative
     */
    public Accumulator addCount(int row, int sexIndex, Counter counter, long count) {
      if (row < 0 || row >= ROWS || sexIndex < 0 || sexIndex >= SEXES || count < 0) {
        throw new IllegalArgumentException(
            "Invalid cell (row 0 - 9, sex 0 - 2, count >= 0): row " + row + ", sex " + sexIndex + ", count " + count);
      }
      int i = (row * SEXES + sexIndex) * K + counter.ordinal();
      long[] cells = main();
      cells[i] = Math.addExact(cells[i], count);
      return this;
    }

    Accumulator add(Contribution contribution, int onlyMask) {
      return add(contribution.packed(), onlyMask);
    }

    Accumulator add(long contribution, int onlyMask) {
      int mask = Contribution.counterMask(contribution) & onlyMask;
      if (mask == 0) {
        return this;
      }
      int sex = Contribution.sexIndex(contribution);
      if (sex >= RECORDED_SEXES) {
        throw new IllegalArgumentException("Invalid contribution: sex index " + sex + " (valid values 0 - 1)");
      }
      if (sinceFold == foldEvery) {
        fold();
      }
      sinceFold++;
      int groupMask = Contribution.groupMask(contribution);
      int enrolment = mask & Counter.ENROLMENT_MASK;
      if (enrolment != 0) {
        addRow(Contribution.enrolmentRow(contribution), sex, enrolment, 0, ENROLMENT_SIDE, groupMask);
      }
      int population = mask & Counter.POPULATION_MASK;
      if (population != 0) {
        addRow(Contribution.populationRow(contribution), sex, population, ENROLMENT_SIDE, K, groupMask);
      }
      return this;
    }

    /**
     * Adds one to each counter of {@code mask} in one row: the cells {@code [from, to)} of one side,
     * no branch per counter, so a student touches one or two cache lines per side.
     */
    private void addRow(int row, int sex, int mask, int from, int to, int groupMask) {
      int base = (row * RECORDED_SEXES + sex) * K;
      for (int k = from; k < to; k++) {
        recent[base + k] += mask >>> k & 1;
      }
      for (int g = groupMask; g != 0; g &= g - 1) {
        int group = Integer.numberOfTrailingZeros(g);
        long[] block = groups[group];
        if (block == null) {
          block = new long[GROUP_SIZE];
          groups[group] = block;
        }
        for (int k = from; k < to; k++) {
          block[row * K + k] += mask >>> k & 1;
        }
      }
    }

    /**
     * Adds a whole table, as when merging partial results.
     *
     * @param table a table of the same grade system, not null
     * @return this accumulator
     * @throws IllegalArgumentException if the grade systems differ
     */
    public Accumulator add(CountsTable table) {
      Objects.requireNonNull(table, "table");
      if (table.system != system) {
        throw new IllegalArgumentException(
            "Cannot merge counts of grade system " + table.system + " into " + system);
      }
      long[] cells = main();
      for (int i = 0; i < MAIN_SIZE; i++) {
        cells[i] = Math.addExact(cells[i], table.main[i]);
      }
      for (int g = 0; g < GROUPS; g++) {
        long[] from = table.groups[g];
        if (from == null) {
          continue;
        }
        if (groups[g] == null) {
          groups[g] = new long[GROUP_SIZE];
        }
        for (int i = 0; i < GROUP_SIZE; i++) {
          groups[g][i] = Math.addExact(groups[g][i], from[i]);
        }
      }
      return this;
    }

    /** Returns an immutable snapshot of the counts so far. */
    public CountsTable toTable() {
      long[][] copy = new long[GROUPS][];
      for (int g = 0; g < GROUPS; g++) {
        copy[g] = groups[g] == null ? null : groups[g].clone();
      }
      long[] cells = main == null ? new long[MAIN_SIZE] : main.clone();
      addRecent(cells);
      return new CountsTable(system, cells, copy);
    }

    private long[] main() {
      if (main == null) {
        main = new long[MAIN_SIZE];
      }
      return main;
    }

    /** Moves the recent counts into {@code main}. */
    private void fold() {
      addRecent(main());
      Arrays.fill(recent, 0);
      sinceFold = 0;
    }

    private void addRecent(long[] cells) {
      for (int row = 0; row < ROWS; row++) {
        for (int sex = 0; sex < RECORDED_SEXES; sex++) {
          int from = (row * RECORDED_SEXES + sex) * K;
          int to = (row * SEXES + sex) * K;
          for (int k = 0; k < K; k++) {
            cells[to + k] = Math.addExact(cells[to + k], recent[from + k]);
          }
        }
      }
    }
  }
}

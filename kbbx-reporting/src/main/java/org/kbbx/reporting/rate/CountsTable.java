package org.kbbx.reporting.rate;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.person.Sex;
import org.kbbx.core.school.Grade;
import org.kbbx.core.school.GradeSystem;
import org.kbbx.reporting.internal.CountCells;

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
 * <p>Counts are kept per grade system (R-RATE-18): a grade row's level is read with the system of
 * the school attended (an expected grade's with the household's), so tables of 6-3 and 5-4 units
 * add cell by cell into one table that answers every slice by level; adding never throws for a
 * system. A block of each system is allocated only when that system occurs. Besides one block per
 * priority group, the table keeps the union of registered-poor and monitored children ({@link
 * WatchedGroups}), which per-group blocks cannot give (a child may be in both).
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
  /** Group blocks: one per priority group, then the registered-poor-or-monitored union. */
  private static final int GROUP_BLOCKS = GROUPS + 1;

  private static final int WATCHED = GROUPS;
  private static final int WATCHED_MASK = 1 << PriorityGroup.REGISTERED_POOR.ordinal()
      | 1 << PriorityGroup.MONITORED_HOUSEHOLD.ordinal();
  private static final GradeSystem[] SYSTEM_VALUES = GradeSystem.values();
  private static final int SYSTEMS = SYSTEM_VALUES.length;
  private static final int MAIN_SIZE = ROWS * SEXES * K;
  private static final int GROUP_SIZE = ROWS * K;
  /** Sex columns of students' own counts (a student's sex is always recorded). */
  private static final int RECORDED_SEXES = Sex.values().length;

  /** Cells by system, then row, sex and counter; null for a system that does not occur. */
  private final long[][] main;
  /** Group cells by system and group block, then row and counter; null where none occur. */
  private final long[][][] groups;

  private CountsTable(long[][] main, long[][][] groups) {
    this.main = main;
    this.groups = groups;
  }

  /**
   * Returns the empty table, the identity of {@link #plus(CountsTable)}.
   *
   * @return the empty table
   */
  public static CountsTable empty() {
    return new CountsTable(new long[SYSTEMS][], new long[SYSTEMS][GROUP_BLOCKS][]);
  }

  /**
   * Returns the empty table; the system is not part of the value (tables of any systems merge).
   *
   * @param system not null
   * @return the empty table
   */
  public static CountsTable empty(GradeSystem system) {
    Objects.requireNonNull(system, "system");
    return empty();
  }

  /**
   * Returns a new empty accumulator.
   *
   * @param system the jurisdiction's grade system (students carry their own), not null
   * @return the accumulator
   */
  public static Accumulator accumulator(GradeSystem system) {
    return new Accumulator(Objects.requireNonNull(system, "system"));
  }

  /**
   * Returns the grade systems that occur in the table (a non-zero count), in declaration order.
   *
   * @return a new set, empty for an empty table
   */
  public Set<GradeSystem> systems() {
    Set<GradeSystem> set = EnumSet.noneOf(GradeSystem.class);
    for (int s = 0; s < SYSTEMS; s++) {
      if (nonZero(main[s])) {
        set.add(SYSTEM_VALUES[s]);
        continue;
      }
      for (long[] block : groups[s]) {
        if (nonZero(block)) {
          set.add(SYSTEM_VALUES[s]);
          break;
        }
      }
    }
    return set;
  }

  private static boolean nonZero(long[] cells) {
    if (cells != null) {
      for (long c : cells) {
        if (c != 0) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Returns the table of the union of two disjoint populations: cell-wise sums, whatever their
   * grade systems (R-RATE-18).
   *
   * @param other not null
   * @return the sum
   * @throws ArithmeticException if a count overflows
   */
  public CountsTable plus(CountsTable other) {
    Objects.requireNonNull(other, "other");
    Accumulator sum = new Accumulator(GradeSystem.SIX_THREE);
    sum.add(this);
    sum.add(other);
    return sum.toTable();
  }

  /**
   * Returns the counts of a slice, over every grade system: a level selects, in each system's
   * block, the grades of that level under that system (R-RATE-18).
   *
   * @param slice not null
   * @return the summed counters
   */
  public RateCounts select(Slice slice) {
    Objects.requireNonNull(slice, "slice");
    long[] sum = new long[K];
    for (int s = 0; s < SYSTEMS; s++) {
      selectInto(sum, s, slice);
    }
    return RateCounts.wrap(sum);
  }

  /**
   * Returns the counts of a slice among students counted under one grade system: at schools of
   * that system (enrolment side) or of households whose official grades follow it (population
   * side).
   *
   * @param system not null
   * @param slice not null
   * @return the summed counters
   */
  public RateCounts select(GradeSystem system, Slice slice) {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(slice, "slice");
    long[] sum = new long[K];
    selectInto(sum, system.ordinal(), slice);
    return RateCounts.wrap(sum);
  }

  private void selectInto(long[] sum, int s, Slice slice) {
    GradeSystem system = SYSTEM_VALUES[s];
    for (int row = 0; row < ROWS; row++) {
      if (!selects(system, slice, row)) {
        continue;
      }
      if (slice.group().isDefined() || slice.watched().isDefined()) {
        int block = slice.group().isDefined() ? slice.group().get().ordinal() : WATCHED;
        long[] cells = groups[s][block];
        if (cells != null) {
          addInto(sum, cells, row * K);
        }
      } else if (main[s] != null) {
        for (int sex = 0; sex < SEXES; sex++) {
          if (slice.sex().isEmpty() || slice.sex().get().ordinal() == sex) {
            addInto(sum, main[s], (row * SEXES + sex) * K);
          }
        }
      }
    }
  }

  /** Returns the counts of all children in the unit. */
  public RateCounts total() {
    return select(Slice.all());
  }

  private static boolean selects(GradeSystem system, Slice slice, int row) {
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
    long bytes = 0;
    for (int s = 0; s < SYSTEMS; s++) {
      bytes += main[s] == null ? 0 : 16L + 8L * main[s].length;
      for (long[] block : groups[s]) {
        bytes += block == null ? 0 : 16L + 8L * block.length;
      }
    }
    return bytes;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof CountsTable that)) {
      return false;
    }
    for (int s = 0; s < SYSTEMS; s++) {
      if (!Arrays.equals(orZero(main[s], MAIN_ZERO), orZero(that.main[s], MAIN_ZERO))) {
        return false;
      }
      for (int g = 0; g < GROUP_BLOCKS; g++) {
        if (!Arrays.equals(
            orZero(groups[s][g], GROUP_ZERO), orZero(that.groups[s][g], GROUP_ZERO))) {
          return false;
        }
      }
    }
    return true;
  }

  private static final long[] MAIN_ZERO = new long[MAIN_SIZE];
  private static final long[] GROUP_ZERO = new long[GROUP_SIZE];

  private static long[] orZero(long[] block, long[] zero) {
    return block == null ? zero : block;
  }

  @Override
  public int hashCode() {
    int hash = 1;
    for (int s = 0; s < SYSTEMS; s++) {
      hash = hash * 31 + Arrays.hashCode(orZero(main[s], MAIN_ZERO));
      for (long[] block : groups[s]) {
        hash = hash * 31 + Arrays.hashCode(orZero(block, GROUP_ZERO));
      }
    }
    return hash;
  }

  @Override
  public String toString() {
    return "CountsTable{" + systems() + ", total=" + total() + "}";
  }

  /**
   * A mutable accumulator of contributions: the fast path from students to counts, with no
   * allocation per student. Not thread-safe; use one per thread and merge the tables.
   */
  public static final class Accumulator {
    private final GradeSystem system;
    private final CountCells cells;

    Accumulator(GradeSystem system) {
      this(system, Integer.MAX_VALUE);
    }

    Accumulator(GradeSystem system, int foldEvery) {
      this.system = system;
      this.cells = new CountCells(SYSTEMS, ROWS, SEXES, RECORDED_SEXES, K, GROUP_BLOCKS, foldEvery);
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
     * Adds {@code count} to one cell of the accumulator's grade system, as when loading counts
     * reported in bulk (flow reports); not API: cells are addressed by index.
     *
     * @param row the grade (or expected grade) row, 0 to 9
     * @param sexIndex 0 male, 1 female, 2 not recorded
     * @param counter not null
     * @param count {@code >= 0}
     * @return this accumulator
     * @throws IllegalArgumentException if an index is out of range or the count negative
     */
    Accumulator addCount(int row, int sexIndex, Counter counter, long count) {
      return addCount(system, row, sexIndex, counter, count);
    }

    /**
     * Adds {@code count} to one cell of {@code gradeSystem}'s block; not API: cells are addressed
     * by index.
     *
     * @param gradeSystem the system of the reporting school, not null
     * @param row the grade (or expected grade) row, 0 to 9
     * @param sexIndex 0 male, 1 female, 2 not recorded
     * @param counter not null
     * @param count {@code >= 0}
     * @return this accumulator
     * @throws IllegalArgumentException if an index is out of range or the count negative
     */
    Accumulator addCount(
        GradeSystem gradeSystem, int row, int sexIndex, Counter counter, long count) {
      Objects.requireNonNull(gradeSystem, "gradeSystem");
      if (row < 0 || row >= ROWS || sexIndex < 0 || sexIndex >= SEXES || count < 0) {
        throw new IllegalArgumentException("Invalid cell (row 0 - 9, sex 0 - 2, count >= 0): row "
            + row + ", sex " + sexIndex + ", count " + count);
      }
      cells.addCell(gradeSystem.ordinal(), row, sexIndex, counter.ordinal(), count);
      return this;
    }

    /**
     * Adds {@code count} students of one recorded sex to each counter of {@code mask} in one row
     * of system {@code s}; the caller (a histogram of contributions) guarantees the indexes.
     */
    void addStudents(int s, int row, int sex, int mask, int count) {
      cells.addCells(s, row, sex, mask, count);
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
        throw new IllegalArgumentException(
            "Invalid contribution: sex index " + sex + " (valid values 0 - 1)");
      }
      cells.student();
      int groupMask = Contribution.groupMask(contribution);
      int enrolment = mask & Counter.ENROLMENT_MASK;
      if (enrolment != 0) {
        addRow(
            Contribution.enrolmentSystem(contribution),
            Contribution.enrolmentRow(contribution),
            sex,
            enrolment,
            0,
            ENROLMENT_SIDE,
            groupMask);
      }
      int population = mask & Counter.POPULATION_MASK;
      if (population != 0) {
        addRow(
            Contribution.populationSystem(contribution),
            Contribution.populationRow(contribution),
            sex,
            population,
            ENROLMENT_SIDE,
            K,
            groupMask);
      }
      return this;
    }

    private void addRow(int s, int row, int sex, int mask, int from, int to, int groupMask) {
      cells.addRow(s, row, sex, mask, from, to);
      for (int g = groupMask; g != 0; g &= g - 1) {
        cells.addGroupRow(s, Integer.numberOfTrailingZeros(g), row, mask, from, to);
      }
      if ((groupMask & WATCHED_MASK) != 0) {
        cells.addGroupRow(s, WATCHED, row, mask, from, to);
      }
    }

    /**
     * Adds a whole table, as when merging partial results; tables of any grade systems merge
     * (R-RATE-18).
     *
     * @param table not null
     * @return this accumulator
     */
    public Accumulator add(CountsTable table) {
      Objects.requireNonNull(table, "table");
      cells.addAll(table.main, table.groups);
      return this;
    }

    /** Returns an immutable snapshot of the counts so far. */
    public CountsTable toTable() {
      return new CountsTable(cells.snapshotMain(), cells.snapshotGroups());
    }
  }
}

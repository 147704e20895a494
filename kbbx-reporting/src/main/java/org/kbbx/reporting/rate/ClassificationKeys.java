package org.kbbx.reporting.rate;

import org.kbbx.core.school.GradeSystem;
import org.kbbx.core.status.RecordState;
import org.kbbx.core.status.SchoolingState;

/**
 * Everything {@link StatusMembership#classify} reads about one student of a {@link StatusColumns}
 * through {@link ColumnYearReader}, packed into one {@code long}: the key under which {@link
 * ClassificationMemo} keeps the classification's result, so that the one classification runs once
 * per distinct key instead of once per student (R-RATE-2, R-RATE-14).
 *
 * <p>Per slot (previous census, census, count date, next census; 12 bits each): the schooling
 * state, the record state, the grade, whether there is a record school and the ordinal of the
 * slot's grade system (the school's, else the jurisdiction's). Then which of the six pairs of
 * slots name the same school (the index, or both none), the class of the count-date state's first
 * day against the counting year (none, before the first day of the year, within [first day, count
 * date], after it), whether the child has a household and a birth date, and the child's
 * population row ({@link AgeLookup#populationRowOfDay}) when it has both. Sex and priority groups
 * are not in the key: the classification does not read them.
 *
 * <p>The key holds no day but the count-date state's class: {@link KeyYearReader} answers every
 * other question it cannot answer from the key by reporting it unanswerable, and the student is
 * then classified directly, so a rule that reads more than the key is never answered wrong.
 *
 * <p>Reads the columns it was built from and never changes them; use one per thread.
 */
final class ClassificationKeys {

  static final int SLOTS = 4;
  static final int SLOT_BITS = 12;
  static final int STATE_SHIFT = 0;
  static final int RECORD_SHIFT = 4;
  static final int GRADE_SHIFT = 6;
  static final int SCHOOL_SHIFT = 10;
  static final int SYSTEM_SHIFT = 11;
  /** Six same-school bits, for the pairs in {@link #PAIRS} order. */
  static final int SAME_SHIFT = SLOTS * SLOT_BITS;

  static final int SINCE_SHIFT = SAME_SHIFT + 6;
  static final int HOUSEHOLD_SHIFT = SINCE_SHIFT + 2;
  static final int BIRTH_SHIFT = HOUSEHOLD_SHIFT + 1;
  /** The population row + 1 (0 for not of compulsory age), or {@link #NO_ROW}. */
  static final int ROW_SHIFT = BIRTH_SHIFT + 1;

  static final int NO_ROW = 15;

  /** The day classes of the count-date state's first day. */
  static final int NO_SINCE = 0;

  static final int BEFORE_YEAR = 1;
  static final int IN_YEAR = 2;
  static final int AFTER_COUNT = 3;

  /** No key: never built, since the key's top two bits are always clear. */
  static final long NONE = -1L;

  /** The slot pairs of the same-school bits. */
  static final int[][] PAIRS = {{0, 1}, {0, 2}, {0, 3}, {1, 2}, {1, 3}, {2, 3}};

  /**
   * Whether the enums fit the widths above (16 schooling states, 4 record states, 2 grade
   * systems); when they do not, nothing is memoised and every student is classified directly.
   */
  static final boolean FITS = SchoolingState.values().length <= 16
      && RecordState.values().length <= 4
      && GradeSystem.values().length <= 2;

  /** The columns' part of each key, {@link #facts}. */
  private final long[] facts;

  private final int[][] school;
  private final int[] countSince;
  private final int[] household;
  private final int[] birth;
  /** Grade system ordinal by school index + 1; index 0 (no school) is the jurisdiction's. */
  private final int[] systemOf;

  /** The ordinal of the grade system of every slot, or −1 when schools differ. */
  private final int uniformSystem;

  private final AgeLookup ages;
  private final long yearStartDay;
  private final long countDay;

  ClassificationKeys(StatusColumns c, CountingYear year) {
    this.facts = c.facts;
    this.school = c.school;
    this.countSince = c.since[YearStatusReader.COUNT];
    this.household = c.household;
    this.birth = c.birth;
    GradeSystem def = year.policy.gradeSystem();
    this.systemOf = new int[c.schools.length + 1];
    systemOf[0] = def.ordinal();
    for (int s = 0; s < c.schools.length; s++) {
      GradeSystem system = c.schoolSystems[s];
      systemOf[s + 1] = (system == null ? def : system).ordinal();
    }
    int uniform = systemOf[0];
    for (int system : systemOf) {
      uniform = system == uniform ? uniform : -1;
    }
    this.uniformSystem = uniform;
    this.ages = year.ages;
    this.yearStartDay = year.yearStartDay;
    this.countDay = year.countDay;
  }

  /** Returns the key of student {@code i}. */
  long of(int i) {
    long[] one = new long[1];
    of(i, i + 1, one);
    return one[0];
  }

  /**
   * Writes the keys of students {@code from} to {@code to − 1} into {@code out} from index 0: a
   * block at a time, so that the columns are read in one loop with every array in a local.
   */
  void of(int from, int to, long[] out) {
    long[] packed = facts;
    int n = to - from;
    if (uniformSystem < 0) {
      int[] sc0 = school[0];
      int[] sc1 = school[1];
      int[] sc2 = school[2];
      int[] sc3 = school[3];
      int[] systems = systemOf;
      for (int j = 0; j < n; j++) {
        int i = from + j;
        out[j] = packed[i]
            | (long) systems[sc0[i] + 1] << SYSTEM_SHIFT
            | (long) systems[sc1[i] + 1] << (SLOT_BITS + SYSTEM_SHIFT)
            | (long) systems[sc2[i] + 1] << (2 * SLOT_BITS + SYSTEM_SHIFT)
            | (long) systems[sc3[i] + 1] << (3 * SLOT_BITS + SYSTEM_SHIFT);
      }
    } else {
      long fixed = uniformSystem == 0 ? 0L : ALL_SYSTEMS;
      for (int j = 0; j < n; j++) {
        out[j] = packed[from + j] | fixed;
      }
    }
    int[] since = countSince;
    int[] households = household;
    int[] births = birth;
    AgeLookup lookup = ages;
    long start = yearStartDay;
    long count = countDay;
    for (int j = 0; j < n; j++) {
      int i = from + j;
      int h = households[i];
      int b = births[i];
      boolean hasBirth = b != StatusColumns.NO_DAY;
      int row = h >= 0 && hasBirth ? lookup.populationRowOfDay(b) + 1 : NO_ROW;
      int day = since[i];
      int sinceClass = day == StatusColumns.NO_DAY
          ? NO_SINCE
          : day < start ? BEFORE_YEAR : day > count ? AFTER_COUNT : IN_YEAR;
      out[j] |= (long) sinceClass << SINCE_SHIFT
          | (h >= 0 ? 1L << HOUSEHOLD_SHIFT : 0L)
          | (hasBirth ? 1L << BIRTH_SHIFT : 0L)
          | (long) row << ROW_SHIFT;
    }
  }

  /** The system bits of every slot set: all slots of the grade system with ordinal 1. */
  private static final long ALL_SYSTEMS = 1L << SYSTEM_SHIFT
      | 1L << (SLOT_BITS + SYSTEM_SHIFT)
      | 1L << (2 * SLOT_BITS + SYSTEM_SHIFT)
      | 1L << (3 * SLOT_BITS + SYSTEM_SHIFT);

  /**
   * Returns the part of every student's key that depends on the columns alone (no year, no
   * jurisdiction): per slot the schooling and record states, the grade and whether there is a
   * school, and the same-school bits. {@link StatusColumns} keeps it as one more column, built
   * with the others; null when the enums do not fit ({@link #FITS}).
   */
  static long[] facts(byte[][] schooling, byte[][] record, byte[][] grade, int[][] school) {
    if (!FITS) {
      return null;
    }
    int n = schooling[0].length;
    long[] facts = new long[n];
    // a column at a time, each loop over plain arrays in locals
    for (int d = 0; d < SLOTS; d++) {
      byte[] st = schooling[d];
      byte[] rc = record[d];
      byte[] gr = grade[d];
      int[] sc = school[d];
      int shift = d * SLOT_BITS;
      for (int i = 0; i < n; i++) {
        long slot = st[i]
            | rc[i] << RECORD_SHIFT
            | gr[i] << GRADE_SHIFT
            | (sc[i] >= 0 ? 1 << SCHOOL_SHIFT : 0);
        facts[i] |= slot << shift;
      }
    }
    for (int p = 0; p < PAIRS.length; p++) {
      int[] a = school[PAIRS[p][0]];
      int[] b = school[PAIRS[p][1]];
      long bit = 1L << (SAME_SHIFT + p);
      for (int i = 0; i < n; i++) {
        facts[i] |= a[i] == b[i] ? bit : 0L;
      }
    }
    return facts;
  }

  /** Returns the field of {@code slot} at {@code shift}, {@code width} bits wide. */
  static int field(long key, int slot, int shift, int width) {
    return (int) (key >>> (slot * SLOT_BITS + shift)) & ((1 << width) - 1);
  }
}

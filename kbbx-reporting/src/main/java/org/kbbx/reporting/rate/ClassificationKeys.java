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

  private final byte[][] schooling;
  private final byte[][] record;
  private final int[][] school;
  private final byte[][] grade;
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
    this.schooling = c.schooling;
    this.record = c.record;
    this.school = c.school;
    this.grade = c.grade;
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
    int n = to - from;
    for (int d = 0; d < SLOTS; d++) {
      slotFacts(d, from, n, out);
    }
    int[] sc0 = school[0];
    int[] sc1 = school[1];
    int[] sc2 = school[2];
    int[] sc3 = school[3];
    if (uniformSystem < 0) {
      int[] systems = systemOf;
      for (int j = 0; j < n; j++) {
        int i = from + j;
        out[j] |= (long) systems[sc0[i] + 1] << SYSTEM_SHIFT
            | (long) systems[sc1[i] + 1] << (SLOT_BITS + SYSTEM_SHIFT)
            | (long) systems[sc2[i] + 1] << (2 * SLOT_BITS + SYSTEM_SHIFT)
            | (long) systems[sc3[i] + 1] << (3 * SLOT_BITS + SYSTEM_SHIFT);
      }
    }
    long fixed = uniformSystem <= 0 ? 0L : ALL_SYSTEMS;
    for (int j = 0; j < n; j++) {
      int i = from + j;
      int s0 = sc0[i];
      int s1 = sc1[i];
      int s2 = sc2[i];
      int s3 = sc3[i];
      int same = (s0 == s1 ? 1 : 0)
          | (s0 == s2 ? 2 : 0)
          | (s0 == s3 ? 4 : 0)
          | (s1 == s2 ? 8 : 0)
          | (s1 == s3 ? 16 : 0)
          | (s2 == s3 ? 32 : 0);
      int has = (s0 >= 0 ? 1 : 0) | (s1 >= 0 ? 2 : 0) | (s2 >= 0 ? 4 : 0) | (s3 >= 0 ? 8 : 0);
      out[j] |= fixed | HAS_SCHOOL[has] | (long) same << SAME_SHIFT;
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

  /** The school bits of the slots by a 4-bit mask of the slots that have a school. */
  private static final long[] HAS_SCHOOL = new long[16];

  static {
    for (int has = 0; has < 16; has++) {
      for (int d = 0; d < SLOTS; d++) {
        if ((has >>> d & 1) != 0) {
          HAS_SCHOOL[has] |= 1L << (d * SLOT_BITS + SCHOOL_SHIFT);
        }
      }
    }
  }

  /** Sets (first slot) or adds the state, record and grade of slot {@code d}. */
  private void slotFacts(int d, int from, int n, long[] out) {
    byte[] st = schooling[d];
    byte[] rc = record[d];
    byte[] gr = grade[d];
    int shift = d * SLOT_BITS;
    if (d == 0) {
      for (int j = 0; j < n; j++) {
        out[j] = (long) (st[from + j] | rc[from + j] << RECORD_SHIFT | gr[from + j] << GRADE_SHIFT);
      }
    } else {
      for (int j = 0; j < n; j++) {
        out[j] |= (long) (st[from + j] | rc[from + j] << RECORD_SHIFT | gr[from + j] << GRADE_SHIFT)
            << shift;
      }
    }
  }

  /** Returns the field of {@code slot} at {@code shift}, {@code width} bits wide. */
  static int field(long key, int slot, int shift, int width) {
    return (int) (key >>> (slot * SLOT_BITS + shift)) & ((1 << width) - 1);
  }
}

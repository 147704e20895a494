package org.kbbx.reporting.rate;

import java.util.Arrays;
import org.kbbx.core.person.Sex;
import org.kbbx.core.school.GradeSystem;

/**
 * The results of the one classification ({@link StatusMembership#classify}) by {@link
 * ClassificationKeys key}: students with the same key are classified once, by running {@code
 * classify} on a {@link KeyYearReader} of the key, so the rules stay in one place and a county's
 * million students cost a few thousand classifications (R-RATE-2, R-RATE-14).
 *
 * <p>A result (a <em>signature</em>) is, per place the classification found, the slot whose
 * record school the place is, and per recorded sex the place's enrolment-side cell group as a
 * dense {@link Variants variant} id; and per sex the population-side variant of a resident child.
 * Counting a student is then one increment per place in a per-school histogram of variants and
 * one in a per-household one; {@link Variants#fold} turns a histogram into counts. A key whose
 * classification asked what the key cannot answer maps to {@link #DIRECT}: such students are
 * classified one by one.
 *
 * <p>Mutable and not thread-safe: one per {@code addAll}.
 */
final class ClassificationMemo {

  /** The signature of a key whose students are classified one by one. */
  static final int DIRECT = -1;

  private static final int MAX_PLACES = StatusMembership.Parts.MAX_PLACES;
  private static final int SEXES = Sex.values().length;

  private final CountingYear year;
  private final GradeSystem def;
  private final KeyYearReader reader;
  private final StatusMembership.Parts parts = new StatusMembership.Parts();

  /** Open addressing: keys, {@link ClassificationKeys#NONE} where empty, and their signatures. */
  private long[] keys = filled(256);

  private int[] ids = new int[256];
  /** 64 − log2 of the capacity. */
  private int shift = 64 - 8;

  private int size;

  private int signatures;
  private byte[] places = new byte[64];
  private byte[] slots = new byte[64 * MAX_PLACES];
  private int[] enrolment = new int[64 * SEXES * MAX_PLACES];
  private int[] population = new int[64 * SEXES];

  /** Enrolment-side cell groups, counted under schools. */
  final Variants enrolmentVariants = new Variants(Counter.ENROLMENT_MASK);
  /** Population-side cell groups, counted under household divisions. */
  final Variants populationVariants = new Variants(Counter.POPULATION_MASK);

  ClassificationMemo(CountingYear year) {
    this.year = year;
    this.def = year.policy.gradeSystem();
    this.reader = new KeyYearReader(year);
  }

  private static long[] filled(int capacity) {
    long[] a = new long[capacity];
    Arrays.fill(a, ClassificationKeys.NONE);
    return a;
  }

  /** Returns the signature of {@code key}, classifying it on first sight, or {@link #DIRECT}. */
  int signature(long key) {
    int mask = keys.length - 1;
    int i = slot(key, shift);
    long k;
    while ((k = keys[i]) != ClassificationKeys.NONE) {
      if (k == key) {
        return ids[i];
      }
      i = (i + 1) & mask;
    }
    int id = classify(key);
    keys[i] = key;
    ids[i] = id;
    if (++size * 4 > keys.length) {
      grow();
    }
    return id;
  }

  /** Returns the number of distinct keys seen. */
  int size() {
    return size;
  }

  /** Returns the number of signatures (keys seen that are not {@link #DIRECT}). */
  int signatures() {
    return signatures;
  }

  /** Returns the number of places of a signature. */
  int places(int signature) {
    return places[signature];
  }

  /** Returns the reader slot whose record school is place {@code k} of a signature. */
  int slot(int signature, int k) {
    return slots[signature * MAX_PLACES + k];
  }

  /** Returns the enrolment variant of place {@code k} of a signature for a sex. */
  int enrolmentVariant(int signature, int sex, int k) {
    return enrolment[(signature * SEXES + sex) * MAX_PLACES + k];
  }

  /** Returns the population variant of a signature for a sex, or −1 when not resident. */
  int populationVariant(int signature, int sex) {
    return population[signature * SEXES + sex];
  }

  private int classify(long key) {
    StatusMembership.Parts p = StatusMembership.classify(parts.clear(), reader.at(key), year);
    if (!reader.answerable()) {
      return DIRECT;
    }
    for (int k = 0; k < p.places; k++) {
      if (p.slots[k] < 0 || p.slots[k] >= ClassificationKeys.SLOTS) {
        return DIRECT;
      }
    }
    int id = signatures++;
    if (id == places.length) {
      int n = places.length * 2;
      places = Arrays.copyOf(places, n);
      slots = Arrays.copyOf(slots, n * MAX_PLACES);
      enrolment = Arrays.copyOf(enrolment, n * SEXES * MAX_PLACES);
      population = Arrays.copyOf(population, n * SEXES);
    }
    places[id] = (byte) p.places;
    for (int k = 0; k < p.places; k++) {
      slots[id * MAX_PLACES + k] = (byte) p.slots[k];
    }
    for (int sex = 0; sex < SEXES; sex++) {
      for (int k = 0; k < p.places; k++) {
        long c = p.contribution(k, k == 0, sex, 0, def);
        enrolment[(id * SEXES + sex) * MAX_PLACES + k] = enrolmentVariants.id(c);
      }
      long c = p.contribution(p.places == 0 ? -1 : 0, true, sex, 0, def);
      population[id * SEXES + sex] = p.resident ? populationVariants.id(c) : -1;
    }
    return id;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldIds = ids;
    keys = filled(oldKeys.length * 2);
    ids = new int[keys.length];
    shift--;
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != ClassificationKeys.NONE) {
        int i = slot(oldKeys[j], shift);
        while (keys[i] != ClassificationKeys.NONE) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        ids[i] = oldIds[j];
      }
    }
  }

  /** Fibonacci hashing: the top bits of the product, which depend on every bit of the key. */
  private static int slot(long key, int shift) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
  }

  /**
   * Adds one to {@code variant} of {@code unit}'s histogram, created (touched) on first use.
   *
   * @param units histograms by unit, null until touched
   * @param variants the number of variants so far (more than {@code variant})
   */
  static void count(int[][] units, int unit, int variant, int variants) {
    int[] h = units[unit];
    if (h == null || variant >= h.length) {
      h = h == null ? new int[variants] : Arrays.copyOf(h, Math.max(variants, h.length * 2));
      units[unit] = h;
    }
    h[variant]++;
  }

  /**
   * The cell groups one side of a contribution adds to: grade system, row, recorded sex and the
   * side's counters, numbered densely in order of first sight. Counting a student under a unit is
   * one increment of its variant; {@link #fold} adds a histogram's counts to a table.
   */
  static final class Variants {
    private final boolean enrolmentSide;
    private final int sideMask;
    private int[] packed = new int[32];
    private int size;

    Variants(int sideMask) {
      this.sideMask = sideMask;
      this.enrolmentSide = sideMask == Counter.ENROLMENT_MASK;
    }

    /** Returns the number of variants. */
    int size() {
      return size;
    }

    /** Returns the id of the side of contribution {@code c}, numbered on first sight. */
    int id(long c) {
      int system =
          enrolmentSide ? Contribution.enrolmentSystem(c) : Contribution.populationSystem(c);
      int row = enrolmentSide ? Contribution.enrolmentRow(c) : Contribution.populationRow(c);
      int v = Contribution.counterMask(c) & sideMask
          | (row & 0xF) << Counter.COUNT
          | Contribution.sexIndex(c) << (Counter.COUNT + 4)
          | system << (Counter.COUNT + 6);
      for (int i = 0; i < size; i++) {
        if (packed[i] == v) {
          return i;
        }
      }
      if (size == packed.length) {
        packed = Arrays.copyOf(packed, size * 2);
      }
      packed[size] = v;
      return size++;
    }

    /** Adds the counts of one unit's histogram to its table, each counter of each variant. */
    void fold(int[] histogram, CountsTable.Accumulator sum) {
      for (int i = 0; i < histogram.length; i++) {
        int count = histogram[i];
        if (count == 0) {
          continue;
        }
        int v = packed[i];
        sum.addStudents(
            v >>> (Counter.COUNT + 6) & 1,
            v >>> Counter.COUNT & 0xF,
            v >>> (Counter.COUNT + 4) & 3,
            v & sideMask,
            count);
      }
    }
  }
}

package org.kbbx.benchmarks.peers;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.kbbx.core.id.ResidentId;
import org.kbbx.testkit.county.SyntheticCounty;

/**
 * Workload 3's rows: population, school record and presence rows for a county's children, in
 * primitive arrays, with each person's resident ID held as its 17-digit body ({@link #key}, which
 * the hand-written loop joins on) and rendered with its check character by {@link #residentId}.
 *
 * <p>The persons are the {@link Province}'s students (the examples' synthetic counties of 100,000):
 * resident ID, birth date, household village and school come from the rosters. A roster's resident ID is valid but
 * not guaranteed unique (its 3-digit sequence is drawn at random); a person whose ID an earlier
 * person already holds gets the next free sequence of the same parity (sex), 1.4 % of persons at
 * 100,000, so every person has her own ID, as the population register would have it ({@link
 * #reissued} counts them).
 *
 * <p>Mix, layered on top with this workload's own seeded randomness (per county): 97 % of persons
 * are on the population list (with the ID's birth date); 95 % hold a record at their school (1 %
 * of those transfer-pending, 1 % closed); presence is checked for 90 % on 2023-10-09: 85 % present
 * at their school, 3 % present at the next school of their county, 2 % absent; 5 % were also
 * checked on 2023-09-11 (present or absent at their school, the later date decides); 10 % are not
 * checked. Deterministic for a size and seed.
 */
final class ReconData {

  static final int CHECK_DAY = (int) LocalDate.of(2023, 10, 9).toEpochDay();
  static final int EARLIER_CHECK_DAY = (int) LocalDate.of(2023, 9, 11).toEpochDay();
  /** Salt of this workload's randomness. */
  private static final long SALT = 3;

  final int persons;
  final int schools;
  final int[] popPerson;
  final int[] recPerson;
  final int[] recSchool;
  /** RecordStatus ordinal. */
  final byte[] recStatus;

  final int[] presPerson;
  final int[] presSchool;
  final boolean[] presPresent;
  final int[] presDay;
  /** Per person: the first 17 digits of the resident ID as a number. */
  final long[] body;
  /** Per person: the birth date's epoch day (the one in the ID). */
  final int[] birth;
  /** Per person: the household village's global index ({@link Province#villageCode}). */
  final int[] village;
  /** Persons whose roster ID was already taken and who got the next free sequence. */
  final int reissued;

  ReconData(int persons, long seed) {
    this.persons = persons;
    IntList pop = new IntList(persons);
    IntList recP = new IntList(persons);
    IntList recS = new IntList(persons);
    IntList recT = new IntList(persons);
    IntList preP = new IntList(persons);
    IntList preS = new IntList(persons);
    IntList preB = new IntList(persons);
    IntList preD = new IntList(persons);
    body = new long[persons];
    birth = new int[persons];
    village = new int[persons];
    LongSet taken = new LongSet(persons);
    int[] again = new int[1];
    SplittableRandom[] random = new SplittableRandom[1];
    this.schools = Province.stream(persons, seed, new Province.Visitor() {
      @Override
      public void county(int county, SyntheticCounty generated, int firstSchool) {
        random[0] = new SplittableRandom(Province.mix(seed + SALT, county));
      }

      @Override
      public void student(int i, Province.Identity id) {
        long key = id.idBody;
        for (int tries = 0; !taken.add(key); tries++) {
          if (tries == 500) {
            throw new IllegalStateException("No free resident ID sequence for " + id.idBody);
          }
          key = nextSequence(key);
        }
        again[0] += key == id.idBody ? 0 : 1;
        body[i] = key;
        birth[i] = id.birth;
        village[i] = id.village;
        int school = id.school;
        SplittableRandom r = random[0];
        if (r.nextInt(100) < 97) {
          pop.add(i);
        }
        if (r.nextInt(100) < 95) {
          int t = r.nextInt(100);
          recP.add(i);
          recS.add(school);
          recT.add(t == 0 ? 1 : t == 1 ? 2 : 0);
        }
        int p = r.nextInt(100);
        if (p < 90) {
          if (p < 5) {
            preP.add(i);
            preS.add(school);
            preB.add(r.nextInt(2));
            preD.add(EARLIER_CHECK_DAY);
          }
          int at =
              p >= 85 && p < 88 ? id.firstSchool + (id.localSchool + 1) % id.countySchools : school;
          preP.add(i);
          preS.add(at);
          preB.add(p >= 88 ? 0 : 1);
          preD.add(CHECK_DAY);
        }
      }
    });
    popPerson = pop.toArray();
    recPerson = recP.toArray();
    recSchool = recS.toArray();
    int[] t = recT.toArray();
    recStatus = new byte[t.length];
    for (int k = 0; k < t.length; k++) {
      recStatus[k] = (byte) t[k];
    }
    presPerson = preP.toArray();
    presSchool = preS.toArray();
    int[] b = preB.toArray();
    presPresent = new boolean[b.length];
    for (int k = 0; k < b.length; k++) {
      presPresent[k] = b[k] == 1;
    }
    presDay = preD.toArray();
    reissued = again[0];
  }

  /** The same ID body with the next 3-digit sequence of the same parity (wrapping within 000–999). */
  static long nextSequence(long key) {
    long sequence = key % 1000;
    return key - sequence + (sequence + 2) % 1000;
  }

  /** The first 17 characters of person {@code i}'s ID. */
  String body(int i) {
    String digits = Long.toString(body[i]);
    return digits.length() >= 17 ? digits : "0".repeat(17 - digits.length()) + digits;
  }

  /** Person {@code i}'s 18-character resident ID. */
  String residentId(int i) {
    String first17 = body(i);
    return first17 + ResidentId.checkCharacterOf(first17);
  }

  /** Person {@code i}'s ID body as a number: what the hand-written loop joins on. */
  long key(int i) {
    return body[i];
  }

  /** Person {@code i}'s birth date. */
  LocalDate birthDate(int i) {
    return LocalDate.ofEpochDay(birth[i]);
  }

  static String schoolCode(int s) {
    return String.format("52052720%05d", s);
  }

  /** A set of non-negative longs (open addressing), sized for an expected count. */
  static final class LongSet {
    private final long[] table;
    private final int mask;

    LongSet(int expected) {
      table = new long[Integer.highestOneBit(Math.max(4, expected) * 2) * 2];
      java.util.Arrays.fill(table, -1L);
      mask = table.length - 1;
    }

    /** Adds the value; returns false if it was already there. */
    boolean add(long value) {
      int at = (int) (Province.mix(value, 0) & mask);
      while (table[at] != -1L) {
        if (table[at] == value) {
          return false;
        }
        at = (at + 1) & mask;
      }
      table[at] = value;
      return true;
    }
  }

  /** A growable int array. */
  static final class IntList {
    private int[] values;
    private int size;

    IntList(int capacity) {
      values = new int[Math.max(16, capacity)];
    }

    void add(int v) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(values, size);
    }
  }
}

package org.kbbx.benchmarks.peers;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.kbbx.core.id.ResidentId;

/**
 * Workload 3's rows: population, school record and presence rows for a county's children, in
 * primitive arrays. A person's resident ID is its index rendered as a valid 18-character ID;
 * {@link #key} is the ID's 17-digit body, which the hand-written loop joins on.
 *
 * <p>Mix: 97 % of children are on the population list; 95 % hold a record at their school (1 %
 * of those transfer-pending, 1 % closed); presence is checked for most, on one date or two (the
 * later date decides), some present at another school, some absent. Deterministic.
 */
final class ReconData {

  static final String[] AREAS = {"520527", "520526", "520525", "520524"};
  static final LocalDate FIRST_BIRTH = LocalDate.of(2007, 1, 1);
  static final int CHECK_DAY = (int) LocalDate.of(2023, 10, 9).toEpochDay();
  static final int EARLIER_CHECK_DAY = (int) LocalDate.of(2023, 9, 11).toEpochDay();

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

  ReconData(int persons, long seed) {
    this.persons = persons;
    this.schools = Math.max(2, persons / 500);
    SplittableRandom random = new SplittableRandom(seed);
    IntList pop = new IntList(persons);
    IntList recP = new IntList(persons);
    IntList recS = new IntList(persons);
    IntList recT = new IntList(persons);
    IntList preP = new IntList(persons);
    IntList preS = new IntList(persons);
    IntList preB = new IntList(persons);
    IntList preD = new IntList(persons);
    for (int i = 0; i < persons; i++) {
      int school = i / 500 % schools;
      if (random.nextInt(100) < 97) {
        pop.add(i);
      }
      if (random.nextInt(100) < 95) {
        int r = random.nextInt(100);
        recP.add(i);
        recS.add(school);
        recT.add(r == 0 ? 1 : r == 1 ? 2 : 0);
      }
      int p = random.nextInt(100);
      if (p < 90) {
        if (p < 5) {
          preP.add(i);
          preS.add(school);
          preB.add(random.nextInt(2));
          preD.add(EARLIER_CHECK_DAY);
        }
        int at = p >= 85 && p < 88 ? (school + 1) % schools : school;
        preP.add(i);
        preS.add(at);
        preB.add(p >= 88 ? 0 : 1);
        preD.add(CHECK_DAY);
      }
    }
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
  }

  /** The first 17 characters of person {@code i}'s ID. */
  static String body(int i) {
    LocalDate birth = FIRST_BIRTH.plusDays(i % 3000);
    int seq = i / 3000 % 1000;
    return AREAS[i / 3_000_000]
        + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), seq);
  }

  /** Person {@code i}'s 18-character resident ID. */
  static String residentId(int i) {
    String body = body(i);
    return body + ResidentId.checkCharacterOf(body);
  }

  /** Person {@code i}'s ID body as a number: what the hand-written loop joins on. */
  static long key(int i) {
    return Long.parseLong(body(i));
  }

  static String schoolCode(int s) {
    return String.format("52052720%05d", s);
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

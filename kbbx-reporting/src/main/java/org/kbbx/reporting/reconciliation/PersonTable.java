package org.kbbx.reporting.reconciliation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The per-person state of one reconciliation run as primitive columns keyed by person position
 * (the order of first attachment), so that a county of millions costs tens of bytes per person
 * and no object per person or row (R-LED-2). Record and presence rows are kept as chains in
 * row-store columns: school as an index into the county's sorted school list, record status,
 * presence date as an epoch day. Confined to one run.
 *
 * <p>The class of a person ({@link #classify}) and the facts behind the person findings are
 * computed here from these columns only, whether or not the caller keeps the rows themselves.
 */
final class PersonTable {

  /** No row, no position, no day. */
  static final int NONE = -1;

  private static final int INITIAL = 64;
  private static final RecordStatus[] STATUSES = RecordStatus.values();

  private final PersonIndex index = new PersonIndex();
  private int persons;
  private long[] keys = new long[INITIAL];
  private long[] populationPositions = new long[INITIAL];
  private int[] lastRecord = new int[INITIAL];
  private int[] lastPresence = new int[INITIAL];
  /** The population birth date of each person whose birth date differs from the ID's (rare). */
  private final Map<Integer, LocalDate> recordedBirthDates = new HashMap<>();

  private int records;
  private int[] recordSchool = new int[INITIAL];
  private byte[] recordStatus = new byte[INITIAL];
  private long[] recordPosition = new long[INITIAL];
  private int[] recordPrevious = new int[INITIAL];

  private int presences;
  private int[] presenceSchool = new int[INITIAL];
  private boolean[] presencePresent = new boolean[INITIAL];
  private long[] presenceDay = new long[INITIAL];
  private int[] presencePrevious = new int[INITIAL];

  private int[] scratch = new int[8];

  /** Returns the number of persons. */
  int size() {
    return persons;
  }

  /** Returns the position of the person with this ID body, or {@link #NONE}. */
  int find(long key) {
    return index.get(key);
  }

  /** Touches the index slots of these keys so that their cache misses overlap. */
  void prefetch(long[] batch, int count) {
    index.prefetch(batch, count);
  }

  /** Adds a person with a checked ID body not yet in the table; returns its position. */
  int add(long key) {
    if (persons == keys.length) {
      int capacity = grown(persons);
      keys = Arrays.copyOf(keys, capacity);
      populationPositions = Arrays.copyOf(populationPositions, capacity);
      lastRecord = Arrays.copyOf(lastRecord, capacity);
      lastPresence = Arrays.copyOf(lastPresence, capacity);
    }
    int person = persons++;
    keys[person] = key;
    populationPositions[person] = NONE;
    lastRecord[person] = NONE;
    lastPresence[person] = NONE;
    index.put(key, person);
    return person;
  }

  /** Returns the person's ID body (the first 17 digits as a number). */
  long key(int person) {
    return keys[person];
  }

  /** Returns the position of the person's population row, or {@link #NONE}. */
  long populationPosition(int person) {
    return populationPositions[person];
  }

  /**
   * Attaches a population row; {@code recorded} is its birth date, null when missing. Keeps the
   * date only when it differs from the one the ID encodes (R-ID-3).
   */
  void attachPopulation(int person, long position, LocalDate recorded) {
    populationPositions[person] = position;
    int encoded = (int) (keys[person] / 1000 % 100_000_000);
    if (recorded != null
        && recorded.getYear() * 10_000L + recorded.getMonthValue() * 100 + recorded.getDayOfMonth()
            != encoded) {
      recordedBirthDates.put(person, recorded);
    }
  }

  /** Returns the population birth date when it differs from the ID's (R-ID-3), else null. */
  LocalDate mismatchedBirthDate(int person) {
    return recordedBirthDates.isEmpty() ? null : recordedBirthDates.get(person);
  }

  /** Returns the position of the person's record row at {@code school}, or {@link #NONE}. */
  long recordPositionAt(int person, int school) {
    for (int r = lastRecord[person]; r != NONE; r = recordPrevious[r]) {
      if (recordSchool[r] == school) {
        return recordPosition[r];
      }
    }
    return NONE;
  }

  void attachRecord(int person, long position, int school, RecordStatus status) {
    if (records == recordSchool.length) {
      int capacity = grown(records);
      recordSchool = Arrays.copyOf(recordSchool, capacity);
      recordStatus = Arrays.copyOf(recordStatus, capacity);
      recordPosition = Arrays.copyOf(recordPosition, capacity);
      recordPrevious = Arrays.copyOf(recordPrevious, capacity);
    }
    int r = records++;
    recordSchool[r] = school;
    recordStatus[r] = (byte) status.ordinal();
    recordPosition[r] = position;
    recordPrevious[r] = lastRecord[person];
    lastRecord[person] = r;
  }

  void attachPresence(int person, int school, boolean present, long epochDay) {
    if (presences == presenceSchool.length) {
      int capacity = grown(presences);
      presenceSchool = Arrays.copyOf(presenceSchool, capacity);
      presencePresent = Arrays.copyOf(presencePresent, capacity);
      presenceDay = Arrays.copyOf(presenceDay, capacity);
      presencePrevious = Arrays.copyOf(presencePrevious, capacity);
    }
    int p = presences++;
    presenceSchool[p] = school;
    presencePresent[p] = present;
    presenceDay[p] = epochDay;
    presencePrevious[p] = lastPresence[person];
    lastPresence[person] = p;
  }

  /** Returns the distinct schools holding a held record for the person, in input order. */
  int[] heldSchools(int person) {
    return Arrays.copyOf(scratch, collectHeld(person));
  }

  /** Returns how many distinct schools hold a held record for the person. */
  int heldSchoolCount(int person) {
    return collectHeld(person);
  }

  private int collectHeld(int person) {
    int count = 0;
    for (int r = lastRecord[person]; r != NONE; r = recordPrevious[r]) {
      if (STATUSES[recordStatus[r]].isHeld()) {
        count = addDistinctFirst(count, recordSchool[r]);
      }
    }
    return count;
  }

  /** Returns the person's latest presence date as an epoch day; only if the person has one. */
  private long latestDay(int person) {
    long latest = Long.MIN_VALUE;
    for (int p = lastPresence[person]; p != NONE; p = presencePrevious[p]) {
      latest = Math.max(latest, presenceDay[p]);
    }
    return latest;
  }

  /**
   * Returns the distinct schools where the person was present on the person's latest presence
   * date, in input order; empty when the person has no presence row.
   */
  int[] presentSchools(int person) {
    if (lastPresence[person] == NONE) {
      return new int[0];
    }
    return Arrays.copyOf(scratch, collectPresentOn(person, latestDay(person)));
  }

  /** Returns the distinct schools where the person was present on {@code day}, in input order. */
  int[] schoolsPresentOn(int person, LocalDate day) {
    return Arrays.copyOf(scratch, collectPresentOn(person, day.toEpochDay()));
  }

  private int collectPresentOn(int person, long day) {
    int count = 0;
    for (int p = lastPresence[person]; p != NONE; p = presencePrevious[p]) {
      if (presencePresent[p] && presenceDay[p] == day) {
        count = addDistinctFirst(count, presenceSchool[p]);
      }
    }
    return count;
  }

  /** Returns the earliest date on which the person was present at two or more schools, or null. */
  LocalDate firstDayAtTwoSchools(int person) {
    int last = lastPresence[person];
    if (last == NONE || presencePrevious[last] == NONE) {
      return null;
    }
    long best = Long.MAX_VALUE;
    for (int p = last; p != NONE; p = presencePrevious[p]) {
      long day = presenceDay[p];
      if (presencePresent[p] && day < best && collectPresentOn(person, day) > 1) {
        best = day;
      }
    }
    return best == Long.MAX_VALUE ? null : LocalDate.ofEpochDay(best);
  }

  /**
   * Returns the one class of the person (R-LED-2), as tabled in {@link PersonClass}: "present"
   * means marked present at a county school on the person's latest presence date, "record here" a
   * held record at a county school, and consistent means present at a school holding the record.
   */
  PersonClass classify(int person) {
    boolean held = false;
    for (int r = lastRecord[person]; r != NONE && !held; r = recordPrevious[r]) {
      held = STATUSES[recordStatus[r]].isHeld();
    }
    boolean present = false;
    if (lastPresence[person] != NONE) {
      long latest = latestDay(person);
      for (int p = lastPresence[person]; p != NONE; p = presencePrevious[p]) {
        if (presencePresent[p] && presenceDay[p] == latest) {
          present = true;
          if (held && holdsAt(person, presenceSchool[p])) {
            return PersonClass.CONSISTENT;
          }
        }
      }
    }
    if (present) {
      return PersonClass.PERSON_HERE_RECORD_ELSEWHERE;
    }
    return held ? PersonClass.RECORD_HERE_PERSON_ABSENT : PersonClass.NO_RECORD;
  }

  private boolean holdsAt(int person, int school) {
    for (int r = lastRecord[person]; r != NONE; r = recordPrevious[r]) {
      if (recordSchool[r] == school && STATUSES[recordStatus[r]].isHeld()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Puts {@code school} into the scratch list of {@code count} schools kept in input order; the
   * chains run newest first, so a school seen again moves to the front (its first occurrence).
   */
  private int addDistinctFirst(int count, int school) {
    for (int i = 0; i < count; i++) {
      if (scratch[i] == school) {
        System.arraycopy(scratch, 0, scratch, 1, i);
        scratch[0] = school;
        return count;
      }
    }
    if (count == scratch.length) {
      scratch = Arrays.copyOf(scratch, count * 2);
    }
    System.arraycopy(scratch, 0, scratch, 1, count);
    scratch[0] = school;
    return count + 1;
  }

  /** Grows by half: enough amortisation without doubling the peak of a county-sized column. */
  private static int grown(int size) {
    return size + Math.max(INITIAL, size >> 1);
  }
}

package org.kbbx.benchmarks.peers;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.kbbx.core.status.EventType;
import org.kbbx.testkit.county.SyntheticCounty;

/**
 * Workload 1's rows: each student's dated status events from her enrolment to the end of school
 * year 2022, held in primitive arrays by student (compressed-row layout) so every contender reads
 * the same rows.
 *
 * <p>The students are the {@link Province}'s (the examples' synthetic counties of 100,000): each
 * timeline starts with an enrolment at the student's school on her roster enrolment date (1
 * September of the year she entered grade 1, or grade 7 at a junior secondary school; a day in
 * the autumn of 2022 for the 1 % of late arrivals), in the grade that makes her reach her roster
 * grade in 2022, followed by a promotion every later September. On top of that, with this
 * workload's own seeded randomness, each school year has a 60 % chance of a short leave in
 * October (after the enrolment) and, in the spring, one of: a short leave (2 in 12), a suspected
 * dropout and return (1 in 12), a suspension and resumption (1 in 12), a borrowing and its end (1
 * in 12), a transfer to the next school of the county and its confirmation (1 in 12), nothing (6
 * in 12); borrowing and transfers need a county of two schools or more. In 2022 a fifth of the
 * spring pairs end on 2023-07-15, after the query date, so the contenders must filter by date.
 * About 11.4 events per student on average at 100,000 (a grade-1 student's history is one year,
 * a grade-9 student's eight or nine). Every event is legal for the national machine.
 * Deterministic for a size and seed.
 */
final class ReplayData {

  /** The date the status is asked for: the end of school year 2022's last term. */
  static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);
  /** Days are held as {@code char}s counted from this epoch day (1990-01-01). */
  static final int BASE = (int) LocalDate.of(1990, 1, 1).toEpochDay();
  /** Salt of this workload's randomness. */
  private static final long SALT = 1;
  /** Events per student the arrays start with (about 11.4 on average); they grow by a quarter. */
  private static final int EXPECTED_PER_STUDENT = 12;

  private static final boolean[] HAS_SCHOOL = new boolean[EventType.values().length];

  static {
    for (EventType t : EventType.values()) {
      HAS_SCHOOL[t.ordinal()] = t.requiredFields().contains(org.kbbx.core.status.EventField.SCHOOL);
    }
  }

  final int students;
  final int schools;
  /** Events of student {@code i} are {@code [offset[i], offset[i + 1])}, in (day, sequence) order. */
  final int[] offset;

  /** Day of each event, counted from {@link #BASE}: 6 bytes an event in all. */
  char[] day;

  byte[] type;
  /** Grade for ENROL and PROMOTE; else 0. */
  byte[] grade;
  /**
   * The one other field an event has, by type: the school index for ENROL, BORROW, TRANSFER_OUT
   * and CONFIRM_TRANSFER_IN, SUSPEND's end (counted from {@link #BASE}); else 0.
   */
  char[] arg;

  private int size;

  ReplayData(int students, long seed) {
    this.students = students;
    int capacity =
        (int) Math.min(Integer.MAX_VALUE - 8, (long) students * EXPECTED_PER_STUDENT + 64);
    offset = new int[students + 1];
    day = new char[capacity];
    type = new byte[capacity];
    grade = new byte[capacity];
    arg = new char[capacity];
    SplittableRandom[] random = new SplittableRandom[1];
    this.schools = Province.stream(students, seed, new Province.Visitor() {
      @Override
      public void county(int county, SyntheticCounty generated, int firstSchool) {
        random[0] = new SplittableRandom(Province.mix(seed + SALT, county));
      }

      @Override
      public void student(int i, Province.Identity id) {
        offset[i] = size;
        generate(id, random[0]);
      }
    });
    if (schools > Character.MAX_VALUE) {
      throw new IllegalStateException("more schools than a char holds: " + schools);
    }
    offset[students] = size;
    // trim one column at a time, so at most one extra column is alive
    day = Arrays.copyOf(day, size);
    type = Arrays.copyOf(type, size);
    grade = Arrays.copyOf(grade, size);
    arg = Arrays.copyOf(arg, size);
  }

  int events() {
    return size;
  }

  /** Returns the epoch day of event {@code e}. */
  int day(int e) {
    return BASE + day[e];
  }

  /** Returns the school index of event {@code e}, or -1 if its type names no school. */
  int school(int e) {
    return HAS_SCHOOL[type[e]] ? arg[e] : -1;
  }

  /** Returns the epoch day SUSPEND event {@code e} ends on. */
  int until(int e) {
    return BASE + arg[e];
  }

  private void generate(Province.Identity id, SplittableRandom random) {
    int local = id.localSchool;
    int record = id.school;
    int lastYear = StatusData.YEAR.startYear();
    LocalDate enrolled = LocalDate.ofEpochDay(id.enrolled);
    int firstYear = enrolled.getMonthValue() >= 9 ? enrolled.getYear() : enrolled.getYear() - 1;
    int g = id.grade - (lastYear - firstYear);
    add(id.enrolled, EventType.ENROL, record, g, 0);
    for (int y = firstYear; y <= lastYear; y++) {
      if (y > firstYear && g < 9) {
        g++;
        add(epoch(y, 9, 1 + random.nextInt(5)), EventType.PROMOTE, -1, g, 0);
      }
      boolean last = y == lastYear;
      if (random.nextInt(10) < 6) {
        int start = epoch(y, 10, 10 + random.nextInt(10));
        int end = start + 1 + random.nextInt(3);
        if (start > id.enrolled) {
          add(start, EventType.START_LEAVE, -1, 0, 0);
          add(end, EventType.END_LEAVE, -1, 0, 0);
        }
      }
      int start = epoch(y + 1, 3, 1 + random.nextInt(20));
      int end = last && random.nextInt(5) == 0
          ? epoch(lastYear + 1, 7, 15)
          : start + 30 + random.nextInt(20);
      int otherLocal = (local + 1) % id.countySchools;
      int other = id.firstSchool + otherLocal;
      int pick = random.nextInt(12);
      if ((pick == 4 || pick == 5) && other == record) {
        pick = 6;
      }
      switch (pick) {
        case 0, 1 -> {
          add(start, EventType.START_LEAVE, -1, 0, 0);
          add(start + 2, EventType.END_LEAVE, -1, 0, 0);
        }
        case 2 -> {
          add(start, EventType.MARK_SUSPECTED, -1, 0, 0);
          add(end, EventType.RETURN, -1, 0, 0);
        }
        case 3 -> {
          add(start, EventType.SUSPEND, -1, 0, start + 60);
          add(Math.max(end, start + 61), EventType.RESUME, -1, 0, 0);
        }
        case 4 -> {
          add(start, EventType.BORROW, other, 0, 0);
          add(end, EventType.END_BORROW, -1, 0, 0);
        }
        case 5 -> {
          add(start, EventType.TRANSFER_OUT, other, 0, 0);
          add(end, EventType.CONFIRM_TRANSFER_IN, other, 0, 0);
          record = other;
          local = otherLocal;
        }
        default -> {}
      }
    }
  }

  private void add(int epochDay, EventType t, int s, int g, int u) {
    if (size == day.length) {
      int bigger = day.length + day.length / 4;
      day = Arrays.copyOf(day, bigger);
      type = Arrays.copyOf(type, bigger);
      grade = Arrays.copyOf(grade, bigger);
      arg = Arrays.copyOf(arg, bigger);
    }
    day[size] = (char) (epochDay - BASE);
    type[size] = (byte) t.ordinal();
    grade[size] = (byte) g;
    arg[size] = (char) (HAS_SCHOOL[t.ordinal()] ? s : t == EventType.SUSPEND ? u - BASE : 0);
    size++;
  }

  private static int epoch(int year, int month, int dayOfMonth) {
    return (int) LocalDate.of(year, month, dayOfMonth).toEpochDay();
  }
}

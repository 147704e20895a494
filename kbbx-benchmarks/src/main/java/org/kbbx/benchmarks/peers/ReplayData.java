package org.kbbx.benchmarks.peers;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.kbbx.core.status.EventType;

/**
 * Workload 1's rows: each student's dated status events (about 20, a realistic mix of enrolment,
 * promotions, leave, suspension, suspected dropout and return, borrowing and transfers), held in
 * primitive arrays by student (compressed-row layout) so every contender reads the same rows.
 *
 * <p>Every event is legal for the national machine; a few second halves of a pair fall after the
 * query date, so the contenders must filter by date. Deterministic for a size and seed.
 */
final class ReplayData {

  /** The date the status is asked for: the end of school year 2022's last term. */
  static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

  final int students;
  final int schools;
  /** Events of student {@code i} are {@code [offset[i], offset[i + 1])}, in (day, sequence) order. */
  final int[] offset;
  final int[] day;
  final byte[] type;
  /** School index for ENROL, BORROW, TRANSFER_OUT, CONFIRM_TRANSFER_IN; else -1. */
  final int[] school;
  /** Grade for ENROL and PROMOTE; else 0. */
  final byte[] grade;
  /** Epoch day of SUSPEND's end; else 0. */
  final int[] until;

  private int size;

  ReplayData(int students, long seed) {
    this.students = students;
    this.schools = Math.max(2, students / 500);
    int capacity = students * 26 + 64;
    offset = new int[students + 1];
    day = new int[capacity];
    type = new byte[capacity];
    school = new int[capacity];
    grade = new byte[capacity];
    until = new int[capacity];
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < students; i++) {
      offset[i] = size;
      generate(i, random);
    }
    offset[students] = size;
  }

  int events() {
    return size;
  }

  private void generate(int student, SplittableRandom random) {
    int record = student / 500 % schools;
    int g = 1 + random.nextInt(3);
    add(epoch(2016, 9, 1 + random.nextInt(5)), EventType.ENROL, record, g, 0);
    for (int y = 2016; y <= 2022; y++) {
      if (y > 2016 && g < 9) {
        g++;
        add(epoch(y, 9, 1 + random.nextInt(5)), EventType.PROMOTE, -1, g, 0);
      }
      boolean last = y == 2022;
      if (random.nextInt(10) < 6) {
        int start = epoch(y, 10, 10 + random.nextInt(10));
        add(start, EventType.START_LEAVE, -1, 0, 0);
        add(start + 1 + random.nextInt(3), EventType.END_LEAVE, -1, 0, 0);
      }
      int start = epoch(y + 1, 3, 1 + random.nextInt(20));
      int end = last && random.nextInt(5) == 0 ? epoch(2023, 7, 15) : start + 30 + random.nextInt(20);
      int other = (record + 1) % schools;
      switch (random.nextInt(12)) {
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
        }
        default -> { }
      }
    }
  }

  private void add(int epochDay, EventType t, int s, int g, int u) {
    day[size] = epochDay;
    type[size] = (byte) t.ordinal();
    school[size] = s;
    grade[size] = (byte) g;
    until[size] = u;
    size++;
  }

  private static int epoch(int year, int month, int dayOfMonth) {
    return (int) LocalDate.of(year, month, dayOfMonth).toEpochDay();
  }
}

package org.kbbx.benchmarks.peers;

import org.kbbx.core.status.RecordState;
import org.kbbx.core.status.SchoolingState;

/**
 * Workload 2's hand-written loop: one pass over the status columns into a {@code long[]} of
 * counters per township (row = grade 0–9, eight counters), then counties as sums of their
 * townships, then the rates.
 */
final class CountyLoop {

  static final int E = 0;
  static final int D = 1;
  static final int R = 2;
  static final int C = 3;
  static final int P = 4;
  static final int PE = 5;
  static final int PA = 6;
  static final int PC = 7;
  static final int I = 8;
  static final int K = 9;
  static final int CELLS = 10 * K;

  private CountyLoop() {}

  static int row(int grade, int counter) {
    return grade * K + counter;
  }

  static long sum(long[] c, int fromGrade, int toGrade, int counter) {
    long s = 0;
    for (int g = fromGrade; g <= toGrade; g++) {
      s += c[g * K + counter];
    }
    return s;
  }

  private static int level(int grade) {
    return grade <= 6 ? 0 : 1;
  }

  static long[] run(StatusData data) {
    int townships = data.counties * StatusData.TOWNSHIPS_PER_COUNTY;
    long[] town = new long[townships * CELLS];
    boolean[] seen = new boolean[townships];
    int[][] cohort = StatusData.cohort();
    int firstDay = cohort[cohort.length - 1][0];
    int lastDay = cohort[0][1];
    byte[] rowOfDay = new byte[lastDay - firstDay + 1];
    for (int[] age : cohort) {
      for (int d = age[0]; d <= age[1]; d++) {
        rowOfDay[d - firstDay] = (byte) (age[2] + 1);
      }
    }
    int yearStart = (int) CountyWorkload.DATES.year().start().toEpochDay();
    int countDay = (int) CountyWorkload.DATES.countDate().toEpochDay();
    int active = RecordState.ACTIVE.ordinal();
    int pending = RecordState.TRANSFER_PENDING.ordinal();
    int none = RecordState.NONE.ordinal();
    int droppedOut = SchoolingState.DROPPED_OUT.ordinal();
    int completed = SchoolingState.COMPLETED.ordinal();
    int deceased = SchoolingState.DECEASED.ordinal();
    int enrolledStates = CountyWorkload.ENROLLED_STATES;
    int populationStates = CountyWorkload.POPULATION_ENROLLED_STATES;
    for (int i = 0; i < data.students; i++) {
      int cs = data.cState[i];
      boolean open = data.cRecord[i] == active || data.cRecord[i] == pending;
      boolean enrolled = open && (enrolledStates >> cs & 1) != 0;
      int a = open ? data.school[i] : -1;
      int gA = data.cGrade[i];
      int ns = data.nState[i];
      boolean inYear = data.nSince[i] >= yearStart && data.nSince[i] <= countDay;
      boolean dropout = ns == droppedOut && inYear;
      boolean complete = ns == completed && inYear;
      boolean moved = a >= 0 && data.nSchool[i] >= 0 && data.nSchool[i] != a;
      int gradeForLevel = 0;
      if (a >= 0) {
        int t = data.schoolTownship[a];
        seen[t] = true;
        int base = t * CELLS + gA * K;
        if (enrolled) {
          town[base + E]++;
          boolean prevOpen = data.pRecord[i] == active || data.pRecord[i] == pending;
          if (prevOpen && (enrolledStates >> data.pState[i] & 1) != 0 && data.pGrade[i] == gA) {
            town[base + R]++;
          }
          // intake (R-RATE-16, read from statuses): grade 1 without a record a year before, or
          // grade 7 after a primary grade
          if ((gA == 1 && data.pRecord[i] == none)
              || (gA == 7 && prevOpen && data.pGrade[i] >= 1 && data.pGrade[i] <= 6)) {
            town[base + I]++;
          }
        }
        boolean completerA = false;
        if (!moved) {
          town[base + D] += dropout ? 1 : 0;
          completerA |= complete;
        }
        town[base + C] += completerA ? 1 : 0;
        gradeForLevel = gA;
      }
      if ((dropout || complete || moved) && (a < 0 || moved)) {
        int t = data.schoolTownship[data.nSchool[i]];
        seen[t] = true;
        int base = t * CELLS + data.nGrade[i] * K;
        town[base + D] += dropout ? 1 : 0;
        town[base + C] += complete ? 1 : 0;
        if (a < 0) {
          gradeForLevel = data.nGrade[i];
        }
      }
      // primary completion (R-RATE-17, read from statuses): in grade 6 on the count date, junior on
      // the next census date, counted at the count-date school
      boolean countOpen = data.nRecord[i] == active || data.nRecord[i] == pending;
      int nextGrade = data.cRecord[i] == active ? data.xGrade[i] : data.cRecord[i] == none ? 0 : gA;
      if (countOpen && data.nGrade[i] == 6 && nextGrade > 6) {
        int t = data.schoolTownship[data.nSchool[i]];
        seen[t] = true;
        town[t * CELLS + 6 * K + C]++;
      }
      int b = data.birth[i];
      if (data.village[i] >= 0
          && b != StatusData.NO_BIRTH
          && cs != deceased
          && b >= firstDay
          && b <= lastDay) {
        int expected = rowOfDay[b - firstDay] - 1;
        int t = data.village[i] / StatusData.VILLAGES_PER_TOWNSHIP;
        seen[t] = true;
        int base = t * CELLS + expected * K;
        boolean enrolledPop = open && (populationStates >> cs & 1) != 0;
        boolean done = cs == completed;
        town[base + P]++;
        town[base + PE] += enrolledPop ? 1 : 0;
        town[base + PC] += done ? 1 : 0;
        if (expected > 0
            && (done
                || enrolledPop && gradeForLevel > 0 && level(gradeForLevel) >= level(expected))) {
          town[base + PA]++;
        }
      }
    }
    int units = 0;
    for (boolean s : seen) {
      units += s ? 1 : 0;
    }
    boolean[] countySeen = new boolean[data.counties];
    long[] county = new long[data.counties * CELLS];
    for (int t = 0; t < townships; t++) {
      if (seen[t]) {
        countySeen[t / StatusData.TOWNSHIPS_PER_COUNTY] = true;
        int c = t / StatusData.TOWNSHIPS_PER_COUNTY * CELLS;
        for (int k = 0; k < CELLS; k++) {
          county[c + k] += town[t * CELLS + k];
        }
      }
    }
    for (boolean s : countySeen) {
      units += s ? 1 : 0;
    }
    long[] out = new long[units * CountyWorkload.KINDS * 2];
    long[] cells = new long[CELLS];
    int at = 0;
    for (int t = 0; t < townships; t++) {
      if (seen[t]) {
        System.arraycopy(town, t * CELLS, cells, 0, CELLS);
        CountyWorkload.rates(cells, out, at);
        at += CountyWorkload.KINDS * 2;
      }
    }
    for (int c = 0; c < data.counties; c++) {
      if (countySeen[c]) {
        System.arraycopy(county, c * CELLS, cells, 0, CELLS);
        CountyWorkload.rates(cells, out, at);
        at += CountyWorkload.KINDS * 2;
      }
    }
    return out;
  }
}

package org.kbbx.benchmarks.peers;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.kbbx.rules.escalation.EscalationRules;
import org.kbbx.rules.escalation.EscalationStatus;
import org.kbbx.rules.escalation.MarkKind;
import org.kbbx.rules.obligation.SchoolDays;
import org.kbbx.rules.profile.ProfileExamples;
import org.kbbx.rules.profile.Profiles;

/**
 * Workload 4's rows: every student's escalation state before Monday 2023-10-09 (streak length,
 * the last day it covers, status, the day a suspected student was marked) and that day's marks:
 * about 5 % absent without reason, 2 % excused, the rest no mark (attended). Some suspected
 * students reach their automatic-dropout day that day. Rules: the {@code XX_COUNTY_2023}
 * profile on a Monday–Friday calendar. Deterministic.
 */
final class AttendanceData {

  static final String PROFILE = "XX_COUNTY_2023";
  static final LocalDate DAY = LocalDate.of(2023, 10, 9);
  static final SchoolDays CALENDAR = ProfileExamples.WEEKDAYS;
  static final EscalationRules RULES = Profiles.builtIn().effective(PROFILE).get().escalationRules();
  /** Mark code for "no mark". */
  static final byte NONE = -1;

  final int students;
  final int[] streak;
  /** Epoch day the streak covers through; 0 without a streak. */
  final int[] covered;
  /** EscalationStatus ordinal. */
  final byte[] status;
  /** Epoch day marked suspected; 0 when attending. */
  final int[] suspectedOn;
  /** MarkKind ordinal of the day's mark, or {@link #NONE}. */
  final byte[] mark;

  AttendanceData(int students, long seed) {
    this.students = students;
    streak = new int[students];
    covered = new int[students];
    status = new byte[students];
    suspectedOn = new int[students];
    mark = new byte[students];
    SplittableRandom random = new SplittableRandom(seed);
    int friday = (int) CALENDAR.previousSchoolDay(DAY).get().toEpochDay();
    int thursday = (int) CALENDAR.previousSchoolDay(LocalDate.ofEpochDay(friday)).get().toEpochDay();
    int suspectedLimit = RULES.suspected().firingStreak();
    LocalDate dueToday = DAY.minusDays(1).minusMonths(RULES.dropout().months());
    for (int i = 0; i < students; i++) {
      int r = random.nextInt(1000);
      if (r < 10) {
        status[i] = (byte) EscalationStatus.SUSPECTED_DROPOUT.ordinal();
        LocalDate on = r < 2 ? dueToday : DAY.minusDays(1 + random.nextInt(25));
        suspectedOn[i] = (int) on.toEpochDay();
        streak[i] = suspectedLimit;
        covered[i] = suspectedOn[i];
      } else if (r < 160) {
        streak[i] = 1 + random.nextInt(suspectedLimit - 1);
        covered[i] = random.nextInt(4) == 0 ? thursday : friday;
      }
      int m = random.nextInt(100);
      mark[i] = m < 5 ? (byte) MarkKind.ABSENT_WITHOUT_REASON.ordinal()
          : m < 7 ? (byte) MarkKind.EXCUSED.ordinal() : NONE;
    }
  }
}

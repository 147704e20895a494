package org.kbbx.benchmarks.peers;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.time.SchoolCalendar;
import org.kbbx.rules.escalation.EscalationRules;
import org.kbbx.rules.escalation.EscalationStatus;
import org.kbbx.rules.escalation.MarkKind;
import org.kbbx.rules.profile.ProfileExamples;
import org.kbbx.rules.profile.Profiles;
import org.kbbx.testkit.county.SyntheticCounty;

/**
 * Workload 4's rows: every student's escalation state before Monday 2023-10-09 (streak length,
 * the last day it covers, status, the day a suspected student was marked) and that day's marks.
 * Rules: the {@code XX_COUNTY_2023} profile on a Monday–Friday calendar.
 *
 * <p>The students are the {@link Province}'s (the examples' synthetic counties of 100,000), in the
 * same order as every other workload's; {@link #school} keeps each one's school for reference
 * (the escalation rules do not depend on it). The state and marks are layered on top with this
 * workload's own seeded randomness (per county): 1 % of students are suspected dropouts (0.2 %
 * marked exactly the profile's months before, so their automatic dropout falls due that day; the
 * rest marked 1–25 days before), 15 % have a running streak of 1 to one below the suspected
 * threshold (covering Friday, or Thursday for a quarter of them), the rest none; that day 5 % are
 * absent without reason, 2 % excused, 93 % have no mark (attended). Deterministic for a size and
 * seed.
 */
final class AttendanceData {

  static final String PROFILE = "XX_COUNTY_2023";
  static final LocalDate DAY = LocalDate.of(2023, 10, 9);
  static final SchoolCalendar CALENDAR = ProfileExamples.WEEKDAYS;
  static final EscalationRules RULES =
      Profiles.builtIn().effective(PROFILE).get().escalationRules();
  /** Mark code for "no mark". */
  static final byte NONE = -1;
  /** Salt of this workload's randomness. */
  private static final long SALT = 4;

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
  /** The student's global school index (the province's). */
  final int[] school;

  /**
   * Whether the day's marks carry ids read anew from their text ({@code -Dpeers.readIds=true}),
   * as marks read from a file or a database do, instead of the very instances the state before
   * the day holds (the default, and what RESULTS.md measures wherever it does not say otherwise).
   * A lookup then finds an id equal to the one held but not the same instance, and compares
   * their texts.
   */
  static final boolean READ_IDS = Boolean.getBoolean("peers.readIds");

  /** The id a day's mark carries for a student whose state holds {@code held}. */
  static StudentId markId(StudentId held) {
    return READ_IDS ? readAnew(held) : held;
  }

  /** An id equal to {@code held} made from a copy of its text, as parsing a file makes it. */
  static StudentId readAnew(StudentId held) {
    return StudentId.of(new String(held.unmasked().toCharArray()));
  }

  AttendanceData(int students, long seed) {
    this.students = students;
    streak = new int[students];
    covered = new int[students];
    status = new byte[students];
    suspectedOn = new int[students];
    mark = new byte[students];
    school = new int[students];
    int friday = (int) CALENDAR.plusSchoolDays(DAY, -1).get().toEpochDay();
    int thursday =
        (int) CALENDAR.plusSchoolDays(LocalDate.ofEpochDay(friday), -1).get().toEpochDay();
    int suspectedLimit = RULES.suspected().firingStreak();
    LocalDate dueToday = DAY.minusDays(1).minusMonths(RULES.dropout().months());
    SplittableRandom[] stream = new SplittableRandom[1];
    Province.stream(students, seed, new Province.Visitor() {
      @Override
      public void county(int county, SyntheticCounty generated, int firstSchool) {
        stream[0] = new SplittableRandom(Province.mix(seed + SALT, county));
      }

      @Override
      public void student(int i, Province.Identity id) {
        SplittableRandom random = stream[0];
        school[i] = id.school;
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
        mark[i] = m < 5
            ? (byte) MarkKind.ABSENT_WITHOUT_REASON.ordinal()
            : m < 7 ? (byte) MarkKind.EXCUSED.ordinal() : NONE;
      }
    });
  }
}

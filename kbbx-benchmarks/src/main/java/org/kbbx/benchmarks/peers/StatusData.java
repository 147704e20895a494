package org.kbbx.benchmarks.peers;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.kbbx.core.cohort.CohortPolicy;
import org.kbbx.core.status.RecordState;
import org.kbbx.core.status.SchoolingState;
import org.kbbx.core.time.DateRange;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.testkit.county.SyntheticCounty;
import org.kbbx.testkit.county.SyntheticSchool;

/**
 * Workload 2's rows: every student's four statuses of school year 2022 (previous census, census,
 * count date, next census) and attributes (sex, birth date, household village), as primitive
 * columns.
 *
 * <p>The students, their schools, grades, sexes, birth dates and household villages are the
 * {@link Province}'s: the examples' synthetic counties of 100,000 students (20 townships, about 90
 * schools and 250 villages and communities each), so 100,000 students are one county and
 * 10,000,000 a province of 100 counties. Township and village indexes are the province's sparse
 * slots ({@link #TOWNSHIPS_PER_COUNTY} per county, {@link #VILLAGES_PER_TOWNSHIP} per township),
 * so a township without schools or households simply never appears in an answer.
 *
 * <p>The statuses are layered on top with this workload's own seeded randomness (per county).
 * Mix on the census date: 93.6 % attending; 0.8 % not enrolled and 0.4 % deferred (no record),
 * 1.2 % suspended, 1.2 % studying elsewhere, 0.4 % home education, 1.0 % on leave, 0.5 %
 * borrowed, 0.3 % old dropouts, 0.2 % completed (grade 9, closed), 0.1 % deceased (closed),
 * 0.3 % suspected. During the year 1 % of attending students drop out, 91 % of attending grade-9
 * students complete, 3 % of the others move to the next school of their county, 30 % of suspected
 * students are confirmed dropouts; 3 % of open records repeat their grade; 0.5 % have no birth
 * date on file and 8 % a household outside the county's population data. Deterministic for a size
 * and seed.
 */
final class StatusData {

  static final SchoolYear YEAR = Province.YEAR;
  static final int TOWNSHIPS_PER_COUNTY = Province.TOWNSHIPS_PER_COUNTY;
  static final int VILLAGES_PER_TOWNSHIP = Province.VILLAGES_PER_TOWNSHIP;
  static final int OLD_SINCE = (int) LocalDate.of(2021, 9, 1).toEpochDay();
  static final int NO_BIRTH = Integer.MIN_VALUE;
  /** Salt of this workload's randomness. */
  private static final long SALT = 2;

  final int students;
  final int schools;
  final int counties;
  /** Per school: its township's global index. */
  final int[] schoolTownship;

  final int[] school;
  final byte[] cState;
  final byte[] cRecord;
  final byte[] cGrade;
  final byte[] nState;
  final byte[] nRecord;
  final int[] nSchool;
  final byte[] nGrade;
  final int[] nSince;
  final byte[] pState;
  final byte[] pRecord;
  final byte[] pGrade;
  final byte[] xGrade;
  final byte[] sex;
  final int[] birth;
  /** Global village index, or -1 when the household is not in the county's population data. */
  final int[] village;

  StatusData(int students, long seed) {
    this(students, Province.STUDENTS_PER_COUNTY, seed);
  }

  /** A province of counties of {@code perCounty} students (the county report's is 100,000). */
  StatusData(int students, int perCounty, long seed) {
    this.students = students;
    this.counties = Province.counties(students, perCounty);
    school = new int[students];
    cState = new byte[students];
    cRecord = new byte[students];
    cGrade = new byte[students];
    nState = new byte[students];
    nRecord = new byte[students];
    nSchool = new int[students];
    nGrade = new byte[students];
    nSince = new int[students];
    pState = new byte[students];
    pRecord = new byte[students];
    pGrade = new byte[students];
    xGrade = new byte[students];
    sex = new byte[students];
    birth = new int[students];
    village = new int[students];
    ReconData.IntList townships = new ReconData.IntList(16);
    SplittableRandom[] random = new SplittableRandom[1];
    this.schools = Province.stream(students, perCounty, seed, new Province.Visitor() {
      @Override
      public void county(int county, SyntheticCounty generated, int firstSchool) {
        random[0] = new SplittableRandom(Province.mix(seed + SALT, county));
        for (SyntheticSchool s : generated.schools()) {
          townships.add(Province.township(county, s));
        }
      }

      @Override
      public void student(int i, Province.Identity id) {
        generate(i, id, random[0]);
      }
    });
    schoolTownship = townships.toArray();
  }

  static long countyCode(int county) {
    return Province.countyCode(county);
  }

  static long townshipCode(int township) {
    return Province.townshipCode(township);
  }

  static long villageCode(int village) {
    return Province.villageCode(village);
  }

  private static int epoch(int y, int m, int d) {
    return (int) LocalDate.of(y, m, d).toEpochDay();
  }

  private void generate(int i, Province.Identity id, SplittableRandom random) {
    int s = id.school;
    int g = id.grade;
    int r = random.nextInt(1000);
    SchoolingState state = SchoolingState.ATTENDING;
    RecordState record = RecordState.ACTIVE;
    if (r < 8) {
      state = SchoolingState.NOT_ENROLLED;
    } else if (r < 12) {
      state = SchoolingState.DEFERRED;
    } else if (r < 24) {
      state = SchoolingState.SUSPENDED;
    } else if (r < 36) {
      state = SchoolingState.STUDYING_ELSEWHERE;
    } else if (r < 40) {
      state = SchoolingState.HOME_EDUCATION;
    } else if (r < 50) {
      state = SchoolingState.ON_LEAVE;
    } else if (r < 55) {
      state = SchoolingState.BORROWED;
    } else if (r < 58) {
      state = SchoolingState.DROPPED_OUT;
    } else if (r < 60) {
      state = SchoolingState.COMPLETED;
      record = RecordState.CLOSED;
      g = 9;
    } else if (r < 61) {
      state = SchoolingState.DECEASED;
      record = RecordState.CLOSED;
    } else if (r < 64) {
      state = SchoolingState.SUSPECTED_DROPOUT;
    }
    if (state == SchoolingState.NOT_ENROLLED || state == SchoolingState.DEFERRED) {
      record = RecordState.NONE;
      g = 0;
    }
    boolean hasRecord = record != RecordState.NONE;
    school[i] = hasRecord ? s : -1;
    cState[i] = (byte) state.ordinal();
    cRecord[i] = (byte) record.ordinal();
    cGrade[i] = (byte) g;
    nState[i] = cState[i];
    nRecord[i] = cRecord[i];
    nSchool[i] = school[i];
    nGrade[i] = cGrade[i];
    nSince[i] = OLD_SINCE;
    int q = random.nextInt(100);
    if (state == SchoolingState.ATTENDING) {
      if (q < 1) {
        nState[i] = (byte) SchoolingState.DROPPED_OUT.ordinal();
        nSince[i] = epoch(2022, 11, 20);
      } else if (g == 9 && q < 91) {
        nState[i] = (byte) SchoolingState.COMPLETED.ordinal();
        nRecord[i] = (byte) RecordState.CLOSED.ordinal();
        nSince[i] = epoch(2023, 7, 1);
      } else if (q >= 97) {
        nSchool[i] = id.firstSchool + (id.localSchool + 1) % id.countySchools;
      }
    } else if (state == SchoolingState.SUSPECTED_DROPOUT && q < 30) {
      nState[i] = (byte) SchoolingState.DROPPED_OUT.ordinal();
      nSince[i] = epoch(2022, 10, 15);
    }
    boolean open = record == RecordState.ACTIVE;
    if (open && random.nextInt(100) < 3) {
      pState[i] = (byte) SchoolingState.ATTENDING.ordinal();
      pRecord[i] = (byte) RecordState.ACTIVE.ordinal();
      pGrade[i] = (byte) g;
    } else if (open && g > 1) {
      pState[i] = (byte) SchoolingState.ATTENDING.ordinal();
      pRecord[i] = (byte) RecordState.ACTIVE.ordinal();
      pGrade[i] = (byte) (g - 1);
    } else {
      pState[i] = (byte) (open ? SchoolingState.NOT_ENROLLED.ordinal() : state.ordinal());
      pRecord[i] = (byte) (open ? RecordState.NONE.ordinal() : record.ordinal());
      pGrade[i] = (byte) (open ? 0 : g);
    }
    xGrade[i] =
        (byte) (!open ? g : g == 6 ? (random.nextInt(100) < 95 ? 7 : 6) : Math.min(9, g + 1));
    birth[i] = random.nextInt(200) == 0 ? NO_BIRTH : id.birth;
    sex[i] = id.sex;
    village[i] = random.nextInt(100) < 92 ? id.village : -1;
  }

  /** The number of students enrolled (R-RATE-14) at their school on the census date. */
  long enrolledOnCensus() {
    long n = 0;
    for (int i = 0; i < students; i++) {
      boolean open = cRecord[i] == RecordState.ACTIVE.ordinal()
          || cRecord[i] == RecordState.TRANSFER_PENDING.ordinal();
      n += open && (CountyWorkload.ENROLLED_STATES >> cState[i] & 1) != 0 ? 1 : 0;
    }
    return n;
  }

  /** The number of students who dropped out between the start of the year and the count date. */
  long dropoutsInYear() {
    int from = (int) CountyWorkload.DATES.year().start().toEpochDay();
    int to = (int) CountyWorkload.DATES.countDate().toEpochDay();
    long n = 0;
    for (int i = 0; i < students; i++) {
      n += nState[i] == SchoolingState.DROPPED_OUT.ordinal() && nSince[i] >= from && nSince[i] <= to
          ? 1
          : 0;
    }
    return n;
  }

  /** The cohort for the peers: per age from entry to last compulsory age, first/last birth day and row. */
  static int[][] cohort() {
    CohortPolicy p = CohortPolicy.NATIONAL;
    int ages = p.lastCompulsoryAge() - p.entryAge() + 1;
    int[][] rows = new int[ages][3];
    for (int k = 0; k < ages; k++) {
      int age = p.entryAge() + k;
      DateRange range = p.birthRangeForAge(age, YEAR);
      int grade = age - p.entryAge() + 1;
      rows[k] = new int[] {
        (int) range.first().toEpochDay(), (int) range.last().toEpochDay(), grade <= 9 ? grade : 0
      };
    }
    return rows;
  }
}

package org.kbbx.benchmarks.peers;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.kbbx.core.cohort.CohortPolicy;
import org.kbbx.core.status.RecordState;
import org.kbbx.core.status.SchoolingState;
import org.kbbx.core.time.DateRange;
import org.kbbx.core.time.SchoolYear;

/**
 * Workload 2's rows: every student's four statuses of school year 2022 (previous census, census,
 * count date, next census) and attributes (sex, birth date, household village), as primitive
 * columns. Schools of 500 pupils; 200 schools and 30 townships of 10 villages per county, so the
 * 100,000-student size is one county and 10,000,000 is a province of 100 counties.
 *
 * <p>Mix on the census date: about 94 % attending, the rest not enrolled, deferred, suspended,
 * studying elsewhere, home education, on leave, borrowed, old dropouts, completed, deceased,
 * suspected; during the year 1 % of attending students drop out, 91 % of grade 9 complete, 3 %
 * transfer to another school; 3 % repeat; 8 % live outside the county's villages. Deterministic.
 */
final class StatusData {

  static final SchoolYear YEAR = SchoolYear.of(2022);
  static final int SCHOOLS_PER_COUNTY = 200;
  static final int TOWNSHIPS_PER_COUNTY = 30;
  static final int VILLAGES_PER_TOWNSHIP = 10;
  static final int OLD_SINCE = (int) LocalDate.of(2021, 9, 1).toEpochDay();
  static final int NO_BIRTH = Integer.MIN_VALUE;

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
    this.students = students;
    this.schools = Math.max(2, (students + 499) / 500);
    this.counties = (schools + SCHOOLS_PER_COUNTY - 1) / SCHOOLS_PER_COUNTY;
    schoolTownship = new int[schools];
    for (int s = 0; s < schools; s++) {
      schoolTownship[s] = s / SCHOOLS_PER_COUNTY * TOWNSHIPS_PER_COUNTY + s % TOWNSHIPS_PER_COUNTY;
    }
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
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < students; i++) {
      generate(i, random);
    }
  }

  static long countyCode(int county) {
    return 520000000000L + (5 + county / 20) * 100000000L + (1 + county % 20) * 1000000L;
  }

  static long townshipCode(int township) {
    return countyCode(township / TOWNSHIPS_PER_COUNTY) + (100 + township % TOWNSHIPS_PER_COUNTY) * 1000L;
  }

  static long villageCode(int village) {
    return townshipCode(village / VILLAGES_PER_TOWNSHIP) + 201 + village % VILLAGES_PER_TOWNSHIP;
  }

  private static int epoch(int y, int m, int d) {
    return (int) LocalDate.of(y, m, d).toEpochDay();
  }

  private void generate(int i, SplittableRandom random) {
    int s = i / 500 % schools;
    int g = 1 + random.nextInt(9);
    int r = random.nextInt(1000);
    SchoolingState state = SchoolingState.ATTENDING;
    RecordState record = RecordState.ACTIVE;
    int age = g + 5;
    if (r < 8) {
      state = SchoolingState.NOT_ENROLLED;
      age = 6 + random.nextInt(10);
    } else if (r < 12) {
      state = SchoolingState.DEFERRED;
      age = 6;
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
      age = 15;
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
        nSchool[i] = (s + 1) % schools;
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
    xGrade[i] = (byte) (!open ? g : g == 6 ? (random.nextInt(100) < 95 ? 7 : 6) : Math.min(9, g + 1));
    if (random.nextInt(100) < 8) {
      age += random.nextBoolean() ? 1 : -1;
    }
    if (random.nextInt(100) == 0) {
      age = 16;
    }
    if (random.nextInt(200) == 0) {
      birth[i] = NO_BIRTH;
    } else {
      DateRange range = CohortPolicy.NATIONAL.birthRangeForAge(Math.max(0, age), YEAR);
      int first = (int) range.first().toEpochDay();
      birth[i] = first + random.nextInt((int) range.last().toEpochDay() - first + 1);
    }
    sex[i] = (byte) random.nextInt(2);
    int township = schoolTownship[s];
    village[i] = random.nextInt(100) < 92 ? township * VILLAGES_PER_TOWNSHIP + random.nextInt(VILLAGES_PER_TOWNSHIP) : -1;
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
      rows[k] = new int[] {(int) range.first().toEpochDay(), (int) range.last().toEpochDay(), grade <= 9 ? grade : 0};
    }
    return rows;
  }
}

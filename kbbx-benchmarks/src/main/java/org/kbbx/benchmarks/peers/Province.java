package org.kbbx.benchmarks.peers;

import java.time.LocalDate;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.person.Sex;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.testkit.county.CountySpec;
import org.kbbx.testkit.county.SchoolRoster;
import org.kbbx.testkit.county.SyntheticCounty;
import org.kbbx.testkit.county.SyntheticSchool;
import org.kbbx.testkit.county.SyntheticStudent;

/**
 * The one synthetic population underneath every workload: a province of counties of {@value
 * #STUDENTS_PER_COUNTY} students (the last one smaller), each county the examples' {@link
 * SyntheticCounty} for its own {@link CountySpec} (code {@link #countyCode}, seed {@link
 * #countySeed}, school year 2022–2023), streamed school by school so that only one school's roster
 * is held at a time.
 *
 * <p>Each student reaches the visitor as its identity layer in primitive form: resident ID body,
 * sex, birth date, global school index, grade, global village index and county index. Indexes
 * are global and dense in the order of the stream (county by county, school by school, students
 * in student-number order). Townships and villages are numbered sparsely from their codes so that
 * a division's index alone gives its code: township {@code t} is slot {@code t %
 * TOWNSHIPS_PER_COUNTY} of county {@code t / TOWNSHIPS_PER_COUNTY}, the slot being the township's
 * 3-digit number minus 100; village {@code v} is slot {@code v % VILLAGES_PER_TOWNSHIP} of
 * township {@code v / VILLAGES_PER_TOWNSHIP}, the slot being 0–1 for communities (numbers 001–002)
 * and 2 onwards for villages (numbers 200 onwards).
 */
final class Province {

  /** Students per county of the province. */
  static final int STUDENTS_PER_COUNTY = 100_000;
  /** The school year every county is generated for (the county report's year). */
  static final SchoolYear YEAR = SchoolYear.of(2022);
  /** Township slots per county: numbers 100–399 of the examples' layout. */
  static final int TOWNSHIPS_PER_COUNTY = 300;
  /** Village slots per township: two communities, then up to 18 villages. */
  static final int VILLAGES_PER_TOWNSHIP = 20;

  /** Receives the stream. */
  interface Visitor {

    /**
     * A county starts.
     *
     * @param county its index
     * @param generated the examples' county (layout only; rosters follow)
     * @param firstSchool the global index of its first school
     */
    default void county(int county, SyntheticCounty generated, int firstSchool) {}

    /**
     * One student.
     *
     * @param i the global student index
     * @param id the identity layer
     */
    void student(int i, Identity id);
  }

  /**
   * One student's identity, in primitive form; the same instance is reused for every student of
   * a stream (read it inside {@link Visitor#student}).
   */
  static final class Identity {
    /** The county index. */
    int county;
    /** The global school index. */
    int school;
    /** The school's index within its county. */
    int localSchool;
    /** The number of schools of the county. */
    int countySchools;
    /** The global index of the county's first school. */
    int firstSchool;
    /** The grade, 1–9. */
    int grade;
    /** 0 for male, 1 for female (as the county report's {@code sex} column). */
    byte sex;
    /** The birth date's epoch day. */
    int birth;
    /** The global village index of the household. */
    int village;
    /** The first 17 digits of the resident ID as a number. */
    long idBody;
    /** The epoch day the student's record became active at the school. */
    int enrolled;
    /** The roster student itself (valid only during the call). */
    SyntheticStudent student;
  }

  private Province() {}

  /**
   * The number of counties for a number of students.
   *
   * @param students the province's students
   * @return the counties
   */
  static int counties(int students) {
    return counties(students, STUDENTS_PER_COUNTY);
  }

  /**
   * The number of counties for a number of students and a county size.
   *
   * @param students the province's students
   * @param perCounty students per county
   * @return the counties
   */
  static int counties(int students, int perCounty) {
    return Math.max(1, (students + perCounty - 1) / perCounty);
  }

  /**
   * County {@code county}'s code: prefectures 05–09 of province 52, counties 01–20 of each.
   *
   * @param county the county index, 0–99
   * @return the 12-digit county code
   */
  static long countyCode(int county) {
    return 520000000000L + (5 + county / 20) * 100000000L + (1 + county % 20) * 1000000L;
  }

  /**
   * County {@code county}'s seed, derived from the province's.
   *
   * @param seed the province seed
   * @param county the county index
   * @return the county's seed
   */
  static long countySeed(long seed, int county) {
    return mix(seed, county);
  }

  /**
   * The examples' specification of one county.
   *
   * @param students the province's students
   * @param perCounty students per county
   * @param seed the province seed
   * @param county the county index
   * @return the county's specification
   */
  static CountySpec spec(int students, int perCounty, long seed, int county) {
    return CountySpec.builder()
        .students(Math.min(perCounty, students - county * perCounty))
        .seed(countySeed(seed, county))
        .schoolYear(YEAR)
        .countyCode(DivisionCode.of(countyCode(county)))
        .countyName("县" + county)
        // The peers workloads read one school year: no former students to generate and skip.
        .historyYears(1)
        .build();
  }

  /**
   * Streams the province's students to the visitor, county by county, school by school.
   *
   * @param students the number of students, at least 1
   * @param seed the province seed
   * @param visitor receives every county and student
   * @return the number of schools
   */
  static int stream(int students, long seed, Visitor visitor) {
    return stream(students, STUDENTS_PER_COUNTY, seed, visitor);
  }

  /**
   * Streams a province of counties of {@code perCounty} students (the last one smaller).
   *
   * @param students the number of students, at least 1
   * @param perCounty students per county, at least 1
   * @param seed the province seed
   * @param visitor receives every county and student
   * @return the number of schools
   */
  static int stream(int students, int perCounty, long seed, Visitor visitor) {
    Identity id = new Identity();
    int i = 0;
    int school = 0;
    for (int c = 0; c < counties(students, perCounty); c++) {
      SyntheticCounty county = SyntheticCounty.generate(spec(students, perCounty, seed, c));
      visitor.county(c, county, school);
      int townshipBase = c * TOWNSHIPS_PER_COUNTY;
      id.county = c;
      id.firstSchool = school;
      id.countySchools = county.schools().size();
      for (SyntheticSchool s : county.schools()) {
        SchoolRoster roster = county.roster(s);
        id.school = school;
        id.localSchool = s.ordinal();
        for (SyntheticStudent st : roster.students()) {
          id.grade = st.grade().number();
          id.sex = (byte) (st.sex() == Sex.MALE ? 0 : 1);
          id.birth = (int) st.birthDate().toEpochDay();
          id.village = village(townshipBase, st.village());
          id.idBody = Long.parseLong(st.residentId().unmasked().substring(0, 17));
          id.enrolled = (int) st.enrolled().toEpochDay();
          id.student = st;
          visitor.student(i++, id);
        }
        school++;
      }
    }
    id.student = null;
    return school;
  }

  /** The township slot of a township-level code: its 3-digit number minus 100. */
  static int townshipSlot(DivisionCode township) {
    int number = (int) (township.value() / 1000 % 1000);
    if (number < 100 || number >= 100 + TOWNSHIPS_PER_COUNTY) {
      throw new IllegalStateException("Township number out of the layout's range: " + township);
    }
    return number - 100;
  }

  /** The global village index of a village in county {@code townshipBase / TOWNSHIPS_PER_COUNTY}. */
  static int village(int townshipBase, DivisionCode village) {
    int number = (int) (village.value() % 1000);
    int slot = number < 200 ? number - 1 : 2 + number - 200;
    if (slot < 0 || slot >= VILLAGES_PER_TOWNSHIP) {
      throw new IllegalStateException("Village number out of the layout's range: " + village);
    }
    return (townshipBase + townshipSlot(village.township())) * VILLAGES_PER_TOWNSHIP + slot;
  }

  /** The code of global township {@code township}. */
  static long townshipCode(int township) {
    return countyCode(township / TOWNSHIPS_PER_COUNTY)
        + (100 + township % TOWNSHIPS_PER_COUNTY) * 1000L;
  }

  /** The code of global village {@code village}. */
  static long villageCode(int village) {
    int slot = village % VILLAGES_PER_TOWNSHIP;
    return townshipCode(village / VILLAGES_PER_TOWNSHIP) + (slot < 2 ? slot + 1 : 200 + slot - 2);
  }

  /** The global township index of a school of county {@code county}. */
  static int township(int county, SyntheticSchool school) {
    return county * TOWNSHIPS_PER_COUNTY + townshipSlot(school.township());
  }

  /** The epoch day of a date. */
  static int epoch(LocalDate date) {
    return (int) date.toEpochDay();
  }

  /** SplitMix64-style mixing so neighbouring counties (and workloads) get unrelated streams. */
  static long mix(long seed, long ordinal) {
    long z = seed + 0x9E3779B97F4A7C15L * (ordinal + 1);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}

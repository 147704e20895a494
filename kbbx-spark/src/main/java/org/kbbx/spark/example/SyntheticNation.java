package org.kbbx.spark.example;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.kbbx.spark.rate.StudentYearRow;

/**
 * A deterministic synthetic nation for the example job and the tests: student {@code i} is a pure
 * function of the seed and {@code i}, so Spark can generate partitions in parallel and one JVM can
 * generate the same students in order.
 *
 * <p>Four provinces, each with 2 cities of 3 counties of 4 townships; each township has 3 villages
 * and 3 schools (one per village). Students are laid out county by county (student {@code i} lives
 * in county {@code i × 24 / size}), as records are exported per county; 8 % of households are in
 * another township of the county, 1 % in a county anywhere, 1 % registered only at county level.
 * About 3 % have no school record, 4 % are not on the population list, and every 250,000th row is
 * invalid (an unknown sex) so that rejection is exercised. The data are synthetic: no real person,
 * school or rate.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SyntheticNation implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final int[] PROVINCES = {32, 44, 52, 65};
  private static final int CITIES = 2;
  private static final int COUNTIES_PER_CITY = 3;
  private static final int TOWNSHIPS = 4;
  private static final int VILLAGES = 3;
  /** The number of counties. */
  public static final int COUNTIES = PROVINCES.length * CITIES * COUNTIES_PER_CITY;

  private static final long INVALID_EVERY = 250_000L;

  private final long seed;
  private final long size;
  private final int schoolYear;

  private SyntheticNation(long seed, long size, int schoolYear) {
    this.seed = seed;
    this.size = size;
    this.schoolYear = schoolYear;
  }

  /**
   * Returns a nation of {@code size} students.
   *
   * @param seed any value; the same seed gives the same students
   * @param size the number of students, at least 1
   * @param schoolYear the start year of the school year every row describes
   * @return the nation
   * @throws IllegalArgumentException if {@code size < 1}
   */
  public static SyntheticNation of(long seed, long size, int schoolYear) {
    if (size < 1) {
      throw new IllegalArgumentException("Invalid nation size (expected 1 or more): " + size);
    }
    return new SyntheticNation(seed, size, schoolYear);
  }

  /** Returns the number of students. */
  public long size() {
    return size;
  }

  /**
   * Returns student {@code index}.
   *
   * @param index 0 to {@code size() - 1}
   * @return a new row
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public StudentYearRow student(long index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(
          "Invalid student index (valid values 0 - " + (size - 1) + "): " + index);
    }
    SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    int county = (int) (index * COUNTIES / size);
    int township = r.nextInt(TOWNSHIPS);
    int school = r.nextInt(VILLAGES);
    StudentYearRow row = new StudentYearRow();
    row.setSchoolYear(schoolYear);
    row.setSex(
        index % INVALID_EVERY == INVALID_EVERY - 1
            ? "UNKNOWN"
            : r.nextBoolean() ? "MALE" : "FEMALE");
    row.setPriorityGroups(groups(r));
    boolean hasSchool = r.nextInt(100) >= 3;
    boolean hasHousehold = r.nextInt(100) >= 4;
    int grade = 1 + r.nextInt(9);
    boolean enrolled = false;
    boolean droppedOut = false;
    if (hasSchool) {
      long village = village(county, township, school);
      row.setSchoolId("S" + village);
      row.setSchoolDivision(village);
      row.setGrade(grade);
      enrolled = r.nextInt(1000) >= 15;
      droppedOut = r.nextInt(1000) < 12;
      row.setEnrolled(enrolled);
      row.setDroppedOut(droppedOut);
      row.setRepeater(enrolled && r.nextInt(100) < 2);
      row.setCompleter(enrolled && (grade == 6 || grade == 9) && r.nextInt(100) < 95);
      row.setTransferredIn(r.nextInt(100) < 2);
      row.setTransferredOut(r.nextInt(100) < 2);
    }
    if (hasHousehold) {
      row.setHouseholdDivision(household(r, county, township));
      int age = r.nextInt(100);
      if (age < 3) {
        row.setCompulsoryAge(true);
      } else if (age < 5) {
        row.setCompulsoryAge(false);
      } else {
        row.setCompulsoryAge(true);
        int expected = age < 15 ? grade + (age % 2 == 0 ? 1 : -1) : grade;
        row.setExpectedGrade(Math.max(1, Math.min(9, expected)));
      }
      row.setEnrolledForPopulation(hasSchool && enrolled && !droppedOut);
      boolean completed = !hasSchool && r.nextInt(100) < 10;
      row.setCompletedCompulsory(completed);
      row.setDeferred(!hasSchool && !completed && r.nextInt(100) < 10);
    }
    return row;
  }

  private static String[] groups(SplittableRandom r) {
    List<String> groups = new ArrayList<>(0);
    if (r.nextInt(100) < 8) {
      groups.add("REGISTERED_POOR");
    }
    if (r.nextInt(100) < 6) {
      groups.add("LEFT_BEHIND");
    }
    if (r.nextInt(100) < 2) {
      groups.add("DISABLED");
    }
    return groups.toArray(new String[0]);
  }

  private static long household(SplittableRandom r, int county, int township) {
    int where = r.nextInt(100);
    if (where < 1) {
      return countyCode(r.nextInt(COUNTIES)) * 1_000_000L
          + (1 + r.nextInt(TOWNSHIPS)) * 1_000L
          + 1
          + r.nextInt(VILLAGES);
    }
    if (where < 2) {
      return countyCode(county) * 1_000_000L;
    }
    int t = where < 10 ? r.nextInt(TOWNSHIPS) : township;
    return village(county, t, r.nextInt(VILLAGES));
  }

  private static long village(int county, int township, int village) {
    return countyCode(county) * 1_000_000L + (township + 1) * 1_000L + village + 1;
  }

  /** Returns the 6-digit code of county {@code index}, for example 320101. */
  static long countyCode(int index) {
    int province = PROVINCES[index / (CITIES * COUNTIES_PER_CITY)];
    int city = 1 + (index / COUNTIES_PER_CITY) % CITIES;
    int county = 1 + index % COUNTIES_PER_CITY;
    return province * 10_000L + city * 100L + county;
  }
}

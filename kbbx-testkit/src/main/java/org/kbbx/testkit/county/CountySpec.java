package org.kbbx.testkit.county;

import java.util.EnumMap;
import java.util.Map;
import org.immutables.value.Value;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.division.DivisionLevel;
import org.kbbx.core.internal.KbbxStyle;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.time.SchoolYear;

/**
 * What synthetic county to generate: its size, seed, school year and the shares that shape it.
 *
 * <p>Every attribute has a default, so {@code CountySpec.builder().students(5_000).seed(7).build()}
 * is a complete specification. Shares are whole per-mille values (no floating point): a priority
 * group share of 80 means 8.0 % of students belong to that group.
 *
 * <pre>{@code
 * CountySpec spec = CountySpec.builder().students(20_000).seed(2024).build();
 * SyntheticCounty county = SyntheticCounty.generate(spec);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@KbbxStyle
public abstract class CountySpec {

  /** The largest number of students a county may have: {@value}. */
  public static final int MAX_STUDENTS = 20_000_000;

  /** The most school years of history: {@value}. */
  public static final int MAX_HISTORY_YEARS = 12;

  CountySpec() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with every default in place
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the specification with every default.
   *
   * @return the default specification (20,000 students, seed 2024, school year 2024-2025)
   */
  public static CountySpec defaults() {
    return builder().build();
  }

  /**
   * The seed: the same seed (with the same other attributes) gives the same county.
   *
   * @return the seed, default 2024
   */
  @Value.Default
  public long seed() {
    return 2024L;
  }

  /**
   * The number of students, 1 to {@link #MAX_STUDENTS}.
   *
   * @return the number of students, default 20,000
   */
  @Value.Default
  public int students() {
    return 20_000;
  }

  /**
   * The school year whose calendar, cohorts and absences are generated.
   *
   * @return the school year, default 2024-2025
   */
  @Value.Default
  public SchoolYear schoolYear() {
    return SchoolYear.of(2024);
  }

  /**
   * How many school years of history the county has, ending with {@link #schoolYear()}: every
   * student on the roll has her record from her intake, and the students who left during these
   * years (completers, dropouts, deaths, moves out of the county) are generated too.
   *
   * @return the number of school years, 1 to {@value #MAX_HISTORY_YEARS}, default 10
   */
  @Value.Default
  public int historyYears() {
    return 10;
  }

  /**
   * The county's division code (county level).
   *
   * @return the code, default {@code 522499000000} (a Guizhou-style code no real county uses)
   */
  @Value.Default
  public DivisionCode countyCode() {
    return DivisionCode.parse("522499000000");
  }

  /**
   * The county's name.
   *
   * @return the name, default {@code 示范县}
   */
  @Value.Default
  public String countyName() {
    return "示范县";
  }

  /**
   * The share of students in each priority group, per mille; groups not listed have none.
   *
   * @return the shares, default a rural western county's profile (e.g. 80 ‰ registered poor, 150
   *     ‰ left-behind)
   */
  @Value.Default
  public Map<PriorityGroup, Integer> priorityShares() {
    Map<PriorityGroup, Integer> shares = new EnumMap<>(PriorityGroup.class);
    shares.put(PriorityGroup.REGISTERED_POOR, 80);
    shares.put(PriorityGroup.MONITORED_HOUSEHOLD, 15);
    shares.put(PriorityGroup.MINIMUM_LIVING_ALLOWANCE, 40);
    shares.put(PriorityGroup.ORPHAN, 3);
    shares.put(PriorityGroup.LEFT_BEHIND, 150);
    shares.put(PriorityGroup.CHILD_IN_DIFFICULTY, 10);
    shares.put(PriorityGroup.MIGRANT_CHILD, 30);
    shares.put(PriorityGroup.DISABLED, 8);
    shares.put(PriorityGroup.LEARNING_DIFFICULTY, 25);
    shares.put(PriorityGroup.PRISONER_CHILD, 2);
    shares.put(PriorityGroup.SERIOUS_MISBEHAVIOUR, 3);
    return shares;
  }

  /**
   * Students per teacher (师生比); each school has at least two staff.
   *
   * @return the ratio, default 15
   */
  @Value.Default
  public int studentsPerTeacher() {
    return 15;
  }

  /**
   * The most students one teacher guarantees (R-RC-4); priority students are spread over the
   * school's teachers up to this cap, and a school with too few teachers overloads some.
   *
   * @return the cap, default 8 (seed 004: a teacher looks after 6-8 students)
   */
  @Value.Default
  public int guaranteeCap() {
    return 8;
  }

  /**
   * The chance, per mille, that a priority student was left without a guarantor (a coverage gap).
   *
   * @return the gap share, default 3 ‰
   */
  @Value.Default
  public int guaranteeGapPerMille() {
    return 3;
  }

  /**
   * The base chance, per mille, that a student has a long run of absences during the year;
   * junior secondary students and priority groups have more.
   *
   * @return the base share, default 4 ‰
   */
  @Value.Default
  public int absenceRunPerMille() {
    return 4;
  }

  /**
   * The chance, per mille, that a student with a long run of absences comes back.
   *
   * @return the return share, default 600 ‰
   */
  @Value.Default
  public int returnPerMille() {
    return 600;
  }

  @Value.Check
  void check() {
    if (students() < 1 || students() > MAX_STUDENTS) {
      throw new IllegalArgumentException(
          "Invalid value for students (valid values 1 - " + MAX_STUDENTS + "): " + students());
    }
    if (historyYears() < 1 || historyYears() > MAX_HISTORY_YEARS) {
      throw new IllegalArgumentException("Invalid value for historyYears (valid values 1 - "
          + MAX_HISTORY_YEARS + "): " + historyYears());
    }
    if (countyCode().level() != DivisionLevel.COUNTY) {
      throw new IllegalArgumentException(
          "Invalid countyCode (expected a county-level code such as 522499000000): "
              + countyCode());
    }
    if (studentsPerTeacher() < 1) {
      throw new IllegalArgumentException(
          "Invalid value for studentsPerTeacher (valid values 1 and more): "
              + studentsPerTeacher());
    }
    if (guaranteeCap() < 1) {
      throw new IllegalArgumentException(
          "Invalid value for guaranteeCap (valid values 1 and more): " + guaranteeCap());
    }
    perMille("guaranteeGapPerMille", guaranteeGapPerMille());
    perMille("absenceRunPerMille", absenceRunPerMille());
    perMille("returnPerMille", returnPerMille());
    priorityShares().forEach((group, share) -> perMille("priorityShares." + group, share));
  }

  private static void perMille(String name, int value) {
    if (value < 0 || value > 1000) {
      throw new IllegalArgumentException(
          "Invalid value for " + name + " (valid values 0 - 1000 per mille): " + value);
    }
  }

  /**
   * Builds a {@link CountySpec}; unset attributes keep their defaults.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableCountySpec.Builder {
    Builder() {}
  }
}

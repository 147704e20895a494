package org.kbbx.testkit.county;

import java.util.List;
import org.immutables.value.Value;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.division.DivisionLevel;
import org.kbbx.core.internal.KbbxStyle;
import org.kbbx.core.school.SchoolLevel;

/**
 * A school of the synthetic county: where it sits, which villages it surveys (R-RC-5), and how
 * many students and teachers it has. Its students are generated on demand ({@link
 * SyntheticCounty#roster}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@KbbxStyle
public abstract class SyntheticSchool {

  SyntheticSchool() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The position of the school in the county's school list, from 0; it seeds the school's roster.
   *
   * @return the ordinal
   */
  public abstract int ordinal();

  /**
   * The 10-digit school identifier (学校标识码-style): the county's 6 digits and a 4-digit serial.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The school's name, e.g. {@code 河坝镇中心小学}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The kind of school.
   *
   * @return the kind
   */
  public abstract SchoolKind kind();

  /**
   * The village or community where the school sits.
   *
   * @return a village-level code
   */
  public abstract DivisionCode division();

  /**
   * The villages whose children this school surveys (控辍保学 survey responsibility, R-RC-5), in
   * code order; the villages its students come from.
   *
   * @return the surveyed villages, not empty
   */
  public abstract List<DivisionCode> surveyedVillages();

  /**
   * The number of primary students.
   *
   * @return 0 or more; 0 unless the kind holds primary
   */
  public abstract int primaryStudents();

  /**
   * The number of junior secondary students.
   *
   * @return 0 or more; 0 unless the kind holds junior secondary
   */
  public abstract int juniorStudents();

  /**
   * The number of staff, the principal included.
   *
   * @return at least 2
   */
  public abstract int teachers();

  /**
   * Returns the township the school belongs to.
   *
   * @return the township-level code
   */
  public DivisionCode township() {
    return division().township();
  }

  /**
   * Returns the number of students.
   *
   * @return primary plus junior students
   */
  public int students() {
    return primaryStudents() + juniorStudents();
  }

  /**
   * Returns the number of students of a level.
   *
   * @param level the level, not null
   * @return the count
   */
  public int students(SchoolLevel level) {
    return level == SchoolLevel.PRIMARY ? primaryStudents() : juniorStudents();
  }

  @Value.Check
  void check() {
    if (division().level() != DivisionLevel.VILLAGE) {
      throw new IllegalArgumentException(
          "Invalid school division (expected village level): " + division());
    }
    if (surveyedVillages().isEmpty()) {
      throw new IllegalArgumentException("Invalid school " + id() + ": surveys no village");
    }
    if (primaryStudents() < 0 || juniorStudents() < 0 || teachers() < 2) {
      throw new IllegalArgumentException("Invalid school " + id() + ": counts " + primaryStudents()
          + "/" + juniorStudents() + "/" + teachers());
    }
    if ((primaryStudents() > 0 && !kind().holds(SchoolLevel.PRIMARY))
        || (juniorStudents() > 0 && !kind().holds(SchoolLevel.JUNIOR_SECONDARY))) {
      throw new IllegalArgumentException(
          "Invalid school " + id() + ": a " + kind() + " cannot hold these levels");
    }
  }

  /**
   * Builds a {@link SyntheticSchool}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableSyntheticSchool.Builder {
    Builder() {}
  }
}

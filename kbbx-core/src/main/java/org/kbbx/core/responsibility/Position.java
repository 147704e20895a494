package org.kbbx.core.responsibility;

import io.vavr.control.Option;
import java.util.Objects;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.division.DivisionLevel;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;

/**
 * A seat on the responsibility chain: a {@link Role} at a unit (R-RC-1).
 *
 * <p>Institutional seats are keyed by their unit: the county head and bureau director by the county,
 * the township head and education centre director by the township, the village director by the
 * village, the principal by the school. Personal seats are keyed by their holder, since a school
 * has many teachers: a teacher or school leader by school and person, a bureau leader or section by
 * person. A parent's seat is keyed by the student.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Position {

  private final Role role;
  private final DivisionCode division;
  private final SchoolId school;
  private final PersonId person;
  private final StudentId student;
  private final int hash;

  private Position(
      Role role, DivisionCode division, SchoolId school, PersonId person, StudentId student) {
    this.role = role;
    this.division = division;
    this.school = school;
    this.person = person;
    this.student = student;
    this.hash = Objects.hash(role, division, school, person, student);
  }

  /** Returns the county head's seat (县长) of {@code county}, a county-level code. */
  public static Position countyHead(DivisionCode county) {
    return ofDivision(Role.COUNTY_HEAD, county, DivisionLevel.COUNTY);
  }

  /** Returns the education bureau director's seat (教育局长) of {@code county}, a county-level code. */
  public static Position bureauDirector(DivisionCode county) {
    return ofDivision(Role.BUREAU_DIRECTOR, county, DivisionLevel.COUNTY);
  }

  /** Returns the township head's seat (乡(镇)长) of {@code township}, a township-level code. */
  public static Position townshipHead(DivisionCode township) {
    return ofDivision(Role.TOWNSHIP_HEAD, township, DivisionLevel.TOWNSHIP);
  }

  /** Returns the education centre director's seat (教育管理中心主任) of {@code township}. */
  public static Position educationCentreDirector(DivisionCode township) {
    return ofDivision(Role.EDUCATION_CENTRE_DIRECTOR, township, DivisionLevel.TOWNSHIP);
  }

  /** Returns the village committee director's seat (村委会主任) of {@code village}, a village-level code. */
  public static Position villageDirector(DivisionCode village) {
    return ofDivision(Role.VILLAGE_DIRECTOR, village, DivisionLevel.VILLAGE);
  }

  /** Returns the principal's seat (校长) of {@code school}. */
  public static Position principal(SchoolId school) {
    return new Position(Role.PRINCIPAL, null, Objects.requireNonNull(school, "school"), null, null);
  }

  /** Returns the seat of {@code teacher} teaching at {@code school} (师长). */
  public static Position teacher(SchoolId school, PersonId teacher) {
    return new Position(
        Role.TEACHER,
        null,
        Objects.requireNonNull(school, "school"),
        Objects.requireNonNull(teacher, "teacher"),
        null);
  }

  /** Returns the seat of {@code leader} in the leadership of {@code school} (学校领导). */
  public static Position schoolLeader(SchoolId school, PersonId leader) {
    return new Position(
        Role.SCHOOL_LEADER,
        null,
        Objects.requireNonNull(school, "school"),
        Objects.requireNonNull(leader, "leader"),
        null);
  }

  /** Returns the seat of {@code leader} in the bureau's leadership (局领导). */
  public static Position bureauLeader(PersonId leader) {
    return new Position(
        Role.BUREAU_LEADER, null, null, Objects.requireNonNull(leader, "leader"), null);
  }

  /** Returns the seat of the bureau section {@code section} (局股室), registered as a holder. */
  public static Position bureauSection(PersonId section) {
    return new Position(
        Role.BUREAU_SECTION, null, null, Objects.requireNonNull(section, "section"), null);
  }

  /** Returns the seat of the parent or guardian (家长) of {@code student}. */
  public static Position parent(StudentId student) {
    return new Position(Role.PARENT, null, null, null, Objects.requireNonNull(student, "student"));
  }

  /**
   * Returns the household seat of the guardian {@code guardian} (家长/监护人, R-RC-11): one seat for
   * all the guardian's children, so that letters are per household (户为对象, seed 000).
   *
   * @param guardian the guardian, a person of the organisation, not null
   * @return the seat, of role {@link Role#PARENT}
   */
  public static Position guardian(PersonId guardian) {
    return new Position(
        Role.PARENT, null, null, Objects.requireNonNull(guardian, "guardian"), null);
  }

  /**
   * Returns the seat of {@code person} as a poverty-relief responsible person (帮扶责任人, R-RC-16,
   * seed 004 留坝), who guarantees named children.
   *
   * @param person the person, not null
   * @return the seat
   */
  public static Position reliefResponsible(PersonId person) {
    return new Position(
        Role.RELIEF_RESPONSIBLE, null, null, Objects.requireNonNull(person, "person"), null);
  }

  /**
   * Returns the seat of {@code person} as the control-dropout information officer of {@code
   * village} (村级控辍信息管理员, R-RC-16, seed 004 西乡), who guarantees named children of the village.
   *
   * @param village a village-level code, not null
   * @param person the person, not null
   * @return the seat
   */
  public static Position villageOfficer(DivisionCode village, PersonId person) {
    Position seat = ofDivision(Role.VILLAGE_DROPOUT_OFFICER, village, DivisionLevel.VILLAGE);
    return new Position(
        Role.VILLAGE_DROPOUT_OFFICER,
        seat.division,
        null,
        Objects.requireNonNull(person, "person"),
        null);
  }

  private static Position ofDivision(Role role, DivisionCode division, DivisionLevel expected) {
    Objects.requireNonNull(division, "division");
    if (division.level() != expected) {
      throw new IllegalArgumentException("Invalid division for "
          + role.chineseLabel()
          + " ("
          + role.englishLabel()
          + "): expected a "
          + expected.name().toLowerCase(java.util.Locale.ROOT)
          + "-level code, found "
          + division
          + " ("
          + division.level().name().toLowerCase(java.util.Locale.ROOT)
          + ")");
    }
    return new Position(role, division, null, null, null);
  }

  /** Returns the role of this seat. */
  public Role role() {
    return role;
  }

  /** Returns the division of an institutional seat (county, township, village), or none. */
  public Option<DivisionCode> division() {
    return Option.of(division);
  }

  /** Returns the school of a principal's, teacher's or school leader's seat, or none. */
  public Option<SchoolId> school() {
    return Option.of(school);
  }

  /**
   * Returns the person a personal seat belongs to (teacher, school leader, bureau leader or
   * section, relief responsible person, village officer, a guardian's household seat), or none.
   */
  public Option<PersonId> person() {
    return Option.of(person);
  }

  /** Returns the student of a parent's seat, or none. */
  public Option<StudentId> student() {
    return Option.of(student);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Position that
        && that.hash == hash
        && that.role == role
        && Objects.equals(that.division, division)
        && Objects.equals(that.school, school)
        && Objects.equals(that.person, person)
        && Objects.equals(that.student, student);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /** Returns a readable form such as {@code 村委会主任@520527100201} or {@code 师长@S1/P7}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(role.chineseLabel()).append('@');
    if (division != null) {
      text.append(division);
      if (person != null) {
        text.append('/').append(person);
      }
    } else if (school != null) {
      text.append(school);
      if (person != null) {
        text.append('/').append(person);
      }
    } else if (person != null) {
      text.append(person);
    } else {
      text.append(student);
    }
    return text.toString();
  }
}

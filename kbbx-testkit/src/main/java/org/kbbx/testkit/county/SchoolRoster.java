package org.kbbx.testkit.county;

import java.util.List;
import java.util.Objects;

/**
 * One school with its generated staff, students and guarantee assignments: the unit in which the
 * county is streamed.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param school the school, not null
 * @param teachers the staff, the principal first, not null
 * @param students the students, in student-number order, not null
 * @param guarantees the guarantee assignments (teacher → student), not null
 * @param former the students who left the school in an earlier year of the county's history
 *     (completed grade 9, dropped out without return, died, moved out of the county), not null
 */
public record SchoolRoster(
    SyntheticSchool school,
    List<Teacher> teachers,
    List<SyntheticStudent> students,
    List<Guarantee> guarantees,
    List<SyntheticStudent> former) {

  /**
   * A roster without former students.
   *
   * @param school the school, not null
   * @param teachers the staff, not null
   * @param students the students, not null
   * @param guarantees the guarantee assignments, not null
   */
  public SchoolRoster(
      SyntheticSchool school,
      List<Teacher> teachers,
      List<SyntheticStudent> students,
      List<Guarantee> guarantees) {
    this(school, teachers, students, guarantees, List.of());
  }

  /**
   * Checks and copies the components.
   *
   * @throws NullPointerException if a component is null
   */
  public SchoolRoster {
    Objects.requireNonNull(school, "school");
    teachers = List.copyOf(teachers);
    students = List.copyOf(students);
    guarantees = List.copyOf(guarantees);
    former = List.copyOf(former);
  }

  /**
   * Returns everyone whose record the school holds or held: the students on the roll in the
   * county's school year, then the former students.
   *
   * @return the students and former students
   */
  public List<SyntheticStudent> everyone() {
    List<SyntheticStudent> all = new java.util.ArrayList<>(students.size() + former.size());
    all.addAll(students);
    all.addAll(former);
    return all;
  }
}

package org.kbbx.examples.synthetic;

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
 */
public record SchoolRoster(
    SyntheticSchool school,
    List<Teacher> teachers,
    List<SyntheticStudent> students,
    List<Guarantee> guarantees) {

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
  }
}

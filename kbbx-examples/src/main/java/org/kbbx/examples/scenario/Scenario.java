package org.kbbx.examples.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kbbx.core.person.PriorityGroup;
import org.kbbx.core.time.SchoolCalendar;
import org.kbbx.rules.profile.EffectiveProfile;

/**
 * A scenario read from JSON by {@link ScenarioReader}: the input of {@code kbbx evaluate}.
 *
 * <p>A plain record at the JSON edge. This class is immutable and thread-safe.
 *
 * @param profile the profile, resolved along its parent chain
 * @param asOf the as-of date
 * @param calendar the school calendar
 * @param students the students, in file order
 * @param absences the absence marks, in file order
 * @param events the status events, in file order
 */
public record Scenario(
    EffectiveProfile profile,
    LocalDate asOf,
    SchoolCalendar calendar,
    List<Student> students,
    List<Absence> absences,
    List<Event> events) {

  /** Copies the lists. */
  public Scenario {
    students = List.copyOf(students);
    absences = List.copyOf(absences);
    events = List.copyOf(events);
  }

  /**
   * A student of the scenario.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param id the student's id
   * @param birthDate the birth date
   * @param school the school id
   * @param grade the grade number (1-9)
   * @param enrolled the date the record became active at the school
   * @param groups the priority groups
   * @param residentId the resident ID, if given (validated, R-ID-1)
   */
  public record Student(
      String id,
      LocalDate birthDate,
      String school,
      int grade,
      LocalDate enrolled,
      Set<PriorityGroup> groups,
      Optional<String> residentId) {

    /** Copies the groups. */
    public Student {
      groups = Set.copyOf(groups);
    }
  }

  /**
   * One absence mark.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param student the student's id
   * @param date the date
   * @param excused whether it is excused
   */
  public record Absence(String student, LocalDate date, boolean excused) {}

  /**
   * One status event as given: its type name and type-specific fields.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param index the position in the scenario's {@code events} array
   * @param id the event id
   * @param student the student's id
   * @param date the effective date
   * @param type the event type's enum name
   * @param fields the type-specific fields (school, grade, until, target, evidence, reason) as text
   */
  public record Event(
      int index,
      String id,
      String student,
      LocalDate date,
      String type,
      java.util.Map<String, String> fields) {

    /** Copies the fields. */
    public Event {
      fields = java.util.Map.copyOf(fields);
    }
  }
}

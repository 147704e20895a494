package org.kbbx.core.responsibility;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.time.SchoolYear;

/**
 * The index maps of a built organisation, filled once by {@link OrganisationBuilder} and never
 * changed after; {@link Organisation} never lets them escape.
 */
final class OrganisationData {

  /** The key of a letter: both seats and the school year. */
  record LetterKey(Position upper, Position lower, SchoolYear year) {}

  DivisionCode county;
  ResponsibilityProfile profile;
  final Map<DivisionCode, List<DivisionCode>> villagesByTownship = new LinkedHashMap<>();
  final Set<DivisionCode> villages = new HashSet<>();
  final Map<SchoolId, DivisionCode> schoolLocation = new LinkedHashMap<>();
  final Map<PersonId, Person> persons = new LinkedHashMap<>();
  final Map<Position, PersonId> holders = new LinkedHashMap<>();
  final Map<PersonId, List<Position>> positionsOfPerson = new HashMap<>();
  final Map<SchoolId, List<Position>> teacherSeatsBySchool = new LinkedHashMap<>();
  final Map<StudentId, StudentPlacement> students = new LinkedHashMap<>();
  final Map<DivisionCode, List<StudentId>> studentsByVillage = new HashMap<>();
  final Map<SchoolId, List<StudentId>> studentsBySchool = new HashMap<>();
  final Map<StudentId, Position> guarantorOfStudent = new HashMap<>();
  final Map<StudentId, Position> classTeacherOfStudent = new HashMap<>();
  final Map<Position, List<StudentId>> classOfTeacher = new LinkedHashMap<>();
  final Map<Position, List<StudentId>> wardsOfTeacher = new LinkedHashMap<>();
  final Map<Position, Position> leaderOfTeacher = new HashMap<>();
  final Map<Position, List<Position>> wardsOfLeader = new LinkedHashMap<>();
  final Map<DivisionCode, List<Position>> bureauGuarantorsOfTownship = new HashMap<>();
  final Map<Position, List<DivisionCode>> townshipsOfBureauGuarantor = new LinkedHashMap<>();
  final Map<DivisionCode, SchoolId> surveySchoolOfVillage = new LinkedHashMap<>();
  final Map<LetterKey, ResponsibilityLetter> letters = new HashMap<>();
  final Map<DivisionCode, String> divisionNames = new HashMap<>();
  final Map<SchoolId, String> schoolNames = new HashMap<>();
  final Set<DivisionCode> communities = new HashSet<>();
  final Set<Position> vacant = new java.util.LinkedHashSet<>();
  final Map<DivisionCode, List<SchoolId>> surveySchoolsOfVillage = new LinkedHashMap<>();
  final Map<StudentId, PersonId> guardianOfStudent = new HashMap<>();
  final Map<PersonId, List<StudentId>> childrenOfGuardian = new LinkedHashMap<>();
  final Map<StudentId, List<Position>> otherGuarantorsOfStudent = new HashMap<>();
  final Map<Position, List<StudentId>> wardsOfOtherGuarantor = new LinkedHashMap<>();

  static <K, V> void append(Map<K, List<V>> map, K key, V value) {
    map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
  }

  /** The students a teacher seat answers for: its class first, then its guaranteed wards not in it. */
  List<StudentId> studentsOfTeacher(Position teacher) {
    List<StudentId> classList = classOfTeacher.getOrDefault(teacher, List.of());
    List<StudentId> wards = wardsOfTeacher.getOrDefault(teacher, List.of());
    if (wards.isEmpty()) {
      return classList;
    }
    List<StudentId> all = new ArrayList<>(classList);
    for (StudentId ward : wards) {
      if (!teacher.equals(classTeacherOfStudent.get(ward))) {
        all.add(ward);
      }
    }
    return all;
  }

  /** Whether {@code seat} is a seat of this organisation: held, or declared vacant. */
  boolean seatExists(Position seat) {
    return holders.containsKey(seat) || vacant.contains(seat);
  }

  /** The parent's seat of a student: the guardian's household seat if named (R-RC-11), else the student's. */
  Position parentSeat(StudentId student) {
    PersonId guardian = guardianOfStudent.get(student);
    return guardian == null ? Position.parent(student) : Position.guardian(guardian);
  }

  boolean isTownship(DivisionCode code) {
    return villagesByTownship.containsKey(code);
  }

  boolean isVillage(DivisionCode code) {
    return villages.contains(code);
  }
}

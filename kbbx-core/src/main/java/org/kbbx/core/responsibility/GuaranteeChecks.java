package org.kbbx.core.responsibility;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.validation.Violation;

/** Validates guarantee assignments (R-RC-4) while the organisation is built; fills the indices. */
final class GuaranteeChecks {

  private final OrganisationData data;
  private final List<Violation> violations;
  private final Map<PersonId, String> leaderPathOfTeacherPerson = new HashMap<>();
  private final Map<PersonId, PersonId> leaderPersonOfTeacherPerson = new HashMap<>();
  private final Set<String> townshipPairs = new HashSet<>();

  GuaranteeChecks(OrganisationData data, List<Violation> violations) {
    this.data = data;
    this.violations = violations;
  }

  private void fail(String path, String message) {
    violations.add(Violation.at(path, message));
  }

  void check(String path, GuaranteeAssignment assignment) {
    if (assignment == null) {
      fail(path, "missing guarantee assignment");
    } else if (assignment instanceof GuaranteeAssignment.TeacherForStudent teacherForStudent) {
      teacherForStudent(path, teacherForStudent);
    } else if (assignment instanceof GuaranteeAssignment.LeaderForTeacher leaderForTeacher) {
      leaderForTeacher(path, leaderForTeacher);
    } else if (assignment instanceof GuaranteeAssignment.SectionForTownship sectionForTownship) {
      forTownship(
          path,
          assignment,
          Position.bureauSection(sectionForTownship.section()),
          sectionForTownship.township());
    } else if (assignment instanceof GuaranteeAssignment.LeaderForTownship leaderForTownship) {
      forTownship(
          path,
          assignment,
          Position.bureauLeader(leaderForTownship.leader()),
          leaderForTownship.township());
    } else if (assignment instanceof GuaranteeAssignment.ReliefPersonForStudent relief) {
      otherForStudent(path, Position.reliefResponsible(relief.person()), relief.student());
    } else if (assignment instanceof GuaranteeAssignment.VillageOfficerForStudent officer) {
      StudentPlacement placement = data.students.get(officer.student());
      if (placement == null) {
        fail(path, "unknown student " + officer.student());
        return;
      }
      otherForStudent(
          path,
          Position.villageOfficer(placement.household(), officer.officer()),
          officer.student());
    }
  }

  /** A guarantee of a student by someone who is not a teacher (R-RC-16). */
  private void otherForStudent(String path, Position seat, org.kbbx.core.id.StudentId student) {
    if (!knownPerson(path, seat.person().get())) {
      return;
    }
    if (!data.students.containsKey(student)) {
      fail(path, "unknown student " + student);
      return;
    }
    if (!data.holders.containsKey(seat)) {
      fail(
          path,
          "person " + seat.person().get() + " holds no " + seat.role().chineseLabel() + " position"
              + seat.division().map(village -> " in village " + village).getOrElse(""));
      return;
    }
    List<Position> others =
        data.otherGuarantorsOfStudent.computeIfAbsent(student, s -> new java.util.ArrayList<>());
    if (others.contains(seat)) {
      fail(path, seat + " already guarantees this student");
      return;
    }
    others.add(seat);
    OrganisationData.append(data.wardsOfOtherGuarantor, seat, student);
  }

  private boolean knownPerson(String path, PersonId person) {
    if (!data.persons.containsKey(person)) {
      fail(path, "unknown person " + person);
      return false;
    }
    return true;
  }

  private void teacherForStudent(String path, GuaranteeAssignment.TeacherForStudent assignment) {
    StudentPlacement placement0 = data.students.get(assignment.student());
    boolean personKnown = placement0 != null
            && data.vacant.contains(Position.teacher(placement0.school(), assignment.teacher()))
        || knownPerson(path, assignment.teacher());
    StudentPlacement placement = data.students.get(assignment.student());
    if (placement == null) {
      fail(path, "unknown student " + assignment.student());
      return;
    }
    Position seat = Position.teacher(placement.school(), assignment.teacher());
    if (personKnown && !data.seatExists(seat)) {
      fail(
          path,
          "person " + assignment.teacher() + " holds no teacher position at school "
              + placement.school() + ", the school of student " + assignment.student());
      return;
    }
    if (!personKnown) {
      return;
    }
    Position previous = data.guarantorOfStudent.putIfAbsent(assignment.student(), seat);
    if (previous != null) {
      fail(
          path,
          "student " + assignment.student() + " is guaranteed twice: already by "
              + previous.person().get() + ", now by " + assignment.teacher());
      return;
    }
    OrganisationData.append(data.wardsOfTeacher, seat, assignment.student());
  }

  private void leaderForTeacher(String path, GuaranteeAssignment.LeaderForTeacher assignment) {
    boolean leaderKnown = knownPerson(path, assignment.leader());
    boolean teacherKnown = knownPerson(path, assignment.teacher());
    if (!leaderKnown || !teacherKnown) {
      return;
    }
    SchoolId school = null;
    for (Position held : data.positionsOfPerson.getOrDefault(assignment.leader(), List.of())) {
      if (held.role() == Role.SCHOOL_LEADER
          && data.holders.containsKey(
              Position.teacher(held.school().get(), assignment.teacher()))) {
        school = held.school().get();
        break;
      }
    }
    if (school == null) {
      fail(
          path,
          "no school where " + assignment.leader() + " is a school leader and "
              + assignment.teacher() + " a teacher");
      return;
    }
    String previous = leaderPathOfTeacherPerson.putIfAbsent(assignment.teacher(), path);
    if (previous != null) {
      fail(
          path,
          "teacher " + assignment.teacher() + " is guaranteed twice: already by "
              + leaderPersonOfTeacherPerson.get(assignment.teacher()) + " (" + previous
              + "), now by " + assignment.leader());
      return;
    }
    leaderPersonOfTeacherPerson.put(assignment.teacher(), assignment.leader());
    Position leaderSeat = Position.schoolLeader(school, assignment.leader());
    Position teacherSeat = Position.teacher(school, assignment.teacher());
    data.leaderOfTeacher.put(teacherSeat, leaderSeat);
    OrganisationData.append(data.wardsOfLeader, leaderSeat, teacherSeat);
  }

  private void forTownship(
      String path, GuaranteeAssignment assignment, Position seat, DivisionCode township) {
    boolean ok = knownPerson(path, assignment.guarantor());
    if (ok && !data.holders.containsKey(seat)) {
      fail(
          path,
          "person " + assignment.guarantor() + " holds no " + seat.role().chineseLabel()
              + " position");
      ok = false;
    }
    if (!data.isTownship(township)) {
      fail(path, "unknown township " + township);
      ok = false;
    }
    if (!ok) {
      return;
    }
    if (!townshipPairs.add(seat + "|" + township)) {
      fail(path, seat + " already guarantees township " + township);
      return;
    }
    OrganisationData.append(data.bureauGuarantorsOfTownship, township, seat);
    OrganisationData.append(data.townshipsOfBureauGuarantor, seat, township);
  }

  /**
   * Rejects cycles among school leaders guaranteeing teachers who in turn lead (a leader
   * guaranteeing himself is a cycle of one). Each teacher has at most one leader, so following
   * leaders from every teacher with colours is linear.
   */
  void rejectCycles() {
    Map<PersonId, Integer> state = new HashMap<>();
    for (PersonId start : leaderPersonOfTeacherPerson.keySet()) {
      if (state.containsKey(start)) {
        continue;
      }
      java.util.ArrayList<PersonId> walk = new java.util.ArrayList<>();
      PersonId current = start;
      while (current != null && !state.containsKey(current)) {
        state.put(current, 1);
        walk.add(current);
        current = leaderPersonOfTeacherPerson.get(current);
      }
      if (current != null && state.get(current) == 1) {
        int from = walk.indexOf(current);
        List<PersonId> cycle = walk.subList(from, walk.size());
        fail(
            leaderPathOfTeacherPerson.get(current),
            "school leaders guarantee one another in a cycle: " + cycle);
      }
      for (PersonId visited : walk) {
        state.put(visited, 2);
      }
    }
  }
}

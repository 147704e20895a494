package org.kbbx.core.responsibility;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.List;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.division.DivisionLevel;
import org.kbbx.core.id.StudentId;

/** Answers visibility questions (R-RC-8) from an organisation's indices. */
final class Visibility {

  private final OrganisationData data;

  Visibility(OrganisationData data) {
    this.data = data;
  }

  boolean maySee(Position seat, StudentId student) {
    StudentPlacement placement = data.students.get(student);
    if (placement == null) {
      return false;
    }
    switch (seat.role()) {
      case COUNTY_HEAD:
      case BUREAU_DIRECTOR:
        return seat.division().get().equals(data.county);
      case TOWNSHIP_HEAD:
        return placement.household().township().equals(seat.division().get());
      case VILLAGE_DIRECTOR:
        return placement.household().equals(seat.division().get());
      case PARENT:
        return seat.student().isDefined()
            ? seat.student().get().equals(student)
            : data.childrenOfGuardian
                .getOrDefault(seat.person().get(), List.of())
                .contains(student);
      case RELIEF_RESPONSIBLE:
      case VILLAGE_DROPOUT_OFFICER:
        return data.otherGuarantorsOfStudent.getOrDefault(student, List.of()).contains(seat);
      case EDUCATION_CENTRE_DIRECTOR:
        return isInTownship(
            data.schoolLocation.get(placement.school()), seat.division().get());
      case PRINCIPAL:
        return placement.school().equals(seat.school().get());
      case TEACHER:
        return seat.equals(data.guarantorOfStudent.get(student))
            || seat.equals(data.classTeacherOfStudent.get(student));
      case SCHOOL_LEADER:
        return leads(seat, data.guarantorOfStudent.get(student))
            || leads(seat, data.classTeacherOfStudent.get(student));
      case BUREAU_LEADER:
      case BUREAU_SECTION:
        return data.townshipsOfBureauGuarantor
            .getOrDefault(seat, List.of())
            .contains(placement.household().township());
      default:
        return false;
    }
  }

  private boolean leads(Position leader, Position teacher) {
    return teacher != null && leader.equals(data.leaderOfTeacher.get(teacher));
  }

  private static boolean isInTownship(DivisionCode location, DivisionCode township) {
    return location.level() != DivisionLevel.COUNTY && location.township().equals(township);
  }

  Seq<StudentId> visibleStudents(Position seat) {
    switch (seat.role()) {
      case COUNTY_HEAD:
      case BUREAU_DIRECTOR:
        return seat.division().get().equals(data.county)
            ? Vector.ofAll(data.students.keySet())
            : Vector.empty();
      case TOWNSHIP_HEAD:
        return ofTownship(seat.division().get());
      case VILLAGE_DIRECTOR:
        return Vector.ofAll(data.studentsByVillage.getOrDefault(seat.division().get(), List.of()));
      case PARENT:
        if (seat.student().isEmpty()) {
          return Vector.ofAll(data.childrenOfGuardian.getOrDefault(seat.person().get(), List.of()));
        }
        return data.students.containsKey(seat.student().get())
            ? Vector.of(seat.student().get())
            : Vector.empty();
      case RELIEF_RESPONSIBLE:
      case VILLAGE_DROPOUT_OFFICER:
        return Vector.ofAll(data.wardsOfOtherGuarantor.getOrDefault(seat, List.of()));
      case EDUCATION_CENTRE_DIRECTOR:
        return Vector.ofAll(data.schoolLocation.entrySet())
            .filter(entry -> isInTownship(entry.getValue(), seat.division().get()))
            .flatMap(entry -> data.studentsBySchool.getOrDefault(entry.getKey(), List.of()));
      case PRINCIPAL:
        return Vector.ofAll(data.studentsBySchool.getOrDefault(seat.school().get(), List.of()));
      case TEACHER:
        return Vector.ofAll(data.studentsOfTeacher(seat));
      case SCHOOL_LEADER:
        return Vector.ofAll(data.wardsOfLeader.getOrDefault(seat, List.of()))
            .flatMap(data::studentsOfTeacher)
            .distinct();
      case BUREAU_LEADER:
      case BUREAU_SECTION:
        return Vector.ofAll(data.townshipsOfBureauGuarantor.getOrDefault(seat, List.of()))
            .flatMap(this::ofTownship);
      default:
        return Vector.empty();
    }
  }

  private Seq<StudentId> ofTownship(DivisionCode township) {
    return Vector.ofAll(data.villagesByTownship.getOrDefault(township, List.of()))
        .flatMap(village -> data.studentsByVillage.getOrDefault(village, List.of()));
  }

  Seq<Position> subordinates(Position seat) {
    switch (seat.role()) {
      case COUNTY_HEAD:
        return seat.division().get().equals(data.county)
            ? Vector.ofAll(data.villagesByTownship.keySet()).map(Position::townshipHead)
            : Vector.empty();
      case TOWNSHIP_HEAD:
        return Vector.ofAll(data.villagesByTownship.getOrDefault(seat.division().get(), List.of()))
            .map(Position::villageDirector);
      case VILLAGE_DIRECTOR:
        return Vector.ofAll(data.studentsByVillage.getOrDefault(seat.division().get(), List.of()))
            .map(data::parentSeat)
            .distinct();
      case BUREAU_DIRECTOR:
        if (!seat.division().get().equals(data.county)) {
          return Vector.empty();
        }
        return Vector.ofAll(data.schoolLocation.keySet())
            .map(Position::principal)
            .appendAll(Vector.ofAll(data.villagesByTownship.keySet())
                .map(Position::educationCentreDirector))
            .appendAll(Vector.ofAll(data.townshipsOfBureauGuarantor.keySet()));
      case EDUCATION_CENTRE_DIRECTOR:
        return Vector.ofAll(data.schoolLocation.entrySet())
            .filter(entry -> isInTownship(entry.getValue(), seat.division().get()))
            .map(entry -> Position.principal(entry.getKey()));
      case PRINCIPAL:
        return Vector.ofAll(data.teacherSeatsBySchool.getOrDefault(seat.school().get(), List.of()))
            .appendAll(Vector.ofAll(data.wardsOfLeader.keySet())
                .filter(leader -> leader.school().equals(seat.school())));
      case SCHOOL_LEADER:
        return Vector.ofAll(data.wardsOfLeader.getOrDefault(seat, List.of()));
      case TEACHER:
        return Vector.ofAll(data.studentsOfTeacher(seat)).map(data::parentSeat).distinct();
      case RELIEF_RESPONSIBLE:
      case VILLAGE_DROPOUT_OFFICER:
        return Vector.ofAll(data.wardsOfOtherGuarantor.getOrDefault(seat, List.of()))
            .map(data::parentSeat)
            .distinct();
      case BUREAU_LEADER:
      case BUREAU_SECTION:
        return Vector.ofAll(data.townshipsOfBureauGuarantor.getOrDefault(seat, List.of()))
            .map(Position::townshipHead);
      default:
        return Vector.empty();
    }
  }
}

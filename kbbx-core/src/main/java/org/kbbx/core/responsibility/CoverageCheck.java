package org.kbbx.core.responsibility;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.time.SchoolYear;

/** Runs the coverage check (R-RC-5) over an organisation's indices in one linear pass per kind. */
final class CoverageCheck {

  private final Organisation organisation;
  private final OrganisationData data;
  private final SchoolYear year;
  private final List<CoverageFinding> findings = new ArrayList<>();

  CoverageCheck(Organisation organisation, OrganisationData data, SchoolYear year) {
    this.organisation = organisation;
    this.data = data;
    this.year = year;
  }

  Seq<CoverageFinding> run() {
    brokenLinks();
    classTeachersVacant();
    studentsWithoutGuarantor();
    guarantorsOverCap();
    villagesWithoutSurveySchool(); // and villages surveyed by several (R-RC-13)
    townshipsWithoutBureauGuarantor();
    missingLetters();
    return Vector.ofAll(findings);
  }

  private void vacant(Position seat) {
    if (!data.holders.containsKey(seat)) {
      findings.add(new CoverageFinding.BrokenLink(seat));
    }
  }

  private void brokenLinks() {
    vacant(Position.countyHead(data.county));
    vacant(Position.bureauDirector(data.county));
    for (Map.Entry<DivisionCode, List<DivisionCode>> township :
        data.villagesByTownship.entrySet()) {
      vacant(Position.townshipHead(township.getKey()));
      for (DivisionCode village : township.getValue()) {
        vacant(Position.villageDirector(village));
      }
    }
    java.util.Set<DivisionCode> centres = new java.util.LinkedHashSet<>();
    for (Map.Entry<SchoolId, DivisionCode> school : data.schoolLocation.entrySet()) {
      vacant(Position.principal(school.getKey()));
      if (school.getValue().level() != org.kbbx.core.division.DivisionLevel.COUNTY) {
        centres.add(school.getValue().township());
      }
    }
    for (DivisionCode township : centres) {
      vacant(Position.educationCentreDirector(township));
    }
    for (Position seat : data.vacant) {
      if (seat.person()
          .isDefined()) { // personal seats declared vacant (R-RC-15): teachers, leaders
        findings.add(new CoverageFinding.BrokenLink(seat));
      }
    }
  }

  private void classTeachersVacant() {
    for (StudentPlacement placement : data.students.values()) {
      if (!data.classTeacherOfStudent.containsKey(placement.student())) {
        findings.add(
            new CoverageFinding.ClassTeacherVacant(placement.student(), placement.school()));
      }
    }
  }

  private void studentsWithoutGuarantor() {
    for (StudentPlacement placement : data.students.values()) {
      if (placement.guaranteeRequired()
          && !data.guarantorOfStudent.containsKey(placement.student())) {
        findings.add(
            new CoverageFinding.StudentWithoutGuarantor(placement.student(), placement.school()));
      }
    }
  }

  private void guarantorsOverCap() {
    for (GuaranteeKind kind : GuaranteeKind.values()) {
      GuaranteeCap cap = data.profile.caps().get(kind);
      if (cap == null) {
        continue;
      }
      Map<Position, ? extends List<?>> wards;
      switch (kind) {
        case TEACHER_STUDENT:
          wards = data.wardsOfTeacher;
          break;
        case SCHOOL_LEADER_TEACHER:
          wards = data.wardsOfLeader;
          break;
        case RELIEF_RESPONSIBLE_STUDENT:
        case VILLAGE_OFFICER_STUDENT:
          wards = data.wardsOfOtherGuarantor;
          break;
        default:
          wards = data.townshipsOfBureauGuarantor;
          break;
      }
      for (Map.Entry<Position, ? extends List<?>> entry : wards.entrySet()) {
        if (entry.getKey().role() == kind.guarantorRole()
            && cap.excess(entry.getValue().size()) > 0) {
          findings.add(new CoverageFinding.GuarantorOverCap(
              kind, entry.getKey(), entry.getValue().size(), cap));
        }
      }
    }
  }

  private void villagesWithoutSurveySchool() {
    for (List<DivisionCode> villages : data.villagesByTownship.values()) {
      for (DivisionCode village : villages) {
        List<SchoolId> schools = data.surveySchoolsOfVillage.getOrDefault(village, List.of());
        if (schools.isEmpty()) {
          findings.add(new CoverageFinding.VillageWithoutSurveySchool(village));
        } else if (schools.size() > 1) {
          findings.add(
              new CoverageFinding.VillageSurveyedBySeveral(village, Vector.ofAll(schools)));
        }
      }
    }
  }

  private void townshipsWithoutBureauGuarantor() {
    for (DivisionCode township : data.villagesByTownship.keySet()) {
      if (!data.bureauGuarantorsOfTownship.containsKey(township)) {
        findings.add(new CoverageFinding.TownshipWithoutBureauGuarantor(township));
      }
    }
  }

  private void missingLetters() {
    for (ChainLink link : data.profile.lettersRequired()) {
      switch (link) {
        case COUNTY_TOWNSHIP:
          for (DivisionCode township : data.villagesByTownship.keySet()) {
            expect(link, Position.countyHead(data.county), Position.townshipHead(township));
          }
          break;
        case TOWNSHIP_VILLAGE:
          for (List<DivisionCode> villages : data.villagesByTownship.values()) {
            for (DivisionCode village : villages) {
              expect(
                  link,
                  Position.townshipHead(village.township()),
                  Position.villageDirector(village));
            }
          }
          break;
        case VILLAGE_HOUSEHOLD:
          // R-RC-11: one letter per household (户为对象), the village of its first child.
          java.util.Set<Position> households = new java.util.HashSet<>();
          for (StudentPlacement placement : data.students.values()) {
            Position household = data.parentSeat(placement.student());
            if (households.add(household)) {
              expect(link, Position.villageDirector(placement.household()), household);
            }
          }
          break;
        case BUREAU_SCHOOL:
          for (SchoolId school : data.schoolLocation.keySet()) {
            expect(link, Position.bureauDirector(data.county), Position.principal(school));
          }
          break;
        case SCHOOL_TEACHER:
          for (Map.Entry<SchoolId, List<Position>> school : data.teacherSeatsBySchool.entrySet()) {
            for (Position teacher : school.getValue()) {
              expect(link, Position.principal(school.getKey()), teacher);
            }
          }
          break;
        case TEACHER_PARENT:
          // R-RC-10: every household with a child at school, through the class teacher.
          // R-RC-11: once per household; a letter from any of its children's teachers counts.
          java.util.Set<Position> signed = new java.util.HashSet<>();
          for (Map.Entry<Position, List<StudentId>> teacher : data.classOfTeacher.entrySet()) {
            for (StudentId student : teacher.getValue()) {
              Position household = data.parentSeat(student);
              if (signed.add(household) && !householdSigned(household)) {
                findings.add(
                    new CoverageFinding.MissingLetter(link, teacher.getKey(), household, year));
              }
            }
          }
          break;
        default:
          break;
      }
    }
  }

  private boolean householdSigned(Position household) {
    List<StudentId> children = household.student().isDefined()
        ? List.of(household.student().get())
        : data.childrenOfGuardian.get(household.person().get());
    for (StudentId child : children) {
      for (Position upper :
          new Position[] {data.classTeacherOfStudent.get(child), data.guarantorOfStudent.get(child)
          }) {
        if (upper != null && organisation.letter(upper, household, year).isDefined()) {
          return true;
        }
      }
    }
    return false;
  }

  private void expect(ChainLink link, Position upper, Position lower) {
    if (organisation.letter(upper, lower, year).isEmpty()) {
      findings.add(new CoverageFinding.MissingLetter(link, upper, lower, year));
    }
  }
}

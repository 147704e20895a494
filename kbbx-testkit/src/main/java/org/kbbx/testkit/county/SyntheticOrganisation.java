package org.kbbx.testkit.county;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.responsibility.ChainLink;
import org.kbbx.core.responsibility.GuaranteeAssignment;
import org.kbbx.core.responsibility.GuaranteeCap;
import org.kbbx.core.responsibility.GuaranteeKind;
import org.kbbx.core.responsibility.Organisation;
import org.kbbx.core.responsibility.OrganisationBuilder;
import org.kbbx.core.responsibility.Person;
import org.kbbx.core.responsibility.PersonId;
import org.kbbx.core.responsibility.Position;
import org.kbbx.core.responsibility.ResponsibilityLetter;
import org.kbbx.core.responsibility.ResponsibilityProfile;
import org.kbbx.core.responsibility.StudentPlacement;
import org.kbbx.core.validation.Violation;

/**
 * Maps a synthetic township (its schools' rosters) to the library's responsibility model
 * (R-RC-1..5, R-RC-10): the seven heads' seats and the township education centre director,
 * teachers, students with their households and class teachers (the roster split evenly among the
 * school's teachers; a school with only a principal has none), teacher → student guarantees (包保), a bureau section guaranteeing the township, each village's survey school (its
 * village primary if it has one, else the central primary or nine-year school) and the two-level letters (county head → township head, bureau director →
 * principal).
 *
 * <p>One organisation per township keeps memory bounded however large the county: a township's
 * students are the only students held at once.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SyntheticOrganisation {

  private SyntheticOrganisation() {}

  /**
   * The responsibility profile the synthetic county uses: the national one with the spec's
   * teacher → student cap and letters required on the two top links (Hanzhong's two levels).
   *
   * @param spec the county spec, not null
   * @return the profile
   */
  public static ResponsibilityProfile profile(CountySpec spec) {
    return ResponsibilityProfile.national()
        .withCap(GuaranteeKind.TEACHER_STUDENT, GuaranteeCap.of(1, spec.guaranteeCap()))
        .withLettersRequired(EnumSet.of(ChainLink.COUNTY_TOWNSHIP, ChainLink.BUREAU_SCHOOL));
  }

  /**
   * Builds one township's organisation.
   *
   * @param county the county, not null
   * @param township one of the county's townships, not null
   * @param rosters the rosters of the township's schools, not null
   * @return the organisation, or the library's list of problems with the data
   */
  public static Validation<Seq<Violation>, Organisation> township(
      SyntheticCounty county, Township township, List<SchoolRoster> rosters) {
    Objects.requireNonNull(township, "township");
    DivisionCode code = county.code();
    OrganisationBuilder b = Organisation.builder(code).division(township.code(), township.name());
    seat(b, "county-head", county.name() + "县长", Position.countyHead(code));
    seat(b, "bureau-director", county.name() + "教育局长", Position.bureauDirector(code));
    String head = "head-" + township.code().value();
    seat(b, head, township.name() + "长", Position.townshipHead(township.code()));
    seat(
        b,
        "centre-" + township.code().value(),
        township.name() + "教管中心主任",
        Position.educationCentreDirector(township.code()));
    String section = "section-" + township.code().value();
    seat(
        b,
        section,
        "教育局包保股室(" + township.name() + ")",
        Position.bureauSection(PersonId.of(section)));
    b.guarantee(new GuaranteeAssignment.SectionForTownship(PersonId.of(section), township.code()));
    b.letter(new ResponsibilityLetter(
        Position.countyHead(code),
        Position.townshipHead(township.code()),
        county.spec().schoolYear()));
    for (Village v : township.villages()) {
      b.division(v.code(), v.name());
      seat(b, "director-" + v.code().value(), v.name() + "主任", Position.villageDirector(v.code()));
    }
    for (SchoolRoster roster : rosters) {
      SyntheticSchool school = roster.school();
      SchoolId id = SchoolId.of(school.id());
      b.school(id, school.division(), school.name());
      b.letter(new ResponsibilityLetter(
          Position.bureauDirector(code), Position.principal(id), county.spec().schoolYear()));
      for (Teacher t : roster.teachers()) {
        b.person(Person.of(t.id(), t.principal() ? school.name() + "校长" : "教师" + t.id()));
        b.appoint(
            PersonId.of(t.id()),
            t.principal() ? Position.principal(id) : Position.teacher(id, PersonId.of(t.id())));
      }
      List<Teacher> classTeachers =
          roster.teachers().stream().filter(t -> !t.principal()).toList();
      List<SyntheticStudent> students = roster.students();
      for (int i = 0; i < students.size(); i++) {
        SyntheticStudent s = students.get(i);
        b.student(new StudentPlacement(StudentId.of(s.id()), s.village(), id, s.isPriority()));
        if (!classTeachers.isEmpty()) {
          // Consecutive students form a class (R-RC-10): the roster split evenly among its
          // teachers.
          long k = (long) i * classTeachers.size() / students.size();
          b.classTeacher(
              StudentId.of(s.id()), PersonId.of(classTeachers.get((int) k).id()));
        }
      }
      for (Guarantee g : roster.guarantees()) {
        b.guarantee(new GuaranteeAssignment.TeacherForStudent(
            PersonId.of(g.teacherId()), StudentId.of(g.studentId())));
      }
    }
    // Each village has one survey school: its village primary, else the central or nine-year one.
    Map<DivisionCode, SchoolId> survey = new LinkedHashMap<>();
    for (SchoolKind kind : List.of(SchoolKind.PRIMARY, SchoolKind.NINE_YEAR)) {
      for (SchoolRoster roster : rosters) {
        if (roster.school().kind() == kind) {
          for (DivisionCode v : roster.school().surveyedVillages()) {
            survey.putIfAbsent(v, SchoolId.of(roster.school().id()));
          }
        }
      }
    }
    survey.forEach(b::survey);
    return b.build(profile(county.spec()));
  }

  private static void seat(OrganisationBuilder b, String id, String name, Position position) {
    b.person(Person.of(id, name)).appoint(PersonId.of(id), position);
  }
}

package org.kbbx.core.responsibility;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.division.DivisionLevel;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.validation.Violation;

/**
 * Collects a county's organisation as untrusted input and validates it as a whole into an
 * {@link Organisation} (R-RC-1 … R-RC-4), listing every problem found.
 *
 * <p>Each {@code add} method only records its argument (nulls included, reported at build time);
 * {@link #build(ResponsibilityProfile)} checks everything and returns either the organisation or
 * every violation, each with a path such as {@code guarantees[3]}: unknown divisions, schools,
 * persons and students; a seat held twice; a person in several leading seats where the profile
 * forbids it; a student or teacher guaranteed twice; a guarantor without the matching seat; a
 * letter between non-adjacent levels or between seats that are not above one another; a class
 * teacher who holds no teacher seat at the student's school, or a second class teacher; a cycle of school leaders guaranteeing one another.
 *
 * <p>This builder is mutable and not thread-safe; the organisation it builds is immutable.
 */
public final class OrganisationBuilder {

  private final DivisionCode county;
  private final List<DivisionCode> divisions = new ArrayList<>();
  private final List<Map.Entry<SchoolId, DivisionCode>> schools = new ArrayList<>();
  private final List<Person> persons = new ArrayList<>();
  private final List<Map.Entry<PersonId, Position>> appointments = new ArrayList<>();
  private final List<StudentPlacement> students = new ArrayList<>();
  private final List<Map.Entry<StudentId, PersonId>> classTeachers = new ArrayList<>();
  private final List<GuaranteeAssignment> guarantees = new ArrayList<>();
  private final List<ResponsibilityLetter> letters = new ArrayList<>();
  private final List<Map.Entry<DivisionCode, SchoolId>> surveys = new ArrayList<>();
  private final List<Map.Entry<Object, String>> names = new ArrayList<>();
  private final List<DivisionCode> communities = new ArrayList<>();
  private final List<Position> vacancies = new ArrayList<>();
  private final List<Map.Entry<PersonId, StudentId>> guardians = new ArrayList<>();

  OrganisationBuilder(DivisionCode county) {
    this.county = county;
  }

  /** Adds a township or village of the county; a village's township must be added too, in any order. */
  public OrganisationBuilder division(DivisionCode code) {
    divisions.add(code);
    return this;
  }

  /**
   * Adds a named township or village of the county (R-RC-11): findings and seats print the name,
   * for example {@code 齐建村}, instead of the code.
   *
   * @param code a township- or village-level code within the county
   * @param name the name, not blank
   * @return this builder
   */
  public OrganisationBuilder division(DivisionCode code, String name) {
    divisions.add(code);
    names.add(new java.util.AbstractMap.SimpleImmutableEntry<>(code, name));
    return this;
  }

  /**
   * Adds a named community (社区, a residents' committee) of the county: a village-level division of
   * its own kind (R-RC-11), otherwise treated like a village (its director sits on the government
   * line, it is assigned a survey school).
   *
   * @param code a village-level code within the county
   * @param name the name, not blank
   * @return this builder
   */
  public OrganisationBuilder community(DivisionCode code, String name) {
    division(code, name);
    communities.add(code);
    return this;
  }

  /**
   * Adds a named school (R-RC-11) located in {@code location}.
   *
   * @param school the school
   * @param location the county itself, a township or a village
   * @param name the name, for example {@code 马道中学}, not blank
   * @return this builder
   */
  public OrganisationBuilder school(SchoolId school, DivisionCode location, String name) {
    school(school, location);
    names.add(new java.util.AbstractMap.SimpleImmutableEntry<>(school, name));
    return this;
  }

  /**
   * Declares {@code seat} vacant (R-RC-15): one call, whatever was appointed to it. An appointment
   * to the seat is superseded; for a teacher seat, the students who name it as class teacher and
   * the guarantees it holds stay attached to the (now vacant) seat, so their chains keep a vacant
   * teacher level and the coverage check reports the seat once as a broken link.
   *
   * @param seat the seat; a teacher seat must be of a listed school
   * @return this builder
   */
  public OrganisationBuilder vacate(Position seat) {
    vacancies.add(seat);
    return this;
  }

  /**
   * Names {@code guardian} (a person added with {@link #person}) as the guardian of {@code child}
   * (R-RC-11): the children of one guardian share one household seat ({@link
   * Position#guardian}), and the letters to the household are one per household (户为对象).
   *
   * @param guardian the guardian
   * @param child a student added with {@link #student}
   * @return this builder
   */
  public OrganisationBuilder guardian(PersonId guardian, StudentId child) {
    guardians.add(new java.util.AbstractMap.SimpleImmutableEntry<>(guardian, child));
    return this;
  }

  /** Adds a school located in {@code location}: the county itself, a township or a village. */
  public OrganisationBuilder school(SchoolId school, DivisionCode location) {
    schools.add(new java.util.AbstractMap.SimpleImmutableEntry<>(school, location));
    return this;
  }

  /** Adds a person who may then be appointed or named as a guarantor. */
  public OrganisationBuilder person(Person person) {
    persons.add(person);
    return this;
  }

  /** Appoints {@code person} to {@code position}; a personal seat must belong to that person. */
  public OrganisationBuilder appoint(PersonId person, Position position) {
    appointments.add(new java.util.AbstractMap.SimpleImmutableEntry<>(person, position));
    return this;
  }

  /** Adds a student's placement. */
  public OrganisationBuilder student(StudentPlacement placement) {
    students.add(placement);
    return this;
  }

  /**
   * Names the class teacher (班主任, R-RC-10) of {@code student}: {@code teacher} must hold the
   * teacher seat {@code Position.teacher(school, teacher)} of the school the student attends. A
   * student without a class teacher is a coverage finding, not a build failure.
   *
   * @param student the student, added with {@link #student} in any order
   * @param teacher the class teacher, appointed to a teacher seat of the student's school
   * @return this builder
   */
  public OrganisationBuilder classTeacher(StudentId student, PersonId teacher) {
    classTeachers.add(new java.util.AbstractMap.SimpleImmutableEntry<>(student, teacher));
    return this;
  }

  /** Adds a guarantee assignment (包保). */
  public OrganisationBuilder guarantee(GuaranteeAssignment assignment) {
    guarantees.add(assignment);
    return this;
  }

  /** Adds a responsibility letter (责任书). */
  public OrganisationBuilder letter(ResponsibilityLetter letter) {
    letters.add(letter);
    return this;
  }

  /** Assigns {@code village} to {@code school} for the survey of school-age children (seed 003). */
  public OrganisationBuilder survey(DivisionCode village, SchoolId school) {
    surveys.add(new java.util.AbstractMap.SimpleImmutableEntry<>(village, school));
    return this;
  }

  /**
   * Validates everything added and returns the organisation, or every violation found.
   *
   * @param profile the responsibility part of the county's profile, not null
   * @return the organisation or the violations, never throws for bad input
   */
  public Validation<Seq<Violation>, Organisation> build(ResponsibilityProfile profile) {
    Objects.requireNonNull(profile, "profile");
    Checker checker = new Checker(county, profile);
    checker.divisions(divisions);
    checker.schools(schools);
    OrganisationNames.check(checker.data, checker.violations, names, communities);
    checker.persons(persons);
    checker.vacancies(vacancies);
    checker.appointments(appointments);
    checker.students(students);
    OrganisationNames.guardians(checker.data, checker.violations, guardians);
    checker.classTeachers(classTeachers);
    checker.guarantees(guarantees);
    checker.letters(letters);
    checker.surveys(surveys);
    if (!checker.violations.isEmpty()) {
      return Validation.invalid(Vector.ofAll(checker.violations));
    }
    return Validation.valid(new Organisation(checker.data));
  }

  /** One validation pass; fills the data and collects violations. */
  private static final class Checker {
    final OrganisationData data = new OrganisationData();
    final List<Violation> violations = new ArrayList<>();

    Checker(DivisionCode county, ResponsibilityProfile profile) {
      data.county = county;
      data.profile = profile;
    }

    void fail(String path, String message) {
      violations.add(Violation.at(path, message));
    }

    /** Townships first, then villages, so that the order of {@code division} calls does not matter. */
    void divisions(List<DivisionCode> input) {
      for (int i = 0; i < input.size(); i++) {
        String path = "divisions[" + i + "]";
        DivisionCode code = input.get(i);
        if (code == null) {
          fail(path, "missing division code");
        } else if (!code.isWithin(data.county)) {
          fail(path, "division " + code + " is not within county " + data.county);
        } else if (code.level() == DivisionLevel.TOWNSHIP) {
          if (data.villagesByTownship.putIfAbsent(code, new ArrayList<>()) != null) {
            fail(path, "township " + code + " is listed twice");
          }
        } else if (code.level() != DivisionLevel.VILLAGE) {
          fail(
              path,
              "division " + code + " is a " + code.level().chineseLabel()
                  + "; expected a township or a village");
        }
      }
      for (int i = 0; i < input.size(); i++) {
        String path = "divisions[" + i + "]";
        DivisionCode code = input.get(i);
        if (code == null || !code.isWithin(data.county) || code.level() != DivisionLevel.VILLAGE) {
          continue;
        }
        if (!data.isTownship(code.township())) {
          fail(
              path,
              "village " + code + " names township " + code.township() + ", which is not listed");
        } else if (!data.villages.add(code)) {
          fail(path, "village " + code + " is listed twice");
        } else {
          data.villagesByTownship.get(code.township()).add(code);
        }
      }
    }

    boolean isKnownDivision(DivisionCode code) {
      return code.equals(data.county) || data.isTownship(code) || data.isVillage(code);
    }

    void schools(List<Map.Entry<SchoolId, DivisionCode>> input) {
      for (int i = 0; i < input.size(); i++) {
        String path = "schools[" + i + "]";
        SchoolId school = input.get(i).getKey();
        DivisionCode location = input.get(i).getValue();
        if (school == null || location == null) {
          fail(path, "missing school id or location");
        } else if (!isKnownDivision(location)) {
          fail(path, "school " + school + " is located in unknown division " + location);
        } else if (data.schoolLocation.putIfAbsent(school, location) != null) {
          fail(path, "school " + school + " is listed twice");
        }
      }
    }

    void persons(List<Person> input) {
      for (int i = 0; i < input.size(); i++) {
        Person person = input.get(i);
        if (person == null) {
          fail("persons[" + i + "]", "missing person");
        } else if (data.persons.putIfAbsent(person.id(), person) != null) {
          fail("persons[" + i + "]", "person " + person.id() + " is listed twice");
        }
      }
    }

    void vacancies(List<Position> input) {
      for (int i = 0; i < input.size(); i++) {
        String path = "vacancies[" + i + "]";
        Position seat = input.get(i);
        if (seat == null) {
          fail(path, "missing seat");
          continue;
        }
        int before = violations.size();
        if (seat.role() == Role.PARENT) {
          fail(path, "a parent's seat cannot be declared vacant");
        } else {
          checkSeatExists(path, seat);
        }
        if (violations.size() == before && data.vacant.add(seat) && seat.role() == Role.TEACHER) {
          OrganisationData.append(data.teacherSeatsBySchool, seat.school().get(), seat);
        }
      }
    }

    void appointments(List<Map.Entry<PersonId, Position>> input) {
      Map<PersonId, List<Position>> leading = new HashMap<>();
      for (int i = 0; i < input.size(); i++) {
        String path = "appointments[" + i + "]";
        PersonId person = input.get(i).getKey();
        Position seat = input.get(i).getValue();
        if (person == null || seat == null) {
          fail(path, "missing person or position");
          continue;
        }
        int before = violations.size();
        if (!data.persons.containsKey(person)) {
          fail(path, "unknown person " + person);
        }
        checkSeatExists(path, seat);
        if (data.vacant.contains(seat)) {
          continue; // R-RC-15: vacate(seat) supersedes the appointment
        }
        if (seat.person().isDefined() && !seat.person().get().equals(person)) {
          fail(
              path,
              "position " + seat + " belongs to " + seat.person().get() + ", not to " + person);
        }
        if (violations.size() > before) {
          continue;
        }
        PersonId previous = data.holders.putIfAbsent(seat, person);
        if (previous != null) {
          fail(
              path,
              "position " + seat + " is already held by " + previous + "; cannot appoint "
                  + person);
          continue;
        }
        OrganisationData.append(data.positionsOfPerson, person, seat);
        if (seat.role() == Role.TEACHER) {
          OrganisationData.append(data.teacherSeatsBySchool, seat.school().get(), seat);
        }
        if (seat.role().isLeadingRole()) {
          OrganisationData.append(leading, person, seat);
          if (data.profile.holding() == PositionHolding.ONE_HEAD_POSITION
              && leading.get(person).size() > 1) {
            fail(
                path,
                "person " + person + " would hold several leading positions " + leading.get(person)
                    + ", which the profile forbids ("
                    + PositionHolding.ONE_HEAD_POSITION.chineseLabel() + ")");
          }
        }
      }
    }

    private void checkSeatExists(String path, Position seat) {
      switch (seat.role()) {
        case COUNTY_HEAD:
        case BUREAU_DIRECTOR:
          if (!seat.division().get().equals(data.county)) {
            fail(
                path,
                "position " + seat + " names county " + seat.division().get() + ", not "
                    + data.county);
          }
          break;
        case TOWNSHIP_HEAD:
        case EDUCATION_CENTRE_DIRECTOR:
          if (!data.isTownship(seat.division().get())) {
            fail(
                path,
                "position " + seat + " names unknown township "
                    + seat.division().get());
          }
          break;
        case VILLAGE_DIRECTOR:
        case VILLAGE_DROPOUT_OFFICER:
          if (!data.isVillage(seat.division().get())) {
            fail(
                path,
                "position " + seat + " names unknown village " + seat.division().get());
          }
          break;
        case PRINCIPAL:
        case TEACHER:
        case SCHOOL_LEADER:
          if (!data.schoolLocation.containsKey(seat.school().get())) {
            fail(
                path,
                "position " + seat + " names unknown school " + seat.school().get());
          }
          break;
        case PARENT:
          fail(
              path,
              "parents are not appointed; a parent's seat follows from the student's placement");
          break;
        default:
          break;
      }
    }

    void students(List<StudentPlacement> input) {
      for (int i = 0; i < input.size(); i++) {
        String path = "students[" + i + "]";
        StudentPlacement placement = input.get(i);
        if (placement == null) {
          fail(path, "missing student placement");
          continue;
        }
        int before = violations.size();
        if (!data.isVillage(placement.household())) {
          fail(
              path,
              "student " + placement.student() + " has household in unknown village "
                  + placement.household());
        }
        if (!data.schoolLocation.containsKey(placement.school())) {
          fail(
              path,
              "student " + placement.student() + " attends unknown school " + placement.school());
        }
        if (violations.size() > before) {
          continue;
        }
        if (data.students.putIfAbsent(placement.student(), placement) != null) {
          fail(path, "student " + placement.student() + " is listed twice");
          continue;
        }
        OrganisationData.append(data.studentsByVillage, placement.household(), placement.student());
        OrganisationData.append(data.studentsBySchool, placement.school(), placement.student());
      }
    }

    void classTeachers(List<Map.Entry<StudentId, PersonId>> input) {
      for (int i = 0; i < input.size(); i++) {
        String path = "classTeachers[" + i + "]";
        StudentId student = input.get(i).getKey();
        PersonId teacher = input.get(i).getValue();
        if (student == null || teacher == null) {
          fail(path, "missing student or class teacher");
          continue;
        }
        StudentPlacement placement = data.students.get(student);
        if (placement == null) {
          fail(path, "class teacher " + teacher + " is named for a student who is not listed");
          continue;
        }
        Position seat = Position.teacher(placement.school(), teacher);
        if (!teacher.equals(data.holders.get(seat)) && !data.vacant.contains(seat)) {
          fail(
              path,
              "class teacher " + teacher + " holds no teacher seat at school " + placement.school()
                  + ", the school the student attends");
          continue;
        }
        Position previous = data.classTeacherOfStudent.putIfAbsent(student, seat);
        if (previous != null) {
          fail(
              path,
              "a student at school " + placement.school() + " already has class teacher "
                  + previous.person().get() + "; cannot also name " + teacher);
          continue;
        }
        OrganisationData.append(data.classOfTeacher, seat, student);
      }
    }

    void guarantees(List<GuaranteeAssignment> input) {
      GuaranteeChecks checks = new GuaranteeChecks(data, violations);
      for (int i = 0; i < input.size(); i++) {
        checks.check("guarantees[" + i + "]", input.get(i));
      }
      checks.rejectCycles();
    }

    void letters(List<ResponsibilityLetter> input) {
      LetterChecks checks = new LetterChecks(data, violations);
      for (int i = 0; i < input.size(); i++) {
        checks.check("letters[" + i + "]", input.get(i));
      }
    }

    /** Survey assignments (R-RC-13): none or several schools for a village is a finding, not a violation. */
    void surveys(List<Map.Entry<DivisionCode, SchoolId>> input) {
      for (int i = 0; i < input.size(); i++) {
        String path = "surveys[" + i + "]";
        DivisionCode village = input.get(i).getKey();
        SchoolId school = input.get(i).getValue();
        if (village == null || school == null) {
          fail(path, "missing village or school");
          continue;
        }
        int before = violations.size();
        if (!data.isVillage(village)) {
          fail(path, "survey assignment names unknown village " + village);
        }
        if (!data.schoolLocation.containsKey(school)) {
          fail(path, "survey assignment names unknown school " + school);
        }
        if (violations.size() > before) {
          continue;
        }
        List<SchoolId> schools =
            data.surveySchoolsOfVillage.computeIfAbsent(village, v -> new ArrayList<>());
        if (!schools.contains(school)) {
          schools.add(school);
        }
        data.surveySchoolOfVillage.putIfAbsent(village, school);
      }
    }
  }
}

package org.kbbx.core.responsibility;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.Objects;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.division.DivisionLevel;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.time.SchoolYear;

/**
 * A county's responsibility organisation, loaded once (R-RC-1 … R-RC-16): its townships, villages
 * and communities with their names, named schools, the persons holding seats (or seats declared
 * vacant), guardians and their households, students' placements and class teachers (班主任),
 * guarantee assignments (包保, by teachers and by others), responsibility letters (责任书) and
 * village → survey-school assignments (seed 003).
 *
 * <p>Built by {@link #builder(DivisionCode)}, which validates the whole input and indexes it, so
 * that {@link #chainFor}, {@link #maySee} and the lookups take time proportional to the depth of
 * the chain (constant), and {@link #coverage} is linear in the size of the organisation.
 *
 * <p>Example:
 *
 * <pre>{@code
 * Organisation org = Organisation.builder(county)
 *     .division(township).division(village)
 *     .school(school, township)
 *     .person(Person.of("p1", "王老师")).appoint(PersonId.of("p1"), Position.teacher(school, PersonId.of("p1")))
 *     .student(new StudentPlacement(StudentId.of("s1"), village, school, true))
 *     .classTeacher(StudentId.of("s1"), PersonId.of("p1"))
 *     .guarantee(new GuaranteeAssignment.TeacherForStudent(PersonId.of("p1"), StudentId.of("s1")))
 *     .build(ResponsibilityProfile.national())
 *     .getOrElseGet(problems -> { throw new IllegalArgumentException(problems.mkString("; ")); });
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Organisation {

  private final OrganisationData data;

  Organisation(OrganisationData data) {
    this.data = data;
  }

  /**
   * Returns a builder for the organisation of {@code county}.
   *
   * @param county a county-level division code, not null
   * @return a new builder
   * @throws IllegalArgumentException if the code is not county-level
   */
  public static OrganisationBuilder builder(DivisionCode county) {
    Objects.requireNonNull(county, "county");
    if (county.level() != DivisionLevel.COUNTY) {
      throw new IllegalArgumentException(
          "Invalid county for Organisation: expected a county-level code, found " + county + " ("
              + county.level() + ")");
    }
    return new OrganisationBuilder(county);
  }

  /** Returns the county. */
  public DivisionCode county() {
    return data.county;
  }

  /** Returns the responsibility part of the profile the organisation was built with. */
  public ResponsibilityProfile profile() {
    return data.profile;
  }

  /** Returns the townships in the order they were added. */
  public Seq<DivisionCode> townships() {
    return Vector.ofAll(data.villagesByTownship.keySet());
  }

  /** Returns the villages of {@code township} in the order they were added; empty for an unknown township. */
  public Seq<DivisionCode> villages(DivisionCode township) {
    Objects.requireNonNull(township, "township");
    return Vector.ofAll(data.villagesByTownship.getOrDefault(township, java.util.List.of()));
  }

  /** Returns the schools in the order they were added. */
  public Seq<SchoolId> schools() {
    return Vector.ofAll(data.schoolLocation.keySet());
  }

  /** Returns where a school is located, or none for an unknown school. */
  public Option<DivisionCode> location(SchoolId school) {
    Objects.requireNonNull(school, "school");
    return Option.of(data.schoolLocation.get(school));
  }

  /** Returns the students' placements in the order they were added. */
  public Seq<StudentPlacement> students() {
    return Vector.ofAll(data.students.values());
  }

  /** Returns a student's placement, or none for a student not in this organisation. */
  public Option<StudentPlacement> placement(StudentId student) {
    Objects.requireNonNull(student, "student");
    return Option.of(data.students.get(student));
  }

  /** Returns the person holding {@code position}, or none when the seat is vacant or unknown. */
  public Option<Person> holder(Position position) {
    Objects.requireNonNull(position, "position");
    return Option.of(data.holders.get(position)).map(data.persons::get);
  }

  /** Returns every held seat, in appointment order; {@link #holder} gives who holds it. */
  public Seq<Position> heldPositions() {
    return Vector.ofAll(data.holders.keySet());
  }

  /**
   * Returns the class teacher's seat of {@code student} (班主任, R-RC-10): a teacher seat of the
   * school the student attends. The class teacher carries the teacher's (师长) duties; a guarantor
   * ({@link #guarantor}) is added to them, never instead.
   *
   * @param student the student, not null
   * @return the seat, or none when the student has no class teacher (a coverage finding) or is
   *     unknown
   */
  public Option<Position> classTeacher(StudentId student) {
    Objects.requireNonNull(student, "student");
    return Option.of(data.classTeacherOfStudent.get(student));
  }

  /**
   * Returns the students whose class teacher holds {@code teacherSeat}, in the order they were
   * named.
   *
   * @param teacherSeat a teacher seat, not null
   * @return the students, empty for a seat that is no class teacher's
   */
  public Seq<StudentId> classOf(Position teacherSeat) {
    Objects.requireNonNull(teacherSeat, "teacherSeat");
    return Vector.ofAll(data.classOfTeacher.getOrDefault(teacherSeat, java.util.List.of()));
  }

  /** Returns the teacher seat that guarantees {@code student} (包保教师), or none. */
  public Option<Position> guarantor(StudentId student) {
    Objects.requireNonNull(student, "student");
    return Option.of(data.guarantorOfStudent.get(student));
  }

  /** Returns the school-leader seat that guarantees a teacher seat, or none. */
  public Option<Position> leaderOf(Position teacherSeat) {
    Objects.requireNonNull(teacherSeat, "teacherSeat");
    return Option.of(data.leaderOfTeacher.get(teacherSeat));
  }

  /** Returns the bureau sections and leaders guaranteeing {@code township}. */
  public Seq<Position> bureauGuarantors(DivisionCode township) {
    Objects.requireNonNull(township, "township");
    return Vector.ofAll(
        data.bureauGuarantorsOfTownship.getOrDefault(township, java.util.List.of()));
  }

  /**
   * Returns the one school that surveys {@code village} (seed 003), or none when the village is
   * assigned to no school or to several (both coverage findings, R-RC-13).
   */
  public Option<SchoolId> surveySchool(DivisionCode village) {
    Objects.requireNonNull(village, "village");
    java.util.List<SchoolId> schools = data.surveySchoolsOfVillage.get(village);
    return schools != null && schools.size() == 1 ? Option.some(schools.get(0)) : Option.none();
  }

  /** Returns every school assigned to survey {@code village}, in assignment order (R-RC-13). */
  public Seq<SchoolId> surveySchools(DivisionCode village) {
    Objects.requireNonNull(village, "village");
    return Vector.ofAll(data.surveySchoolsOfVillage.getOrDefault(village, java.util.List.of()));
  }

  /** Returns the villages surveyed by {@code school}, in assignment order. */
  public Seq<DivisionCode> surveyedVillages(SchoolId school) {
    Objects.requireNonNull(school, "school");
    return Vector.ofAll(data.surveySchoolsOfVillage.entrySet())
        .filter(entry -> entry.getValue().contains(school))
        .map(java.util.Map.Entry::getKey);
  }

  /**
   * Returns the name of a township or village (R-RC-11), or none when it was added without one.
   *
   * @param division the division, not null
   * @return the name, for example {@code 齐建村}
   */
  public Option<String> name(DivisionCode division) {
    Objects.requireNonNull(division, "division");
    return Option.of(data.divisionNames.get(division));
  }

  /**
   * Returns the name of a school (R-RC-11), or none when it was added without one.
   *
   * @param school the school, not null
   * @return the name, for example {@code 马道中学}
   */
  public Option<String> name(SchoolId school) {
    Objects.requireNonNull(school, "school");
    return Option.of(data.schoolNames.get(school));
  }

  /**
   * Returns whether a village-level division is a community (社区) rather than a village (R-RC-11).
   *
   * @param division the division, not null
   * @return true for a division added with {@link OrganisationBuilder#community}
   */
  public boolean isCommunity(DivisionCode division) {
    Objects.requireNonNull(division, "division");
    return data.communities.contains(division);
  }

  /**
   * Returns a seat as reports print it (R-RC-11): the role, the unit's name and the holder's or
   * seat owner's name, for example {@code 村委会主任@齐建村} or {@code 师长@马道中学/张老师}; codes
   * where no name was given; a parent's seat by its role only (and the guardian's name for a
   * household seat), never with a student's id.
   *
   * @param seat the seat, not null
   * @return the label
   */
  public String label(Position seat) {
    Objects.requireNonNull(seat, "seat");
    return new Labels(data).seat(seat);
  }

  /**
   * Returns a sentence naming a coverage finding's gap with names instead of codes (R-RC-11), for
   * example {@code village 齐建村 is assigned to no survey school}.
   *
   * @param finding a finding of this organisation, not null
   * @return the sentence, never with a student's full id
   */
  public String describe(CoverageFinding finding) {
    Objects.requireNonNull(finding, "finding");
    return new Labels(data).describe(finding);
  }

  /**
   * Returns whether {@code seat} was declared vacant ({@link OrganisationBuilder#vacate}).
   *
   * @param seat the seat, not null
   * @return true for a declared vacancy
   */
  public boolean isDeclaredVacant(Position seat) {
    Objects.requireNonNull(seat, "seat");
    return data.vacant.contains(seat);
  }

  /**
   * Returns the parent's seat of {@code student} (R-RC-11): the guardian's household seat ({@link
   * Position#guardian}) when one was named, else {@link Position#parent}.
   *
   * @param student the student, not null
   * @return the seat
   */
  public Position parentSeat(StudentId student) {
    Objects.requireNonNull(student, "student");
    return data.parentSeat(student);
  }

  /**
   * Returns the children of a household seat in the order they were named, or the student alone
   * for a student's own parent seat (R-RC-11).
   *
   * @param parentSeat a parent's seat, not null
   * @return the children, empty for an unknown seat
   */
  public Seq<StudentId> household(Position parentSeat) {
    Objects.requireNonNull(parentSeat, "parentSeat");
    if (parentSeat.role() != Role.PARENT) {
      return Vector.empty();
    }
    return parentSeat.student().isDefined()
        ? Vector.of(parentSeat.student().get()).filter(data.students::containsKey)
        : Vector.ofAll(
            data.childrenOfGuardian.getOrDefault(parentSeat.person().get(), java.util.List.of()));
  }

  /**
   * Returns the seats of people who are not teachers guaranteeing {@code student} (R-RC-16): 帮扶责任人
   * and 村级控辍信息管理员, in the order the guarantees were added.
   *
   * @param student the student, not null
   * @return the seats, empty when there are none
   */
  public Seq<Position> otherGuarantors(StudentId student) {
    Objects.requireNonNull(student, "student");
    return Vector.ofAll(data.otherGuarantorsOfStudent.getOrDefault(student, java.util.List.of()));
  }

  /**
   * Returns the letter between two seats for a school year, or none.
   *
   * @param upper the upper seat, not null
   * @param lower the lower seat, not null
   * @param year the school year, not null
   * @return the letter, or none
   */
  public Option<ResponsibilityLetter> letter(Position upper, Position lower, SchoolYear year) {
    Objects.requireNonNull(upper, "upper");
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(year, "year");
    return Option.of(data.letters.get(new OrganisationData.LetterKey(upper, lower, year)));
  }

  /**
   * Returns the student's chain on {@code line} for school year {@code year} (R-RC-2): the seats
   * from the parent up to the county, with holders and letters; on the education line the teacher
   * is the class teacher (R-RC-10). O(depth).
   *
   * @param student the student, not null
   * @param line the line, not null
   * @param year the school year whose letters count, not null
   * @return the chain, or none for a student not in this organisation
   */
  public Option<ResponsibilityChain> chainFor(StudentId student, Line line, SchoolYear year) {
    Objects.requireNonNull(student, "student");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(year, "year");
    StudentPlacement placement = data.students.get(student);
    if (placement == null) {
      return Option.none();
    }
    Seq<Option<Position>> seats = seatsFor(placement, line);
    Vector<ChainStep> steps = Vector.empty();
    for (int i = 0; i < seats.size(); i++) {
      Option<Position> seat = seats.get(i);
      Option<Position> above = i + 1 < seats.size() ? seats.get(i + 1) : Option.none();
      Option<ResponsibilityLetter> letter = seat.isDefined() && above.isDefined()
          ? letter(above.get(), seat.get(), year)
          : Option.none();
      Role role = line.levels().get(line.levels().size() - 1 - i);
      steps = steps.append(new ChainStep(role, seat, seat.flatMap(this::holder), letter));
    }
    return Option.some(new ResponsibilityChain(student, line, year, steps));
  }

  /** The seats of a placement on a line, from the parent up. */
  Seq<Option<Position>> seatsFor(StudentPlacement placement, Line line) {
    Option<Position> parent = Option.some(data.parentSeat(placement.student()));
    if (line == Line.GOVERNMENT) {
      return Vector.of(
          parent,
          Option.some(Position.villageDirector(placement.household())),
          Option.some(Position.townshipHead(placement.household().township())),
          Option.some(Position.countyHead(data.county)));
    }
    return Vector.of(
        parent,
        classTeacher(placement.student()),
        Option.some(Position.principal(placement.school())),
        Option.some(Position.bureauDirector(data.county)));
  }

  /**
   * Returns every coverage finding for school year {@code year} (R-RC-5, R-RC-15), in a fixed
   * order: broken links (vacant seats: county head, bureau director, township heads, village
   * directors, principals, and the education centre director of every township with a school),
   * students whose class teacher is vacant (R-RC-10), students without a teacher guarantor, guarantors over the cap, villages without a
   * survey school, townships without a bureau guarantor, missing letters. Linear in the size of
   * the organisation.
   *
   * @param year the school year whose letters count, not null
   * @return the findings, empty when coverage is complete
   */
  public Seq<CoverageFinding> coverage(SchoolYear year) {
    Objects.requireNonNull(year, "year");
    return new CoverageCheck(this, data, year).run();
  }

  /**
   * Returns whether {@code position} may see {@code student} (R-RC-8): the seat's own wards and
   * everything its subordinate seats see, nothing outside its division or school. O(depth).
   *
   * @param position the seat, not null
   * @param student the student, not null
   * @return true if the seat may see the student; false for an unknown student or a seat not in
   *     this organisation
   */
  public boolean maySee(Position position, StudentId student) {
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(student, "student");
    return new Visibility(data).maySee(position, student);
  }

  /**
   * Returns the students {@code position} may see (R-RC-8), in placement order.
   *
   * @param position the seat, not null
   * @return the students, empty for a seat not in this organisation
   */
  public Seq<StudentId> visibleStudents(Position position) {
    Objects.requireNonNull(position, "position");
    return new Visibility(data).visibleStudents(position);
  }

  /**
   * Returns the seats directly below {@code position} in the visibility tree (R-RC-8): county head
   * → township heads → village directors → parents; bureau director → principals, education
   * centre directors, bureau leaders and sections; principal → teachers and school leaders; school
   * leader → guaranteed teachers; teacher → parents of the students of her class and of her
   * guaranteed students.
   *
   * @param position the seat, not null
   * @return the subordinate seats
   */
  public Seq<Position> subordinates(Position position) {
    Objects.requireNonNull(position, "position");
    return new Visibility(data).subordinates(position);
  }
}

package org.kbbx.core.responsibility;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.time.SchoolYear;

/**
 * A randomly built county with complete coverage, and a random set of gaps punched into it,
 * together with the findings those gaps must produce (test data for R-RC-5 and R-RC-8).
 */
final class RandomCounty {

  static final DivisionCode COUNTY = DivisionCode.parse("520527000000");
  static final SchoolYear YEAR = SchoolYear.of(2023);

  final List<DivisionCode> divisions = new ArrayList<>();
  final Map<SchoolId, DivisionCode> schools = new LinkedHashMap<>();
  final List<Person> persons = new ArrayList<>();
  final Map<Position, PersonId> appointments = new LinkedHashMap<>();
  final List<StudentPlacement> students = new ArrayList<>();
  final List<GuaranteeAssignment> guarantees = new ArrayList<>();
  final List<ResponsibilityLetter> letters = new ArrayList<>();
  final Map<DivisionCode, SchoolId> surveys = new LinkedHashMap<>();
  final Map<StudentId, PersonId> classTeachers = new LinkedHashMap<>();
  final Set<CoverageFinding> expected = new HashSet<>();
  final int cap;

  private final SplittableRandom random;
  private final double gapRate;
  private int personCount;

  /**
   * Builds a county from {@code seed}; each removable item is removed with probability {@code
   * gapRate} (0 for a complete county), and the teacher cap is random from 1 to 4 (or unbounded when
   * {@code gapRate} is 0).
   */
  RandomCounty(long seed, double gapRate) {
    this.random = new SplittableRandom(seed);
    this.gapRate = gapRate;
    this.cap = gapRate == 0 ? Integer.MAX_VALUE : 1 + random.nextInt(4);
    generate();
  }

  private boolean gap() {
    return gapRate > 0 && random.nextDouble() < gapRate;
  }

  private PersonId newPerson() {
    personCount++;
    Person person = Person.of("p" + personCount, "人员" + personCount);
    persons.add(person);
    return person.id();
  }

  /** Appoints a new person to a leading seat, unless a gap leaves the seat vacant. */
  private void leading(Position seat) {
    if (gap()) {
      expected.add(new CoverageFinding.BrokenLink(seat));
    } else {
      appointments.put(seat, newPerson());
    }
  }

  private void letter(ChainLink link, Position upper, Position lower) {
    if (gap()) {
      expected.add(new CoverageFinding.MissingLetter(link, upper, lower, YEAR));
    } else {
      letters.add(new ResponsibilityLetter(upper, lower, YEAR));
    }
  }

  private void generate() {
    leading(Position.countyHead(COUNTY));
    leading(Position.bureauDirector(COUNTY));
    List<DivisionCode> villages = new ArrayList<>();
    int townships = 1 + random.nextInt(3);
    List<DivisionCode> townshipCodes = new ArrayList<>();
    for (int t = 1; t <= townships; t++) {
      DivisionCode township = DivisionCode.of(520527_100_000L + t * 1000L);
      townshipCodes.add(township);
      divisions.add(township);
      leading(Position.townshipHead(township));
      letter(
          ChainLink.COUNTY_TOWNSHIP, Position.countyHead(COUNTY), Position.townshipHead(township));
      int count = 1 + random.nextInt(3);
      for (int v = 1; v <= count; v++) {
        DivisionCode village = DivisionCode.of(township.value() + 200 + v);
        divisions.add(village);
        villages.add(village);
        leading(Position.villageDirector(village));
        letter(
            ChainLink.TOWNSHIP_VILLAGE,
            Position.townshipHead(township),
            Position.villageDirector(village));
      }
    }
    List<SchoolId> schoolIds = new ArrayList<>();
    Map<SchoolId, List<PersonId>> teachers = new LinkedHashMap<>();
    int schoolCount = 1 + random.nextInt(3);
    for (int s = 1; s <= schoolCount; s++) {
      SchoolId school = SchoolId.of("school" + s);
      schoolIds.add(school);
      DivisionCode location =
          random.nextInt(4) == 0 ? COUNTY : townshipCodes.get(random.nextInt(townshipCodes.size()));
      schools.put(school, location);
      leading(Position.principal(school));
      letter(ChainLink.BUREAU_SCHOOL, Position.bureauDirector(COUNTY), Position.principal(school));
      PersonId leader = newPerson();
      appointments.put(Position.schoolLeader(school, leader), leader);
      List<PersonId> staff = new ArrayList<>();
      int teacherCount = 1 + random.nextInt(3);
      for (int k = 0; k < teacherCount; k++) {
        PersonId teacher = newPerson();
        staff.add(teacher);
        appointments.put(Position.teacher(school, teacher), teacher);
        guarantees.add(new GuaranteeAssignment.LeaderForTeacher(leader, teacher));
        letter(
            ChainLink.SCHOOL_TEACHER,
            Position.principal(school),
            Position.teacher(school, teacher));
      }
      teachers.put(school, staff);
    }
    // R-RC-15: the education centre director of every township with a school is on the chain.
    new java.util.LinkedHashSet<>(schools.values())
        .stream()
            .filter(location -> !location.equals(COUNTY))
            .forEach(township -> leading(Position.educationCentreDirector(township)));
    for (DivisionCode township : townshipCodes) {
      PersonId section = newPerson();
      appointments.put(Position.bureauSection(section), section);
      if (gap()) {
        expected.add(new CoverageFinding.TownshipWithoutBureauGuarantor(township));
      } else {
        guarantees.add(new GuaranteeAssignment.SectionForTownship(section, township));
      }
    }
    for (DivisionCode village : villages) {
      if (gap()) {
        expected.add(new CoverageFinding.VillageWithoutSurveySchool(village));
      } else {
        surveys.put(village, schoolIds.get(random.nextInt(schoolIds.size())));
      }
    }
    Map<Position, Integer> wards = new LinkedHashMap<>();
    int studentCount = random.nextInt(13);
    for (int n = 1; n <= studentCount; n++) {
      DivisionCode village = villages.get(random.nextInt(villages.size()));
      SchoolId school = schoolIds.get(random.nextInt(schoolIds.size()));
      boolean required = random.nextBoolean();
      StudentPlacement placement =
          new StudentPlacement(StudentId.of("s" + n), village, school, required);
      students.add(placement);
      letter(
          ChainLink.VILLAGE_HOUSEHOLD,
          Position.villageDirector(village),
          Position.parent(placement.student()));
      List<PersonId> staff = teachers.get(school);
      if (gap()) {
        expected.add(new CoverageFinding.ClassTeacherVacant(placement.student(), school));
      } else {
        PersonId classTeacher = staff.get(random.nextInt(staff.size()));
        classTeachers.put(placement.student(), classTeacher);
        // R-RC-10: the teacher → parent letter is the class teacher's, for every child at school.
        letter(
            ChainLink.TEACHER_PARENT,
            Position.teacher(school, classTeacher),
            Position.parent(placement.student()));
      }
      if (gap()) {
        if (required) {
          expected.add(new CoverageFinding.StudentWithoutGuarantor(placement.student(), school));
        }
        continue;
      }
      PersonId teacher = staff.get(random.nextInt(staff.size()));
      Position seat = Position.teacher(school, teacher);
      guarantees.add(new GuaranteeAssignment.TeacherForStudent(teacher, placement.student()));
      wards.merge(seat, 1, Integer::sum);
    }
    if (cap != Integer.MAX_VALUE) {
      wards.forEach((seat, count) -> {
        if (count > cap) {
          expected.add(new CoverageFinding.GuarantorOverCap(
              GuaranteeKind.TEACHER_STUDENT, seat, count, GuaranteeCap.atMost(cap)));
        }
      });
    }
  }

  ResponsibilityProfile profile() {
    ResponsibilityProfile profile = ResponsibilityProfile.national();
    return cap == Integer.MAX_VALUE
        ? profile
        : profile.withCap(GuaranteeKind.TEACHER_STUDENT, GuaranteeCap.atMost(cap));
  }

  OrganisationBuilder builder() {
    OrganisationBuilder builder = Organisation.builder(COUNTY);
    divisions.forEach(builder::division);
    schools.forEach(builder::school);
    persons.forEach(builder::person);
    appointments.forEach((seat, person) -> builder.appoint(person, seat));
    students.forEach(builder::student);
    classTeachers.forEach(builder::classTeacher);
    guarantees.forEach(builder::guarantee);
    letters.forEach(builder::letter);
    surveys.forEach(builder::survey);
    return builder;
  }

  Organisation build() {
    return builder().build(profile()).getOrElseGet(problems -> {
      throw new AssertionError("random county did not build: " + problems.mkString("; "));
    });
  }
}

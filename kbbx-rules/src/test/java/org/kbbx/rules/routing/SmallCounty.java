package org.kbbx.rules.routing;

import java.util.SplittableRandom;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.responsibility.GuaranteeAssignment;
import org.kbbx.core.responsibility.Organisation;
import org.kbbx.core.responsibility.OrganisationBuilder;
import org.kbbx.core.responsibility.Person;
import org.kbbx.core.responsibility.PersonId;
import org.kbbx.core.responsibility.Position;
import org.kbbx.core.responsibility.ResponsibilityProfile;
import org.kbbx.core.responsibility.StudentPlacement;

/** Small organisations for routing tests: a fixed Yundou-like town and random counties with vacancies. */
final class SmallCounty {

  static final DivisionCode COUNTY = DivisionCode.parse("610922000000");
  static final DivisionCode TOWN = DivisionCode.parse("610922104000");
  static final DivisionCode VILLAGE = DivisionCode.parse("610922104201");
  static final DivisionCode EMPTY_VILLAGE = DivisionCode.parse("610922104202");
  static final SchoolId JUNIOR = SchoolId.of("熨斗初级中学");
  static final SchoolId COUNTY_SCHOOL = SchoolId.of("县直中学");
  static final PersonId TEACHER = PersonId.of("teacher");
  static final PersonId CLASS_TEACHER = PersonId.of("class");
  static final PersonId COUNTY_CLASS_TEACHER = PersonId.of("county-class");

  private SmallCounty() {}

  private static void seat(OrganisationBuilder builder, String id, Position seat) {
    builder.person(Person.of(id, id)).appoint(PersonId.of(id), seat);
  }

  /**
   * Yundou-like: every seat held except the director of {@link #EMPTY_VILLAGE}; student "g" has
   * class teacher {@link #CLASS_TEACHER} and is guaranteed by {@link #TEACHER} (the 302-of-440 case,
   * R-RC-10), "u" has neither class teacher nor guarantor, "v" lives in the village without a
   * director and has class teacher {@link #CLASS_TEACHER}, "c" attends a county-run school.
   */
  static Organisation town() {
    return townBuilder().build(ResponsibilityProfile.national()).getOrElseGet(problems -> {
      throw new AssertionError(problems.mkString("; "));
    });
  }

  /** The builder of {@link #town()}, for tests that punch a gap into it. */
  static OrganisationBuilder townBuilder() {
    OrganisationBuilder builder =
        Organisation.builder(COUNTY).division(TOWN).division(VILLAGE).division(EMPTY_VILLAGE);
    builder.school(JUNIOR, TOWN).school(COUNTY_SCHOOL, COUNTY);
    seat(builder, "县长", Position.countyHead(COUNTY));
    seat(builder, "局长", Position.bureauDirector(COUNTY));
    seat(builder, "镇长", Position.townshipHead(TOWN));
    seat(builder, "教管中心主任", Position.educationCentreDirector(TOWN));
    seat(builder, "村主任", Position.villageDirector(VILLAGE));
    seat(builder, "校长", Position.principal(JUNIOR));
    seat(builder, "县直校长", Position.principal(COUNTY_SCHOOL));
    seat(builder, TEACHER.value(), Position.teacher(JUNIOR, TEACHER));
    seat(builder, CLASS_TEACHER.value(), Position.teacher(JUNIOR, CLASS_TEACHER));
    seat(
        builder,
        COUNTY_CLASS_TEACHER.value(),
        Position.teacher(COUNTY_SCHOOL, COUNTY_CLASS_TEACHER));
    builder.student(new StudentPlacement(StudentId.of("g"), VILLAGE, JUNIOR, true));
    builder.student(new StudentPlacement(StudentId.of("u"), VILLAGE, JUNIOR, true));
    builder.student(new StudentPlacement(StudentId.of("v"), EMPTY_VILLAGE, JUNIOR, false));
    builder.student(new StudentPlacement(StudentId.of("c"), VILLAGE, COUNTY_SCHOOL, false));
    builder.guarantee(new GuaranteeAssignment.TeacherForStudent(TEACHER, StudentId.of("g")));
    builder.classTeacher(StudentId.of("g"), CLASS_TEACHER);
    builder.classTeacher(StudentId.of("v"), CLASS_TEACHER);
    builder.classTeacher(StudentId.of("c"), COUNTY_CLASS_TEACHER);
    return builder;
  }

  /**
   * A random county: 1–3 townships of 1–3 villages, 1–3 schools of two teachers, seats held at
   * random, 0–10 students, each with a random class teacher or none and a random guarantor or none.
   */
  static Organisation random(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    OrganisationBuilder builder = Organisation.builder(COUNTY);
    int[] people = {0};
    java.util.function.Consumer<Position> maybeHold = seat -> {
      if (random.nextBoolean()) {
        people[0]++;
        seat(builder, "p" + people[0], seat);
      }
    };
    maybeHold.accept(Position.countyHead(COUNTY));
    maybeHold.accept(Position.bureauDirector(COUNTY));
    java.util.List<DivisionCode> villages = new java.util.ArrayList<>();
    java.util.List<DivisionCode> places = new java.util.ArrayList<>(java.util.List.of(COUNTY));
    for (int t = 1; t <= 1 + random.nextInt(3); t++) {
      DivisionCode township = DivisionCode.of(COUNTY.value() + (100L + t) * 1000L);
      builder.division(township);
      places.add(township);
      maybeHold.accept(Position.townshipHead(township));
      maybeHold.accept(Position.educationCentreDirector(township));
      if (random.nextBoolean()) {
        people[0]++;
        seat(builder, "p" + people[0], Position.bureauSection(PersonId.of("p" + people[0])));
        builder.guarantee(
            new GuaranteeAssignment.SectionForTownship(PersonId.of("p" + people[0]), township));
      }
      for (int v = 1; v <= 1 + random.nextInt(3); v++) {
        DivisionCode village = DivisionCode.of(township.value() + 200 + v);
        builder.division(village);
        villages.add(village);
        maybeHold.accept(Position.villageDirector(village));
      }
    }
    java.util.List<SchoolId> schools = new java.util.ArrayList<>();
    java.util.Map<SchoolId, java.util.List<PersonId>> teachers = new java.util.HashMap<>();
    for (int s = 1; s <= 1 + random.nextInt(3); s++) {
      SchoolId school = SchoolId.of("school" + s);
      schools.add(school);
      builder.school(school, places.get(random.nextInt(places.size())));
      maybeHold.accept(Position.principal(school));
      for (int t = 0; t < 2; t++) {
        people[0]++;
        PersonId teacher = PersonId.of("p" + people[0]);
        seat(builder, teacher.value(), Position.teacher(school, teacher));
        teachers.computeIfAbsent(school, k -> new java.util.ArrayList<>()).add(teacher);
      }
    }
    for (int n = 1; n <= random.nextInt(11); n++) {
      SchoolId school = schools.get(random.nextInt(schools.size()));
      StudentId student = StudentId.of("s" + n);
      builder.student(new StudentPlacement(
          student, villages.get(random.nextInt(villages.size())), school, true));
      if (random.nextBoolean()) {
        builder.guarantee(new GuaranteeAssignment.TeacherForStudent(
            teachers.get(school).get(random.nextInt(2)), student));
      }
      if (random.nextBoolean()) {
        builder.classTeacher(student, teachers.get(school).get(random.nextInt(2)));
      }
    }
    return builder.build(ResponsibilityProfile.national()).getOrElseGet(problems -> {
      throw new AssertionError(problems.mkString("; "));
    });
  }
}

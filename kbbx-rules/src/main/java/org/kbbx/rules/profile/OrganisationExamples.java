package org.kbbx.rules.profile;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.responsibility.CoverageFinding;
import org.kbbx.core.responsibility.GuaranteeAssignment;
import org.kbbx.core.responsibility.GuaranteeKind;
import org.kbbx.core.responsibility.Line;
import org.kbbx.core.responsibility.Organisation;
import org.kbbx.core.responsibility.OrganisationBuilder;
import org.kbbx.core.responsibility.Person;
import org.kbbx.core.responsibility.PersonId;
import org.kbbx.core.responsibility.Position;
import org.kbbx.core.responsibility.ResponsibilityProfile;
import org.kbbx.core.responsibility.Role;
import org.kbbx.core.responsibility.StudentPlacement;
import org.kbbx.core.time.SchoolYear;
import org.kbbx.core.validation.Violation;
import org.kbbx.rules.routing.Assignee;
import org.kbbx.rules.routing.WhoActs;

/**
 * Runs {@link OrganisationExample}s on a one-township county: township 示例镇, village 示例村, school
 * 示例学校, every leading seat and one teacher held, one student with a class teacher, no letters.
 * Each example is checked by the library itself: the organisation builder, its coverage check and
 * the profile's routing ({@link org.kbbx.rules.routing.WhoActs}).
 */
final class OrganisationExamples {

  private static final DivisionCode COUNTY = DivisionCode.parse("990101000000");
  private static final DivisionCode TOWNSHIP = DivisionCode.parse("990101101000");
  private static final DivisionCode VILLAGE = DivisionCode.parse("990101101201");
  private static final SchoolId SCHOOL = SchoolId.of("example-school");
  private static final PersonId TEACHER = PersonId.of("teacher");
  private static final StudentId STUDENT = StudentId.of("example-student");
  private static final SchoolYear YEAR = SchoolYear.of(2023);

  private OrganisationExamples() {}

  static Seq<String> failures(EffectiveProfile profile) {
    ResponsibilityProfile rules = profile.responsibility();
    Vector<String> failures = Vector.empty();
    for (OrganisationExample example : profile.organisation().value().examples()) {
      String failure = run(example, profile);
      if (failure != null) {
        failures = failures.append(profile.id() + ": " + example.description() + ": " + failure);
      }
    }
    return failures;
  }

  /** Returns why the example fails, or null when it holds. */
  private static String run(OrganisationExample example, EffectiveProfile profile) {
    ResponsibilityProfile rules = profile.responsibility();
    if (example instanceof OrganisationExample.Survey survey) {
      return survey(survey, rules);
    }
    if (example instanceof OrganisationExample.Vacancy vacancy) {
      return vacancy(vacancy, profile);
    }
    if (example instanceof OrganisationExample.OtherGuarantor other) {
      return otherGuarantor(other, rules);
    }
    if (example instanceof OrganisationExample.Household household) {
      return household(household, rules);
    }
    if (example instanceof OrganisationExample.TwoSeats two) {
      OrganisationBuilder builder = county(two.first(), two.second());
      builder.person(Person.of("both", "兼任者"));
      builder.appoint(PersonId.of("both"), seat(two.first()));
      builder.appoint(PersonId.of("both"), seat(two.second()));
      boolean built = builder.build(rules).isValid();
      return built == two.allowed()
          ? null
          : "expected the organisation to " + (two.allowed() ? "build" : "be rejected") + " but it "
              + (built ? "built" : "was rejected");
    }
    OrganisationExample.Letter letter = (OrganisationExample.Letter) example;
    Validation<Seq<Violation>, Organisation> org = county().build(rules);
    if (org.isInvalid()) {
      return "the example county does not build: " + org.getError().mkString("; ");
    }
    boolean missing = org.get()
        .coverage(YEAR)
        .exists(f -> f instanceof CoverageFinding.MissingLetter m && m.link() == letter.link());
    return missing == letter.required()
        ? null
        : "expected a missing " + letter.link().chineseLabel() + " letter to be "
            + (letter.required() ? "a finding" : "no finding") + " but it "
            + (missing ? "was" : "was not");
  }

  // --- R-RC-11..16 examples ---
  private static String survey(OrganisationExample.Survey survey, ResponsibilityProfile rules) {
    OrganisationBuilder builder = county();
    java.util.Map<String, SchoolId> schools = new java.util.LinkedHashMap<>();
    int v = 0;
    for (java.util.Map.Entry<String, java.util.List<String>> village :
        survey.surveys().entrySet()) {
      DivisionCode code = DivisionCode.parse(String.format("990101101%03d", 300 + v++));
      builder.division(code, village.getKey());
      builder.person(Person.of("director-" + v, "村委会主任" + v));
      builder.appoint(PersonId.of("director-" + v), Position.villageDirector(code));
      for (String name : village.getValue()) {
        SchoolId school = schools.computeIfAbsent(name, n -> {
          SchoolId id = SchoolId.of("survey-school-" + (schools.size() + 1));
          builder.school(id, TOWNSHIP, n);
          builder.person(Person.of(id + "-principal", n + "校长"));
          builder.appoint(PersonId.of(id + "-principal"), Position.principal(id));
          return id;
        });
        builder.survey(code, school);
      }
    }
    Validation<Seq<Violation>, Organisation> org = builder.build(rules);
    if (org.isInvalid()) {
      return "the organisation does not build: " + org.getError().mkString("; ");
    }
    return compare(
        "survey findings",
        survey.findings(),
        findings(
            org.get(), "VILLAGE_WITHOUT_SURVEY_SCHOOL", "VILLAGE_SURVEYED_BY_SEVERAL_SCHOOLS"));
  }

  private static String vacancy(OrganisationExample.Vacancy vacancy, EffectiveProfile profile) {
    Position seat = vacancy.vacant() == Role.TEACHER
        ? Position.teacher(SCHOOL, TEACHER)
        : seat(vacancy.vacant());
    Validation<Seq<Violation>, Organisation> built =
        county().vacate(seat).build(profile.responsibility());
    if (built.isInvalid()) {
      return "the organisation does not build: " + built.getError().mkString("; ");
    }
    Organisation org = built.get();
    String failure = compare(
        "vacancy findings",
        vacancy.findings(),
        findings(org, "BROKEN_LINK", "CLASS_TEACHER_VACANT"));
    if (failure != null) {
      return failure;
    }
    if (vacancy.vacant() == Role.TEACHER
        && !org.chainFor(STUDENT, Line.EDUCATION, YEAR)
            .exists(chain -> chain
                .steps()
                .exists(step -> step.position().contains(seat) && step.holder().isEmpty()))) {
      return "the student's education chain lost the vacant teacher level";
    }
    var route = WhoActs.using(profile.routing().value()).forAlert(org, STUDENT, vacancy.alert());
    if (route.isLeft()) {
      return "the alert is not routed: " + route.getLeft();
    }
    failure = compare(
        "acting", vacancy.acting(), route.get().acting().map(p -> party(org, p)).toJavaList());
    return failure != null
        ? failure
        : compare(
            "informed",
            vacancy.informed(),
            route.get().informed().map(p -> party(org, p)).toJavaList());
  }

  private static String otherGuarantor(
      OrganisationExample.OtherGuarantor other, ResponsibilityProfile rules) {
    PersonId person = PersonId.of("other-guarantor");
    Position seat = other.kind() == GuaranteeKind.RELIEF_RESPONSIBLE_STUDENT
        ? Position.reliefResponsible(person)
        : Position.villageOfficer(VILLAGE, person);
    GuaranteeAssignment assignment = other.kind() == GuaranteeKind.RELIEF_RESPONSIBLE_STUDENT
        ? new GuaranteeAssignment.ReliefPersonForStudent(person, STUDENT)
        : new GuaranteeAssignment.VillageOfficerForStudent(person, STUDENT);
    Validation<Seq<Violation>, Organisation> built = county()
        .person(Person.of("other-guarantor", seat.role().chineseLabel()))
        .appoint(person, seat)
        .guarantee(assignment)
        .build(rules);
    if (built.isInvalid()) {
      return "the organisation does not build: " + built.getError().mkString("; ");
    }
    return compare(
        "other guarantors",
        other.guarantors(),
        built.get().otherGuarantors(STUDENT).map(built.get()::label).toJavaList());
  }

  private static String household(
      OrganisationExample.Household household, ResponsibilityProfile rules) {
    PersonId guardian = PersonId.of("guardian");
    OrganisationBuilder builder =
        county().person(Person.of("guardian", "监护人")).guardian(guardian, STUDENT);
    for (int i = 2; i <= household.children(); i++) {
      StudentId child = StudentId.of("example-child-" + i);
      builder
          .student(new StudentPlacement(child, VILLAGE, SCHOOL, false))
          .classTeacher(child, TEACHER)
          .guardian(guardian, child);
    }
    Validation<Seq<Violation>, Organisation> built = builder.build(rules);
    if (built.isInvalid()) {
      return "the organisation does not build: " + built.getError().mkString("; ");
    }
    Position seat = built.get().parentSeat(STUDENT);
    int children = built.get().household(seat).size();
    if (children != household.children()) {
      return "expected one household of " + household.children() + " children but it has "
          + children;
    }
    int missing = built
        .get()
        .coverage(YEAR)
        .count(f -> f instanceof CoverageFinding.MissingLetter m
            && m.link() == household.link()
            && m.lower().equals(seat));
    return missing == household.missingLetters()
        ? null
        : "expected " + household.missingLetters() + " missing "
            + household.link().chineseLabel() + " letters to the household but found " + missing;
  }

  private static java.util.List<String> findings(Organisation org, String... codes) {
    java.util.Set<String> wanted = java.util.Set.of(codes);
    return org.coverage(YEAR)
        .filter(f -> wanted.contains(f.code()))
        .map(f -> f.code() + ": " + org.describe(f))
        .toJavaList();
  }

  /** A party of a route: the holder's name, a vacant seat's label, or a body's role. */
  private static String party(Organisation org, Assignee party) {
    String text = party.holder().isDefined()
        ? party.holder().get().name()
        : party
            .seat()
            .map(s -> s.role() == Role.PARENT ? org.label(s) : org.label(s) + " (vacant)")
            .getOrElse(party.role().chineseLabel());
    return party.standIn() ? text + " for " + party.role().name() : text;
  }

  private static String compare(
      String what, java.util.List<String> expected, java.util.List<String> found) {
    return expected.equals(found)
        ? null
        : "expected " + what + " " + expected + " but found " + found;
  }
  // --- end R-RC-11..16 examples ---

  private static Position seat(Role role) {
    switch (role) {
      case COUNTY_HEAD:
        return Position.countyHead(COUNTY);
      case BUREAU_DIRECTOR:
        return Position.bureauDirector(COUNTY);
      case TOWNSHIP_HEAD:
        return Position.townshipHead(TOWNSHIP);
      case EDUCATION_CENTRE_DIRECTOR:
        return Position.educationCentreDirector(TOWNSHIP);
      case VILLAGE_DIRECTOR:
        return Position.villageDirector(VILLAGE);
      default:
        return Position.principal(SCHOOL);
    }
  }

  /** The county with every leading seat held by its own person, except those of {@code skip}. */
  private static OrganisationBuilder county(Role... skip) {
    java.util.Set<Role> skipped = java.util.Set.of(skip);
    OrganisationBuilder builder = Organisation.builder(COUNTY)
        .division(TOWNSHIP, "示例镇")
        .division(VILLAGE, "示例村")
        .school(SCHOOL, TOWNSHIP, "示例学校")
        .survey(VILLAGE, SCHOOL);
    for (Role role : new Role[] {
      Role.COUNTY_HEAD,
      Role.BUREAU_DIRECTOR,
      Role.TOWNSHIP_HEAD,
      Role.EDUCATION_CENTRE_DIRECTOR,
      Role.VILLAGE_DIRECTOR,
      Role.PRINCIPAL
    }) {
      if (!skipped.contains(role)) {
        builder.person(Person.of(role.name(), role.chineseLabel()));
        builder.appoint(PersonId.of(role.name()), seat(role));
      }
    }
    return builder
        .person(new Person(TEACHER, "班主任"))
        .appoint(TEACHER, Position.teacher(SCHOOL, TEACHER))
        .student(new StudentPlacement(STUDENT, VILLAGE, SCHOOL, false))
        .classTeacher(STUDENT, TEACHER);
  }
}

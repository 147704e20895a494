package org.kbbx.rules.profile;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.responsibility.CoverageFinding;
import org.kbbx.core.responsibility.Organisation;
import org.kbbx.core.responsibility.OrganisationBuilder;
import org.kbbx.core.responsibility.Person;
import org.kbbx.core.responsibility.PersonId;
import org.kbbx.core.responsibility.Position;
import org.kbbx.core.responsibility.ResponsibilityProfile;
import org.kbbx.core.responsibility.Role;
import org.kbbx.core.responsibility.StudentPlacement;
import org.kbbx.core.time.SchoolYear;

/**
 * Runs {@link OrganisationExample}s on a one-township county: one village, one school, every
 * leading seat and one teacher held, one student with a class teacher, no letters.
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
      String failure = run(example, rules);
      if (failure != null) {
        failures = failures.append(profile.id() + ": " + example.description() + ": " + failure);
      }
    }
    return failures;
  }

  /** Returns why the example fails, or null when it holds. */
  private static String run(OrganisationExample example, ResponsibilityProfile rules) {
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
    io.vavr.control.Validation<Seq<org.kbbx.core.validation.Violation>, Organisation> org =
        county().build(rules);
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
        .division(TOWNSHIP)
        .division(VILLAGE)
        .school(SCHOOL, TOWNSHIP)
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

package org.kbbx.core.responsibility;

import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.SchoolId;

/** Prints seats and findings with the names the organisation was given (R-RC-11). */
final class Labels {

  private final OrganisationData data;

  Labels(OrganisationData data) {
    this.data = data;
  }

  String division(DivisionCode code) {
    if (code.equals(data.county)) {
      return code.toString();
    }
    String name = data.divisionNames.get(code);
    return name == null ? code.toString() : name;
  }

  String school(SchoolId school) {
    String name = data.schoolNames.get(school);
    return name == null ? school.toString() : name;
  }

  /** A school in a sentence: its name, or {@code school S1}. */
  private String schoolInText(SchoolId school) {
    String name = data.schoolNames.get(school);
    return name == null ? "school " + school : name;
  }

  private String person(PersonId id) {
    Person person = data.persons.get(id);
    return person == null ? id.toString() : person.name();
  }

  String role(Position seat) {
    if (seat.role() == Role.VILLAGE_DIRECTOR
        && seat.division().exists(data.communities::contains)) {
      return "社区居委会主任";
    }
    return seat.role().chineseLabel();
  }

  String seat(Position seat) {
    StringBuilder text = new StringBuilder(role(seat));
    if (seat.role() == Role.PARENT) {
      // never the student's id; a guardian's household seat by the guardian's name
      seat.person()
          .forEach(guardian -> text.append('(').append(person(guardian)).append(')'));
      return text.toString();
    }
    text.append('@');
    if (seat.division().isDefined()) {
      text.append(division(seat.division().get()));
    } else if (seat.school().isDefined()) {
      text.append(school(seat.school().get()));
    }
    if (seat.person().isDefined()) {
      if (seat.division().isDefined() || seat.school().isDefined()) {
        text.append('/');
      }
      text.append(person(seat.person().get()));
    }
    return text.toString();
  }

  String describe(CoverageFinding finding) {
    if (finding instanceof CoverageFinding.BrokenLink broken) {
      return "no one holds " + seat(broken.vacant());
    }
    if (finding instanceof CoverageFinding.ClassTeacherVacant vacant) {
      return "a student at " + schoolInText(vacant.school()) + " has no class teacher";
    }
    if (finding instanceof CoverageFinding.StudentWithoutGuarantor without) {
      return "student " + without.student() + " at " + schoolInText(without.school())
          + " has no teacher guarantor";
    }
    if (finding instanceof CoverageFinding.GuarantorOverCap over) {
      return seat(over.guarantor()) + " has " + over.wards() + " wards ("
          + over.kind().chineseLabel() + "), " + over.excess() + " over the cap of "
          + over.cap().maximum();
    }
    if (finding instanceof CoverageFinding.VillageWithoutSurveySchool village) {
      return kind(village.village()) + " " + division(village.village())
          + " is assigned to no survey school";
    }
    if (finding instanceof CoverageFinding.VillageSurveyedBySeveral several) {
      return kind(several.village()) + " " + division(several.village())
          + " is assigned to several survey schools: "
          + several.schools().map(this::school).mkString(", ");
    }
    if (finding instanceof CoverageFinding.TownshipWithoutBureauGuarantor township) {
      return "township " + division(township.township())
          + " has no bureau section or bureau leader guaranteeing it";
    }
    CoverageFinding.MissingLetter letter = (CoverageFinding.MissingLetter) finding;
    return "no " + letter.year() + " letter " + letter.link().chineseLabel() + " between "
        + seat(letter.upper()) + " and " + seat(letter.lower());
  }

  private String kind(DivisionCode village) {
    return data.communities.contains(village) ? "community" : "village";
  }
}

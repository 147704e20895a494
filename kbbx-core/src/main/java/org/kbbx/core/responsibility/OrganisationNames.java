package org.kbbx.core.responsibility;

import java.util.List;
import java.util.Map;
import org.kbbx.core.division.DivisionCode;
import org.kbbx.core.id.SchoolId;
import org.kbbx.core.id.StudentId;
import org.kbbx.core.validation.Violation;

/**
 * Validates the names, community kinds and guardians of an organisation (R-RC-11) while it is
 * built; fills the indices.
 */
final class OrganisationNames {

  private OrganisationNames() {}

  static void check(
      OrganisationData data,
      List<Violation> violations,
      List<Map.Entry<Object, String>> names,
      List<DivisionCode> communities) {
    for (int i = 0; i < names.size(); i++) {
      String path = "names[" + i + "]";
      Object unit = names.get(i).getKey();
      String name = names.get(i).getValue();
      if (unit == null) {
        continue; // the division or school itself is reported missing
      }
      if (name == null || name.isBlank()) {
        violations.add(Violation.at(path, "blank name for " + unit));
      } else if (unit instanceof DivisionCode code && isKnown(data, code)) {
        data.divisionNames.putIfAbsent(code, name.strip());
      } else if (unit instanceof SchoolId school && data.schoolLocation.containsKey(school)) {
        data.schoolNames.putIfAbsent(school, name.strip());
      }
    }
    for (DivisionCode community : communities) {
      if (community != null && data.isVillage(community)) {
        data.communities.add(community);
      }
    }
  }

  private static boolean isKnown(OrganisationData data, DivisionCode code) {
    return data.isTownship(code) || data.isVillage(code);
  }

  static void guardians(
      OrganisationData data,
      List<Violation> violations,
      List<Map.Entry<PersonId, StudentId>> guardians) {
    for (int i = 0; i < guardians.size(); i++) {
      String path = "guardians[" + i + "]";
      PersonId guardian = guardians.get(i).getKey();
      StudentId child = guardians.get(i).getValue();
      if (guardian == null || child == null) {
        violations.add(Violation.at(path, "missing guardian or child"));
      } else if (!data.persons.containsKey(guardian)) {
        violations.add(Violation.at(path, "unknown person " + guardian));
      } else if (!data.students.containsKey(child)) {
        violations.add(
            Violation.at(path, "guardian " + guardian + " is named for an unlisted student"));
      } else if (data.guardianOfStudent.putIfAbsent(child, guardian) != null) {
        violations.add(Violation.at(
            path,
            "a child of guardian " + data.guardianOfStudent.get(child)
                + " is named again, for guardian " + guardian + "; one household seat per child"));
      } else {
        OrganisationData.append(data.childrenOfGuardian, guardian, child);
      }
    }
  }
}

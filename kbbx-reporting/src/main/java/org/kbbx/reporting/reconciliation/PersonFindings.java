package org.kbbx.reporting.reconciliation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Derives the person findings of one match (R-ID-3, two schools, priority cross-check). */
final class PersonFindings {

  private PersonFindings() {}

  static List<PersonFinding> of(PersonMatch match) {
    PersonFinding birth = birthDateMismatch(match);
    String twoSchools = twoSchools(match);
    boolean priority = match.registeredPoor() && match.personClass().isOutOfSchool();
    if (birth == null && twoSchools == null && !priority) {
      return List.of();
    }
    List<PersonFinding> findings = new ArrayList<>(3);
    if (birth != null) {
      findings.add(birth);
    }
    if (twoSchools != null) {
      findings.add(new PersonFinding(
          PersonFindingKind.COUNTED_IN_TWO_SCHOOLS, match.residentId(), twoSchools));
    }
    if (priority) {
      findings.add(new PersonFinding(
          PersonFindingKind.PRIORITY_CASE,
          match.residentId(),
          "registered poor and " + match.personClass().englishLabel() + " ("
              + match.personClass().chineseLabel() + ")"));
    }
    return findings;
  }

  private static PersonFinding birthDateMismatch(PersonMatch match) {
    if (match.population().isEmpty()) {
      return null;
    }
    SourceRow<PopulationRow> row = match.population().get();
    LocalDate recorded = row.row().birthDate();
    LocalDate encoded = match.residentId().birthDate();
    if (recorded == null || recorded.equals(encoded)) {
      return null;
    }
    return new PersonFinding(
        PersonFindingKind.BIRTH_DATE_MISMATCH,
        match.residentId(),
        "population row " + row.position() + " records " + recorded
            + ", the resident ID encodes " + encoded);
  }

  private static String twoSchools(PersonMatch match) {
    if (match.recordSchools().size() > 1) {
      return "records held at schools " + new TreeSet<>(match.recordSchools());
    }
    if (match.presence().size() < 2) {
      return null;
    }
    Map<LocalDate, Set<String>> presentByDate = new TreeMap<>();
    for (SourceRow<PresenceRow> row : match.presence()) {
      if (row.row().present()) {
        presentByDate.computeIfAbsent(row.row().date(), d -> new TreeSet<>()).add(row.row().schoolCode());
      }
    }
    for (Map.Entry<LocalDate, Set<String>> day : presentByDate.entrySet()) {
      if (day.getValue().size() > 1) {
        return "present on " + day.getKey() + " at schools " + day.getValue();
      }
    }
    return null;
  }
}

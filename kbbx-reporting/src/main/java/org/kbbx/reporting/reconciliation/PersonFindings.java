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
    if (match.population().isEmpty() && match.recordSchools().size() < 2 && match.presence().size() < 2
        && !match.registeredPoor()) {
      return List.of();
    }
    List<PersonFinding> findings = new ArrayList<>(0);
    match.population().ifPresent(row -> {
      LocalDate recorded = row.row().birthDate();
      LocalDate encoded = match.residentId().birthDate();
      if (recorded != null && !recorded.equals(encoded)) {
        findings.add(new PersonFinding(
            PersonFindingKind.BIRTH_DATE_MISMATCH,
            match.residentId(),
            "population row " + row.position() + " records " + recorded
                + ", the resident ID encodes " + encoded));
      }
    });
    String twoSchools = twoSchools(match);
    if (twoSchools != null) {
      findings.add(new PersonFinding(
          PersonFindingKind.COUNTED_IN_TWO_SCHOOLS, match.residentId(), twoSchools));
    }
    if (match.registeredPoor() && match.personClass().isOutOfSchool()) {
      findings.add(new PersonFinding(
          PersonFindingKind.PRIORITY_CASE,
          match.residentId(),
          "registered poor and " + match.personClass().englishLabel() + " ("
              + match.personClass().chineseLabel() + ")"));
    }
    return findings;
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

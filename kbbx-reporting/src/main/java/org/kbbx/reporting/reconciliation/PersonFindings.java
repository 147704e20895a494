package org.kbbx.reporting.reconciliation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.kbbx.core.id.ResidentId;

/**
 * The person findings of one person (R-ID-3 birth date, counted in two schools, the priority
 * cross-check), derived from the run's {@link PersonTable}: the one place these rules live, for
 * the full result, the summary and the per-person outcomes alike.
 */
final class PersonFindings {

  private PersonFindings() {}

  /**
   * Returns the kinds found for the person as a bit set over {@link PersonFindingKind} ordinals,
   * without building any text: what the summary counts.
   */
  static int kinds(PersonTable table, int person, PersonClass personClass, boolean registeredPoor) {
    int kinds = 0;
    if (table.mismatchedBirthDate(person) != null) {
      kinds |= bit(PersonFindingKind.BIRTH_DATE_MISMATCH);
    }
    if (table.heldSchoolCount(person) > 1 || table.firstDayAtTwoSchools(person) != null) {
      kinds |= bit(PersonFindingKind.COUNTED_IN_TWO_SCHOOLS);
    }
    if (registeredPoor && personClass.isOutOfSchool()) {
      kinds |= bit(PersonFindingKind.PRIORITY_CASE);
    }
    return kinds;
  }

  /** Returns whether {@code kind} is in the bit set made by {@link #kinds}. */
  static boolean has(int kinds, PersonFindingKind kind) {
    return (kinds & bit(kind)) != 0;
  }

  private static int bit(PersonFindingKind kind) {
    return 1 << kind.ordinal();
  }

  /**
   * Returns the findings of the kinds in {@code kinds}, with their evidence, in the order of
   * {@link PersonFindingKind}.
   */
  static List<PersonFinding> of(
      PersonTable table,
      int person,
      int kinds,
      PersonClass personClass,
      ResidentId id,
      List<String> schools) {
    if (kinds == 0) {
      return List.of();
    }
    List<PersonFinding> findings = new ArrayList<>(3);
    if (has(kinds, PersonFindingKind.BIRTH_DATE_MISMATCH)) {
      findings.add(new PersonFinding(
          PersonFindingKind.BIRTH_DATE_MISMATCH,
          id,
          "population row " + table.populationPosition(person) + " records "
              + table.mismatchedBirthDate(person)
              + ", not the birth date the resident ID encodes"));
    }
    if (has(kinds, PersonFindingKind.COUNTED_IN_TWO_SCHOOLS)) {
      findings.add(new PersonFinding(
          PersonFindingKind.COUNTED_IN_TWO_SCHOOLS, id, twoSchools(table, person, schools)));
    }
    if (has(kinds, PersonFindingKind.PRIORITY_CASE)) {
      findings.add(new PersonFinding(
          PersonFindingKind.PRIORITY_CASE,
          id,
          "registered poor and " + personClass.englishLabel() + " (" + personClass.chineseLabel()
              + ")"));
    }
    return findings;
  }

  private static String twoSchools(PersonTable table, int person, List<String> schools) {
    int[] held = table.heldSchools(person);
    if (held.length > 1) {
      return "records held at schools " + codes(held, schools);
    }
    LocalDate day = table.firstDayAtTwoSchools(person);
    return "present on " + day + " at schools "
        + codes(table.schoolsPresentOn(person, day), schools);
  }

  private static TreeSet<String> codes(int[] indexes, List<String> schools) {
    TreeSet<String> codes = new TreeSet<>();
    for (int index : indexes) {
      codes.add(schools.get(index));
    }
    return codes;
  }
}
